/// How long a deadline cell may be.
///
/// Real cells are a phrase or a few lines (the longest in the seed plans is under 400 bytes);
/// a cell of megabytes is a pasted document or an attack, and parsing it would take memory in
/// proportion to its milestones. It is refused with an error before parsing, so that no caller
/// (the C API in a PHP worker under a memory limit, an import) can be made to abort.
extension DeadlineParser {
    /// The longest deadline text accepted, in UTF-8 bytes.
    public static let maxTextBytes = 4096

    /// Refuses a deadline text longer than ``maxTextBytes``, naming the field and the task row.
    public static func checkLength(_ text: String, field: String, row: Int? = nil) throws(KeHoachError) {
        let bytes = text.utf8.count
        guard bytes <= maxTextBytes else {
            throw .invalidValue(field: field, value: "\(bytes) byte",
                                expected: "hạn dài tối đa \(maxTextBytes) byte (một cụm từ chỉ thời hạn, không phải cả văn bản)",
                                row: row)
        }
    }
}
