import KeHoachStore
/// A report as a format-free document: the administrative frame (``ReportFrame``) around a body
/// of headings, paragraphs, tables and lists, and an appendix after the signature. The HTML,
/// .docx and Markdown renderers draw the same document, so a report is written once
/// (``OfficialReport``) and a roll-up across communes can fill the same frame with its own body.
struct ReportDocument: Sendable {
    /// One piece of the body.
    enum Block: Sendable {
        /// A section heading: level 1 "I. KẾT QUẢ ĐẠT ĐƯỢC", level 2 "1. Kết quả thực hiện nhiệm vụ".
        case heading(String, level: Int)
        /// A paragraph of text the report states (figures, lists in prose).
        case paragraph(String)
        /// A paragraph the official is to write or complete: shown in brackets and italics, and
        /// editable in the HTML page.
        case placeholder(String)
        /// A table; ``Table/widths`` are the columns' shares of the line.
        case table(Table)
        /// A list, one line per item.
        case bullets([String])
        /// The bar chart of the occurrences per group (HTML only; the others show the table beside it).
        case chart([ProgressReport.Group])
        /// A small italic remark under a table (how rates are computed).
        case note(String)
    }

    /// A table of text cells.
    struct Table: Sendable {
        var headers: [String]
        var rows: [[String]]
        /// Each column's share of the line (summing to 1), or empty for equal shares.
        var widths: [Double] = []
        /// Columns whose cells are numbers (aligned right).
        var numeric: Set<Int> = []
        /// Many narrow columns: printed in a smaller size so that headings fit.
        var compact = false

        /// The share of column `index`.
        func width(_ index: Int) -> Double {
            widths.count == headers.count ? widths[index] : 1 / Double(max(1, headers.count))
        }
    }

    var frame: ReportFrame
    /// The title of the page or file ("Báo cáo 6 tháng đầu năm 2025 — 01/KH-UBND").
    var title: String
    /// The paragraph before the sections ("Thực hiện Kế hoạch số …, UBND xã … báo cáo … như sau:").
    var opening: String
    var body: [Block]
    /// The closing sentence before "Nơi nhận" ("Trên đây là báo cáo … ./.").
    var closing: String
    /// The appendix's title, when there is one ("PHỤ LỤC …").
    var appendixTitle: [String]
    /// Printed after the signature, on its own pages.
    var appendix: [Block]
}
