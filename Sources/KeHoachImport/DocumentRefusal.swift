import KeHoach

/// The files kehoach does not read, refused with the exact steps that turn them into one it
/// does: an official who sends a .doc, .pdf or .odt is told what to click, not just "no".
public enum DocumentRefusal {
    /// The extensions the importer reads.
    public static let readable = ["json", "tsv", "csv", "tab", "txt", "docx", "xlsx"]

    /// The refusal of a file with extension `ext` (lowercased, no dot) or whose bytes `data`
    /// betray an old binary Office file (an OLE compound document, D0 CF 11 E0) or a PDF; nil
    /// when the importer can read it.
    public static func refusal(file: String, ext: String, data: [UInt8]) -> KeHoachError? {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        let pdf: [UInt8] = Array("%PDF".utf8)
        var kind = ext
        if data.starts(with: ole) { kind = ext == "xls" || ext == "xlsx" ? "xls" : "doc" }
        if data.starts(with: pdf) { kind = "pdf" }
        let hint: String
        switch kind {
        case "doc":
            hint = "tệp .docx: đây là tệp Word cũ (.doc); hãy mở bằng Microsoft Word, chọn Tệp > Lưu thành (File > Save As), "
                + "chọn kiểu \"Tài liệu Word (*.docx)\", rồi nhập tệp .docx"
        case "xls":
            hint = "tệp .xlsx hoặc .csv: đây là tệp Excel cũ (.xls); hãy mở bằng Microsoft Excel, chọn Tệp > Lưu thành (File > Save As), "
                + "chọn kiểu \"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8 (Phân tách bằng dấu phẩy) (*.csv)\", rồi nhập tệp đó"
        case "pdf":
            hint = "tệp .docx, .xlsx hoặc .csv: không đọc được bảng từ tệp PDF; hãy mở văn bản gốc (Word hoặc Excel) và lưu thành .docx hoặc .xlsx; "
                + "nếu chỉ có PDF, chép bảng sang Excel rồi chọn Tệp > Lưu thành (File > Save As), kiểu \"CSV UTF-8 (*.csv)\""
        case "odt":
            hint = "tệp .docx: đây là tệp OpenDocument (.odt); hãy mở bằng LibreOffice Writer, chọn Tệp > Lưu thành (File > Save As), "
                + "chọn kiểu \"Word 2007-365 (.docx)\", rồi nhập tệp .docx"
        case "ods":
            hint = "tệp .xlsx: đây là tệp OpenDocument (.ods); hãy mở bằng LibreOffice Calc, chọn Tệp > Lưu thành (File > Save As), "
                + "chọn kiểu \"Excel 2007-365 (.xlsx)\", rồi nhập tệp .xlsx"
        case "rtf":
            hint = "tệp .docx: đây là tệp .rtf; hãy mở bằng Word, chọn Tệp > Lưu thành (File > Save As), kiểu \"Tài liệu Word (*.docx)\", rồi nhập tệp .docx"
        default:
            if readable.contains(kind) { return nil }
            hint = "đuôi .json, .tsv, .csv, .docx hoặc .xlsx"
        }
        return .invalidValue(field: "tệp", value: file, expected: hint, row: nil)
    }
}
