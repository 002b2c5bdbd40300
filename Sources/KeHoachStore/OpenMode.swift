import CSQLite
import KeHoach

/// How a store file is opened, mirroring the C API's `KEHOACH_OPEN_READONLY`,
/// `KEHOACH_OPEN_READWRITE` and `KEHOACH_OPEN_CREATE` flags.
///
/// `.create` implies `.readWrite`; `.readOnly` cannot be combined with either.
public struct OpenMode: OptionSet, Hashable, Sendable {
    public let rawValue: Int32

    /// Creates a mode from the C flag bits.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Reading only: every write throws ``KeHoachError/readOnly`` (`KEHOACH_OPEN_READONLY`).
    public static let readOnly = OpenMode(rawValue: 1 << 0)
    /// Reading and writing an existing file (`KEHOACH_OPEN_READWRITE`).
    public static let readWrite = OpenMode(rawValue: 1 << 1)
    /// Creating the file when it does not exist, then reading and writing (`KEHOACH_OPEN_CREATE`).
    public static let create = OpenMode(rawValue: 1 << 2)

    /// True when the mode allows writes.
    public var isWritable: Bool { !contains(.readOnly) }

    /// SQLite's `sqlite3_open_v2` flags for this mode, or a misuse error for a contradictory or
    /// empty mode.
    func sqliteFlags() throws(KeHoachError) -> Int32 {
        if contains(.readOnly) {
            guard !contains(.readWrite), !contains(.create) else {
                throw .misuse(detail: "chế độ mở vừa chỉ đọc vừa ghi")
            }
            return SQLITE_OPEN_READONLY
        }
        if contains(.create) { return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE }
        if contains(.readWrite) { return SQLITE_OPEN_READWRITE }
        throw .misuse(detail: "chế độ mở trống: cần chỉ đọc, đọc-ghi hoặc tạo mới")
    }
}
