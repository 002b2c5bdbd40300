import CSQLite
import KeHoach

/// A value bound to a statement parameter: the three storage classes kehoach uses.
enum SQLValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case null
}

/// Anything that can be bound to a statement parameter.
protocol SQLBindable {
    /// The value as SQLite stores it.
    var sqlValue: SQLValue { get }
}

extension String: SQLBindable { var sqlValue: SQLValue { .text(self) } }
extension Int: SQLBindable { var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { var sqlValue: SQLValue { .integer(self) } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

/// One connection to a SQLite file: the thin wrapper the store is written against.
///
/// It owns the `sqlite3*` handle, prepares statements and turns result codes into
/// ``KeHoachError`` values. It knows nothing of plans.
final class Database {
    /// The handle; nil once closed.
    private(set) var handle: OpaquePointer?
    /// The file path, for error messages.
    let path: String
    /// Whether it was opened for writing: what a permission error says was refused.
    let writable: Bool

    /// Opens `path` with SQLite's `SQLITE_OPEN_*` flags.
    ///
    /// A writable open first gives a shared directory's files their shared mode and group
    /// (``StoreFiles/prepare(creating:)``). SQLite opens a file it may not write read-only
    /// without saying so; a writable open refuses that at once, naming the file, its owner,
    /// group and mode, instead of failing at the first write.
    init(path: String, flags: Int32) throws(KeHoachError) {
        self.path = path
        writable = flags & SQLITE_OPEN_READWRITE != 0
        let files = StoreFiles(path: path)
        if writable { files.prepare(creating: flags & SQLITE_OPEN_CREATE != 0) }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let detail = db.map { String(cString: sqlite3_errmsg($0)) } ?? "không mở được tệp"
            sqlite3_close_v2(db)
            throw Database.error(code: rc, detail: detail + " (\(path))", path: path, writing: writable)
        }
        if writable, files.isFile, sqlite3_db_readonly(db, "main") == 1 {
            sqlite3_close_v2(db)
            throw files.denial(writing: true).map(KeHoachError.fileAccess)
                ?? .storage(code: SQLITE_READONLY, detail: "chỉ mở được '\(path)' để đọc, không ghi được (hệ thống tệp chỉ đọc?)")
        }
        sqlite3_extended_result_codes(db, 1)
        handle = db
    }

    deinit { close() }

    /// Closes the connection; later calls throw ``KeHoachError/misuse(detail:)``.
    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The open handle, or a misuse error when the store was closed.
    func open() throws(KeHoachError) -> OpaquePointer {
        guard let handle else { throw .misuse(detail: "cơ sở dữ liệu đã đóng") }
        return handle
    }

    /// Sets how long a statement waits for another process's lock before failing busy.
    func setBusyTimeout(milliseconds: Int32) throws(KeHoachError) {
        let rc = sqlite3_busy_timeout(try open(), milliseconds)
        if rc != SQLITE_OK { throw error(rc) }
    }

    /// Sleeps the calling thread about `milliseconds`; returns the milliseconds actually slept.
    func sleep(milliseconds: Int32) -> Int32 {
        sqlite3_sleep(milliseconds)
    }

    /// Runs one or more statements that return no rows of interest.
    func execute(_ sql: String) throws(KeHoachError) {
        let rc = sqlite3_exec(try open(), sql, nil, nil, nil)
        if rc != SQLITE_OK { throw error(rc) }
    }

    /// Prepares one statement.
    func prepare(_ sql: String) throws(KeHoachError) -> Statement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(try open(), sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc) }
        return Statement(statement, database: self)
    }

    /// Runs one statement with `values` bound, stepping it to completion.
    func run(_ sql: String, _ values: [any SQLBindable] = []) throws(KeHoachError) {
        try prepare(sql).execute(values)
    }

    /// The first column of the first row of a query, as an integer (0 when there is no row).
    func integer(_ sql: String, _ values: [any SQLBindable] = []) throws(KeHoachError) -> Int64 {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.integer(0) : 0
    }

    /// The first column of the first row of a query, as text ("" when there is no row).
    func text(_ sql: String, _ values: [any SQLBindable] = []) throws(KeHoachError) -> String {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.text(0) : ""
    }

    /// The rowid of the last row inserted through this connection.
    var lastInsertRowID: Int64 { handle.map { sqlite3_last_insert_rowid($0) } ?? 0 }

    /// The error for result code `rc`, with this connection's message.
    func error(_ rc: Int32) -> KeHoachError {
        let code = handle.map { sqlite3_extended_errcode($0) } ?? rc
        let detail = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
        return Database.error(code: code, detail: detail, path: path, writing: writable)
    }

    /// Maps a SQLite result code to kehoach's error: a file of the store this process may not
    /// open or write (cannot open, permission, read-only, I/O on a file it may not use) to
    /// ``KeHoachError/fileAccess(_:)`` naming it; busy and locked to ``KeHoachError/busy``,
    /// read-only to ``KeHoachError/readOnly`` on a read-only handle (on a writable one it is
    /// not the caller's choice: ``KeHoachError/storage(code:detail:)`` naming the file),
    /// not-a-database to ``KeHoachError/notADatabase(path:)``, everything else to
    /// ``KeHoachError/storage(code:detail:)`` with the extended code.
    static func error(code: Int32, detail: String, path: String, writing: Bool) -> KeHoachError {
        switch code & 0xFF {
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_AUTH:
            let files = StoreFiles(path: path)
            if let denial = files.denial(writing: writing) { return .fileAccess(denial) }
            if files.isFile, FileStatus(files.directory) == nil {
                return .storage(code: code, detail: "không mở được '\(path)': thư mục '\(files.directory)' không tồn tại")
            }
        default: break
        }
        return switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED: .busy
        case SQLITE_READONLY where !writing: .readOnly
        case SQLITE_READONLY: .storage(code: code, detail: "\(detail) ('\(path)')")
        case SQLITE_NOTADB: .notADatabase(path: path)
        default: .storage(code: code, detail: detail)
        }
    }
}

/// A prepared statement: bind, step, read columns. Finalized when released.
final class Statement {
    private let statement: OpaquePointer
    private let database: Database

    init(_ statement: OpaquePointer, database: Database) {
        self.statement = statement
        self.database = database
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds `values` to parameters 1...n, after clearing earlier bindings and resetting.
    func bind(_ values: [any SQLBindable]) throws(KeHoachError) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value.sqlValue {
            case let .integer(n):
                rc = sqlite3_bind_int64(statement, index, n)
            case .null:
                rc = sqlite3_bind_null(statement, index)
            case let .text(s):
                var utf8 = Array(s.utf8)
                if utf8.isEmpty { utf8 = [0] }  // a non-NULL pointer for the empty string
                rc = utf8.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        sqlite3_bind_text(statement, index, $0, Int32(s.utf8.count), kehoach_sqlite_transient())
                    }
                }
            }
            if rc != SQLITE_OK { throw database.error(rc) }
        }
    }

    /// Binds `values` and steps the statement to completion: one insert, update or delete.
    func execute(_ values: [any SQLBindable]) throws(KeHoachError) {
        try bind(values)
        while try step() {}
    }

    /// Advances to the next row: true when a row is ready, false when the statement is done.
    func step() throws(KeHoachError) -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let rc:
            sqlite3_reset(statement)
            throw database.error(rc)
        }
    }

    /// Column `index` (0-based) as an integer.
    func integer(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }

    /// Column `index` as an optional integer.
    func optionalInteger(_ index: Int32) -> Int64? {
        sqlite3_column_type(statement, index) == SQLITE_NULL ? nil : integer(index)
    }

    /// Column `index` as text ("" for NULL).
    func text(_ index: Int32) -> String { optionalText(index) ?? "" }

    /// Column `index` as optional text, exact bytes decoded as UTF-8.
    func optionalText(_ index: Int32) -> String? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL,
              let bytes = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
