import Testing
@testable import KeHoach
@testable import KeHoachStore

@Suite("Durability of the outbox")
struct SQLiteStoreDurabilityTests {
    @Test("marking notices sent relaxes synchronous for that write only: the connection is FULL again after it")
    func markSentRestoresFullSync() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        try store.markSent(noticeIDs: ["không-có"], at: Instant(seconds: 1_751_700_000))
        #expect(try store.database.integer("PRAGMA synchronous") == 2)  // FULL
        let readOnly = try SQLiteStore(path: dir.path(), mode: .readOnly)
        #expect(throws: KeHoachError.readOnly) { try readOnly.markSent(noticeIDs: ["x"], at: Instant(seconds: 0)) }
        #expect(try readOnly.database.integer("PRAGMA synchronous") == 2)
    }
}
