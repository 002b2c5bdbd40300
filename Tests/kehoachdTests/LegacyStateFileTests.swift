import Foundation
import KeHoach
import KeHoachStore
import Testing
@testable import kehoachd

@Suite("The daemon's window lives in its database; an old kehoachd.state beside it is moved in once")
struct LegacyStateFileTests {
    /// The text an older kehoachd wrote beside the database.
    static let oldFile = """
        # kehoachd: trạng thái giữa các lần chạy / state between runs (do not edit while running)
        last_cycle=2025-04-03T07:30:12+07:00
        last_digest=2025-04-03

        """

    static func writeOldFile(in fixture: DaemonFixture) throws -> String {
        let path = fixture.directory.appendingPathComponent("kehoachd.state").path
        try oldFile.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a cycle keeps its window in the database and writes no file beside it")
    func windowInDatabase() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        let state = try fixture.store.daemonState
        #expect(state.lastCycle == at("2025-04-03T08:00") && state.lastDigest == CivilDate(iso: "2025-04-03"))
        #expect(state.noticeIndex?.through == at("2025-04-03T08:00"), "the index of next thresholds is kept with the window")
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path)
        #expect(!files.contains("kehoachd.state"))
    }

    @Test("a test database beside the production one has its own window: a cycle on one leaves the other's alone")
    func twoDatabasesTwoWindows() throws {
        let production = try DaemonFixture()
        try production.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        let testPath = production.directory.appendingPathComponent("test.db").path
        let testStore = try SQLiteStore(path: testPath)
        defer { testStore.close() }
        _ = try testStore.importPlan(try examplePlan("da-loc-2025"), actor: "test")
        var config = production.daemon.config
        config.database = testPath
        let test = Daemon(config: config, configPath: nil, store: testStore, changeToken: { try testStore.dataVersion },
                          sink: RecordingSink(), notifier: Notifier(), clock: DaemonClock(frozenAt: at("2025-06-30T09:00")))
        _ = try test.cycle()
        #expect(try testStore.daemonState.lastCycle == at("2025-06-30T09:00"))
        #expect(try production.store.daemonState.lastCycle == at("2025-04-03T08:00"), "the production window did not move")
    }

    @Test("the old file is moved into a database a kehoachd has recorded notices in, then removed")
    func movedOnce() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        try fixture.store.saveDaemonState(DaemonState())  // as the database of an older kehoachd: outbox, no state
        let path = try LegacyStateFileTests.writeOldFile(in: fixture)
        fixture.daemon.adoptLegacyState()
        #expect(try fixture.store.daemonState
            == DaemonState(lastCycle: at("2025-04-03T07:30:12"), lastDigest: CivilDate(iso: "2025-04-03")))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(fixture.sink.entries.contains { $0.message.contains("Đã chuyển trạng thái \(path)") })
    }

    @Test("a database no kehoachd has run on (empty outbox) leaves the file for the database it belongs to")
    func freshDatabaseLeavesFile() throws {
        let fixture = try DaemonFixture()
        let path = try LegacyStateFileTests.writeOldFile(in: fixture)
        fixture.daemon.adoptLegacyState()
        #expect(try fixture.store.daemonState.isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a database with a state of its own keeps it and leaves the file")
    func ownStateWins() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-05-05T08:00", since: "2025-03-01T00:00")
        let path = try LegacyStateFileTests.writeOldFile(in: fixture)
        fixture.daemon.adoptLegacyState()
        #expect(try fixture.store.daemonState.lastCycle == at("2025-05-05T08:00"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("the old file's lines are read as the old kehoachd wrote them; comments and unknown keys are skipped")
    func readsOldFormat() throws {
        let fixture = try DaemonFixture()
        _ = try LegacyStateFileTests.writeOldFile(in: fixture)
        let file = LegacyStateFile(databasePath: fixture.daemon.config.database)
        #expect(file.path == fixture.directory.appendingPathComponent("kehoachd.state").path)
        #expect(file.load() == DaemonState(lastCycle: at("2025-04-03T07:30:12"), lastDigest: CivilDate(iso: "2025-04-03")))
        #expect(LegacyStateFile(databasePath: fixture.directory.appendingPathComponent("none/x.db").path).load() == nil)
    }
}
