#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import KeHoach

/// Conversions of C arguments into Swift values, each failing with the error `kehoach.h`
/// documents: NULL is misuse, bad UTF-8 or an impossible date is invalid input.
enum CArgument {
    /// A required C string, checked to be valid UTF-8.
    static func string(_ pointer: UnsafePointer<CChar>?, _ name: String) throws(KeHoachError) -> String {
        guard let pointer else { throw .misuse(detail: "tham số '\(name)' là NULL") }
        guard let text = String(validatingCString: pointer) else {
            throw .invalidValue(field: name, value: "?", expected: "văn bản UTF-8 hợp lệ", row: nil)
        }
        return text
    }

    /// An optional C string (NULL is nil), checked to be valid UTF-8.
    static func optionalString(_ pointer: UnsafePointer<CChar>?, _ name: String) throws(KeHoachError) -> String? {
        guard pointer != nil else { return nil }
        return try string(pointer, name)
    }

    /// A required, non-blank C string.
    static func text(_ pointer: UnsafePointer<CChar>?, _ name: String) throws(KeHoachError) -> String {
        let value = try string(pointer, name)
        if value.allSatisfy(\.isWhitespace) { throw .missingField(field: name, row: nil) }
        return value
    }

    /// A required date "YYYY-MM-DD" that exists.
    static func date(_ pointer: UnsafePointer<CChar>?, _ name: String) throws(KeHoachError) -> CivilDate {
        try date(string(pointer, name), name)
    }

    /// An optional date (NULL is nil).
    static func optionalDate(_ pointer: UnsafePointer<CChar>?, _ name: String) throws(KeHoachError) -> CivilDate? {
        guard pointer != nil else { return nil }
        return try date(pointer, name)
    }

    /// A date from its text form "YYYY-MM-DD", which must exist and fall in the years
    /// 1900-2100 (``CivilDate/supportedYears``), as the deadline language and the store require.
    static func date(_ text: String, _ name: String) throws(KeHoachError) -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw .invalidValue(field: name, value: text, expected: "một ngày có thật dạng YYYY-MM-DD", row: nil)
        }
        return try date.supported(field: name)
    }

    /// A required out-parameter, cleared before the call does anything else.
    static func out<T>(_ pointer: UnsafeMutablePointer<T?>?, _ name: String) throws(KeHoachError) -> UnsafeMutablePointer<T?> {
        guard let pointer else { throw .misuse(detail: "tham số ra '\(name)' là NULL") }
        pointer.pointee = nil
        return pointer
    }

    /// A copy of `text` in memory the caller frees with `kehoach_free`.
    static func copy(_ text: String) throws(KeHoachError) -> UnsafeMutablePointer<CChar> {
        guard let copy = strdup(text) else { throw .storage(code: 7, detail: "hết bộ nhớ") }
        return copy
    }
}
