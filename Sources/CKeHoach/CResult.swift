import CKeHoachHeader
import KeHoach

/// The result codes of `kehoach.h` as Swift values, and their static explanations.
///
/// The header's `enum kehoach_result` is the C side of ``KeHoachErrorCode``: ``code(of:)`` maps
/// each Swift code to the C constant of the same name, and `Tests/CAPITests` checks the numbers.
enum CResult {
    static let ok = value(KEHOACH_OK)
    static let misuse = value(KEHOACH_MISUSE)
    static let invalid = value(KEHOACH_INVALID)
    static let row = value(KEHOACH_ROW)
    static let done = value(KEHOACH_DONE)

    /// A C enum constant as the `int` the functions return.
    static func value(_ result: kehoach_result) -> Int32 { Int32(truncatingIfNeeded: result.rawValue) }

    /// The C result code of a Swift error.
    static func code(of error: KeHoachError) -> Int32 {
        switch error.code {
        case .ok: value(KEHOACH_OK)
        case .error: value(KEHOACH_ERROR)
        case .misuse: value(KEHOACH_MISUSE)
        case .invalid: value(KEHOACH_INVALID)
        case .notFound: value(KEHOACH_NOTFOUND)
        case .constraint: value(KEHOACH_CONSTRAINT)
        case .readOnly: value(KEHOACH_READONLY)
        case .busy: value(KEHOACH_BUSY)
        case .schemaTooNew: value(KEHOACH_SCHEMA)
        case .notADatabase: value(KEHOACH_NOTADB)
        case .io: value(KEHOACH_IO)
        }
    }

    /// The static explanation of a code, for `kehoach_errstr`.
    static func explanation(_ code: Int32) -> StaticString {
        switch code {
        case value(KEHOACH_OK): "không có lỗi"
        case value(KEHOACH_ERROR): "lỗi"
        case value(KEHOACH_MISUSE): "gọi API sai cách"
        case value(KEHOACH_INVALID): "dữ liệu vào không hợp lệ"
        case value(KEHOACH_NOTFOUND): "không tìm thấy"
        case value(KEHOACH_CONSTRAINT): "xung đột với dữ liệu đã lưu"
        case value(KEHOACH_READONLY): "cơ sở dữ liệu mở ở chế độ chỉ đọc"
        case value(KEHOACH_BUSY): "cơ sở dữ liệu đang bị tiến trình khác khóa"
        case value(KEHOACH_SCHEMA): "cơ sở dữ liệu của phiên bản kehoach mới hơn"
        case value(KEHOACH_NOTADB): "tệp không phải cơ sở dữ liệu kehoach"
        case value(KEHOACH_IO): "lỗi đọc ghi tệp hoặc SQLite"
        case value(KEHOACH_ROW): "có một dòng kết quả"
        case value(KEHOACH_DONE): "hết dòng kết quả"
        default: "mã kết quả không xác định"
        }
    }

    /// What `kehoach_errmsg` says after a success.
    static var noErrorMessage: UnsafePointer<CChar> { cString(explanation(value(KEHOACH_OK))) }

    /// A static string's bytes as a C string; they live as long as the library.
    static func cString(_ text: StaticString) -> UnsafePointer<CChar> {
        UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
    }
}
