import KeHoach
@testable import KeHoachStore
import Testing

@Suite("kehoachd's state is kept in the store it is about")
struct SQLiteStoreDaemonStateTests {
    static let cycle = Instant(local: "2025-04-03T07:30:12")!
    static let day = CivilDate(iso: "2025-04-03")!

    @Test("a new store has no state: the daemon's first start")
    func emptyAtFirst() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        #expect(try store.daemonState == DaemonState())
        #expect(try store.daemonState.isEmpty)
    }

    @Test("what is saved is what another handle, or a reopened one, reads; no audit entry is written")
    func savedAndSeen() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let daemon = try SQLiteStore(path: dir.path())
        let state = DaemonState(lastCycle: Self.cycle, lastDigest: Self.day)
        try daemon.saveDaemonState(state)
        let other = try SQLiteStore(path: dir.path(), mode: .readOnly)
        #expect(try other.daemonState == state)
        daemon.close()
        #expect(try SQLiteStore(path: dir.path(), mode: .readWrite).daemonState == state)
        #expect(try other.auditTrail(planID: nil).isEmpty)
        #expect(try rowCount(dir.path(), "daemon_state") == 2)
    }

    @Test("saving replaces the whole state: a key left out is removed")
    func replacesWhole() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        try store.saveDaemonState(DaemonState(lastCycle: Self.cycle, lastDigest: Self.day))
        let later = Instant(local: "2025-04-04T07:30")!
        try store.saveDaemonState(DaemonState(lastCycle: later))
        #expect(try store.daemonState == DaemonState(lastCycle: later, lastDigest: nil))
    }

    @Test("a read-only handle cannot save a state")
    func readOnlyRefuses() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try SQLiteStore(path: dir.path()).close()
        let reader = try SQLiteStore(path: dir.path(), mode: .readOnly)
        #expect(throws: KeHoachError.readOnly) { try reader.saveDaemonState(DaemonState(lastCycle: Self.cycle)) }
    }

    @Test("stored text is ISO 8601 with +07:00; an unreadable value reads as absent, not as a wrong window")
    func storedText() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        try store.saveDaemonState(DaemonState(lastCycle: Self.cycle, lastDigest: Self.day))
        #expect(try store.database.text("SELECT value FROM daemon_state WHERE key = 'last_cycle'") == "2025-04-03T07:30:12+07:00")
        try store.database.execute("UPDATE daemon_state SET value = 'hôm qua' WHERE key = 'last_cycle'")
        #expect(try store.daemonState == DaemonState(lastCycle: nil, lastDigest: Self.day))
    }
}
