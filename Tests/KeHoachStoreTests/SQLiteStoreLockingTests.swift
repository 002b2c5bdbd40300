import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Locks held by another connection")
struct SQLiteStoreLockingTests {
    @Test("a write that meets another connection's write lock past the busy timeout fails with busy and writes nothing")
    func busyWhileLocked() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path()
        let store = try SQLiteStore(path: path, busyTimeoutMilliseconds: 50)
        let holder = try Database(path: path, flags: try OpenMode.readWrite.sqliteFlags())
        try holder.execute("BEGIN IMMEDIATE")
        #expect(throws: KeHoachError.busy) { try store.importPlan(smallPlan("01/KH-UBND"), actor: "test") }
        // Readers are not blocked by the writer in WAL mode.
        #expect(try store.plans().isEmpty)
        try holder.execute("ROLLBACK")
        _ = try store.importPlan(smallPlan("01/KH-UBND"), actor: "test")
        #expect(try store.plans().count == 1)
    }
}
