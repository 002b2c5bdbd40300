import Foundation
import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Opening a store file")
struct SQLiteStoreOpeningTests {
    @Test("a new file is created, migrated to the current schema and stamped as kehoach's; reopening keeps its plans")
    func createMigrateReopen() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path()
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try SQLiteStore(path: path)
        #expect(try store.schemaVersion == SQLiteStore.supportedSchemaVersion)
        let id = try store.importPlan(smallPlan("01/KH-UBND"), actor: "test")
        store.close()

        let reopened = try SQLiteStore(path: path, mode: .readWrite)
        #expect(try reopened.schemaVersion == SQLiteStore.supportedSchemaVersion)
        #expect(try reopened.plans().map(\.id) == [id])
        let database = try Database(path: path, flags: try OpenMode.readOnly.sqliteFlags())
        #expect(try database.integer("PRAGMA application_id") == Int64(SQLiteStore.applicationID))
    }

    @Test("the connection runs with WAL, foreign keys on, synchronous FULL and the busy timeout asked for")
    func pragmasInEffect() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path(), busyTimeoutMilliseconds: 1234)
        #expect(try store.database.text("PRAGMA journal_mode") == "wal")
        #expect(try store.database.integer("PRAGMA foreign_keys") == 1)
        #expect(try store.database.integer("PRAGMA synchronous") == 2)  // FULL
        #expect(try store.database.integer("PRAGMA busy_timeout") == 1234)
    }

    @Test("a read-only handle reads what a writer stored and refuses every write with readOnly")
    func readOnlyRefusesWrites() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let writer = try SQLiteStore(path: dir.path())
        let id = try writer.importPlan(smallPlan("01/KH-UBND"), actor: "test")

        let reader = try SQLiteStore(path: dir.path(), mode: .readOnly)
        #expect(try reader.plan(id: id) == asStored(smallPlan("01/KH-UBND")))
        #expect(throws: KeHoachError.readOnly) { try reader.importPlan(smallPlan("02/KH-UBND"), actor: "test") }
        #expect(throws: KeHoachError.readOnly) { try reader.deletePlan(id: id, actor: "test") }
        #expect(try writer.plans().count == 1)
        #expect(try writer.auditTrail(planID: nil).count == 1)
    }

    @Test("a schema newer than the library knows is refused with schemaTooNew, in every mode")
    func newerSchemaRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try SQLiteStore(path: dir.path()).close()
        try rawSQL(dir.path(), "PRAGMA user_version = 99")
        let expected = KeHoachError.schemaTooNew(found: 99, supported: SQLiteStore.supportedSchemaVersion)
        #expect(throws: expected) { try SQLiteStore(path: dir.path()) }
        #expect(throws: expected) { try SQLiteStore(path: dir.path(), mode: .readOnly) }
    }

    @Test("a negative user_version (no kehoach writes one) is refused as notADatabase in every mode, never migrated")
    func negativeSchemaVersionRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try SQLiteStore(path: dir.path()).close()
        try rawSQL(dir.path(), "PRAGMA user_version = -1")
        let expected = KeHoachError.notADatabase(path: dir.path())
        #expect(throws: expected) { try SQLiteStore(path: dir.path()) }
        #expect(throws: expected) { try SQLiteStore(path: dir.path(), mode: .readOnly) }
    }

    @Test("a SQLite database of another application is refused as notADatabase and left untouched")
    func foreignSQLiteRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("other.sqlite")
        try rawSQL(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Nguyễn Văn Giản')")
        #expect(throws: KeHoachError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(throws: KeHoachError.notADatabase(path: path)) { try SQLiteStore(path: path, mode: .readOnly) }
        #expect(try rowCount(path, "contacts") == 1)
        #expect(try rowCount(path, "sqlite_master") == 1)  // no kehoach table was added
    }

    @Test("a text file is refused as notADatabase")
    func textFileRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("ke-hoach.txt")
        try String(repeating: "KẾ HOẠCH Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025\n", count: 20)
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: KeHoachError.notADatabase(path: path)) { try SQLiteStore(path: path) }
        #expect(throws: KeHoachError.notADatabase(path: path)) { try SQLiteStore(path: path, mode: .readOnly) }
    }

    @Test("without .create a missing file is not created")
    func missingFileNotCreated() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("missing.db")
        #expect(throws: KeHoachError.self) { try SQLiteStore(path: path, mode: .readWrite) }
        #expect(throws: KeHoachError.self) { try SQLiteStore(path: path, mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("contradictory or empty open modes are misuse")
    func contradictoryModes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        #expect(throws: KeHoachError.misuse(detail: "chế độ mở vừa chỉ đọc vừa ghi")) {
            try SQLiteStore(path: dir.path(), mode: [.readOnly, .readWrite])
        }
        #expect(throws: KeHoachError.self) { try SQLiteStore(path: dir.path(), mode: []) }
    }

    @Test("a closed store refuses calls with misuse")
    func closedStore() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        store.close()
        store.close()
        #expect(throws: KeHoachError.misuse(detail: "cơ sở dữ liệu đã đóng")) { try store.plans() }
    }

    @Test("dataVersion changes when another connection commits")
    func dataVersionSeesOtherWriters() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let watcher = try SQLiteStore(path: dir.path())
        let before = try watcher.dataVersion
        #expect(try watcher.dataVersion == before)
        let writer = try SQLiteStore(path: dir.path())
        _ = try writer.importPlan(smallPlan("01/KH-UBND"), actor: "test")
        #expect(try watcher.dataVersion != before)
    }
}

@Suite("A store named by a PostgreSQL URI")
struct StoreLocationTests {
    @Test("is refused with a clear error whose password is masked, never taken for a file name")
    func postgresRefused() {
        do {
            _ = try StoreLocation.open("postgresql://kehoach:bi-mat@db.tinh.gov.vn/kehoach", mode: .create)
            Issue.record("opened")
        } catch {
            #expect(error.message.contains("postgresql://kehoach:***@db.tinh.gov.vn/kehoach"))
            #expect(!error.message.contains("bi-mat"))
        }
        #expect(StoreLocation.redacted("postgres://u@h/db") == "postgres://u@h/db")
        #expect(StoreLocation.redacted("/var/lib/kehoach/kehoach.db") == "/var/lib/kehoach/kehoach.db")
    }
}
