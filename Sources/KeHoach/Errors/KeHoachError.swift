/// The numeric result codes shared by the Swift API, the C API (`kehoach.h`) and the CLI.
///
/// The raw values are part of the C ABI: never renumber one, only add new ones.
public enum KeHoachErrorCode: Int32, Sendable, CaseIterable {
    /// Success (`KEHOACH_OK`).
    case ok = 0
    /// An error with no more specific code (`KEHOACH_ERROR`).
    case error = 1
    /// The API was called wrongly: a NULL pointer, a closed handle (`KEHOACH_MISUSE`).
    case misuse = 2
    /// Input that is not valid: JSON, a date, a missing field, bad UTF-8 (`KEHOACH_INVALID`).
    case invalid = 3
    /// A plan, task, occurrence or unit that does not exist (`KEHOACH_NOTFOUND`).
    case notFound = 4
    /// The change conflicts with what is stored, e.g. a duplicate plan number (`KEHOACH_CONSTRAINT`).
    case constraint = 5
    /// A write on a handle opened read-only (`KEHOACH_READONLY`).
    case readOnly = 6
    /// Another process held the database for longer than the busy timeout (`KEHOACH_BUSY`).
    case busy = 7
    /// The database was made by a newer kehoach than this one (`KEHOACH_SCHEMA`).
    case schemaTooNew = 8
    /// The file is not a kehoach database (`KEHOACH_NOTADB`).
    case notADatabase = 9
    /// The file system or SQLite failed (`KEHOACH_IO`).
    case io = 10
}

/// Every error kehoach reports: a code for programs and a Vietnamese message for people.
///
/// Messages name the field and, for imported plans, the task row, so an official can find the
/// cell to fix. Nothing is thrown as a bare string.
public enum KeHoachError: Error, Equatable, Sendable {
    /// A document that is not well-formed JSON, or not of the expected shape.
    case invalidJSON(detail: String)
    /// A required field is absent or empty. `row` is the task's row (1-based) when in a task.
    case missingField(field: String, row: Int?)
    /// A field whose value has the wrong form (a date that does not exist, an unknown enum word).
    case invalidValue(field: String, value: String, expected: String, row: Int?)
    /// A line of a text file (an admin's calendar or config file) that cannot be read.
    case invalidLine(file: String, line: Int, value: String, expected: String)
    /// A task refers to a unit the plan does not list.
    case unknownUnit(reference: String, field: String, row: Int?, suggestion: String?)
    /// A plan with this number and issuer is already stored.
    case duplicatePlan(number: String)
    /// A thing looked up by key does not exist (`what` is the Vietnamese noun: "kế hoạch", ...).
    case notFound(what: String, key: String, suggestion: String?)
    /// The database's schema version is newer than this library knows.
    case schemaTooNew(found: Int, supported: Int)
    /// The database's schema is older than this library's and the handle is read-only, so it
    /// cannot be upgraded: open it read-write once (kehoachd and every writing command do).
    /// Code ``KeHoachErrorCode/readOnly``: the upgrade is a write.
    case schemaTooOld(found: Int, supported: Int)
    /// The file is not a kehoach database.
    case notADatabase(path: String)
    /// A write was attempted on a read-only store.
    case readOnly
    /// The database stayed locked by another process past the busy timeout.
    case busy
    /// The caller broke the API contract.
    case misuse(detail: String)
    /// SQLite or the file system failed; `code` is SQLite's extended result code.
    case storage(code: Int32, detail: String)
    /// A file of the store (the database, its -wal or -shm, or their directory) that this
    /// process may not open or write: the message names the file, its owner, group and mode
    /// and says what to do. Code ``KeHoachErrorCode/io`` (`KEHOACH_IO`, "no permission").
    case fileAccess(FileAccessDenial)

    /// The result code of this error.
    public var code: KeHoachErrorCode {
        switch self {
        case .invalidJSON, .missingField, .invalidValue, .invalidLine: .invalid
        case .unknownUnit: .invalid
        case .duplicatePlan: .constraint
        case .notFound: .notFound
        case .schemaTooNew: .schemaTooNew
        case .notADatabase: .notADatabase
        case .readOnly, .schemaTooOld: .readOnly
        case .busy: .busy
        case .misuse: .misuse
        case .storage, .fileAccess: .io
        }
    }

    /// The explanation in Vietnamese, for the official or admin who reads it.
    public var message: String {
        switch self {
        case let .invalidJSON(detail):
            return "JSON không hợp lệ: \(detail)"
        case let .missingField(field, row):
            return "Thiếu trường bắt buộc '\(field)'\(KeHoachError.at(row))"
        case let .invalidValue(field, value, expected, row):
            return "Giá trị '\(value)' của trường '\(field)' không hợp lệ\(KeHoachError.at(row)): cần \(expected)"
        case let .invalidLine(file, line, value, expected):
            return "\(file), dòng \(line): '\(value)' không hợp lệ, cần \(expected)"
        case let .unknownUnit(reference, field, row, suggestion):
            return "Không tìm thấy đơn vị '\(reference)' (trường '\(field)'\(KeHoachError.at(row)))"
                + (suggestion.map { "; có phải '\($0)'?" } ?? "")
        case let .duplicatePlan(number):
            return "Kế hoạch số \(number) đã có trong cơ sở dữ liệu"
        case let .notFound(what, key, suggestion):
            return "Không tìm thấy \(what) '\(key)'" + (suggestion.map { "; có phải '\($0)'?" } ?? "")
        case let .schemaTooNew(found, supported):
            return "Cơ sở dữ liệu có phiên bản lược đồ \(found), mới hơn phiên bản \(supported) mà thư viện này hỗ trợ: hãy nâng cấp kehoach"
        case let .schemaTooOld(found, supported):
            return "Cơ sở dữ liệu có phiên bản lược đồ \(found), cũ hơn phiên bản \(supported) của thư viện này, "
                + "và đang mở chỉ đọc nên không nâng cấp được: hãy mở ở chế độ đọc-ghi một lần (kehoachd hoặc một lệnh ghi sẽ nâng cấp)"
        case let .notADatabase(path):
            return "Tệp '\(path)' không phải cơ sở dữ liệu kehoach"
        case .readOnly:
            return "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc: không thể ghi"
        case .busy:
            return "Cơ sở dữ liệu đang bị tiến trình khác khóa quá thời gian chờ"
        case let .misuse(detail):
            return "Gọi API sai cách: \(detail)"
        case let .storage(code, detail):
            return "Lỗi lưu trữ (SQLite \(code)): \(detail)"
        case let .fileAccess(denial):
            return denial.message
        }
    }

    private static func at(_ row: Int?) -> String {
        row.map { " ở dòng nhiệm vụ \($0)" } ?? ""
    }
}

extension KeHoachError: CustomStringConvertible {
    public var description: String { message }
}
