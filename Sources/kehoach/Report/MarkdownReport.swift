import Foundation
import KeHoach
import KeHoachStore

/// The report as Markdown: the administrative frame as plain lines, the sections, the tables and
/// the appendix, for reading in a terminal, a wiki or a mail.
enum MarkdownReport {
    /// The whole document.
    static func render(_ doc: ReportDocument) -> String {
        let f = doc.frame
        var out = f.body.map { "**\($0)**  \n" }.joined() + "\(f.number)\n\n"
        out += "**\(ReportFrame.nation)**  \n**\(ReportFrame.motto)**\n\n*\(f.placeAndDate)*\n\n"
        out += "# \(f.kind)\n\n" + f.subject.map { "**\($0)**" }.joined(separator: "  \n") + "\n\n"
        if !f.recipients.isEmpty {
            out += f.recipients.count == 1 ? "Kính gửi: \(f.recipients[0]).\n\n"
                : "Kính gửi:\n\n" + f.recipients.map { "- \($0)\n" }.joined() + "\n"
        }
        out += doc.opening + "\n\n" + doc.body.map(block).joined() + doc.closing + "\n\n"
        out += "***Nơi nhận:***  \n" + f.copies.map { "\($0)  \n" }.joined() + "\n"
        out += f.signerCapacity.map { "**\($0)**  \n" }.joined() + "\n" + (f.signerName.isEmpty ? "" : "**\(f.signerName)**\n")
        if !doc.appendix.isEmpty {
            out += "\n---\n\n" + doc.appendixTitle.map { "**\($0)**" }.joined(separator: "  \n") + "\n\n"
            out += doc.appendix.map(block).joined()
        }
        return out
    }

    private static func block(_ b: ReportDocument.Block) -> String {
        switch b {
        case let .heading(text, level): return String(repeating: "#", count: level + 1) + " \(text)\n\n"
        case let .paragraph(text): return text + "\n\n"
        case let .placeholder(text): return "*[\(text)]*\n\n"
        case let .note(text): return "*\(text)*\n\n"
        case let .bullets(items): return items.map { "- \($0)\n" }.joined() + "\n"
        case .chart: return ""
        case let .table(t): return table(t.headers, t.rows) + "\n"
        }
    }

    /// "30/06/2025", or "05/07/2025 → 07/07/2025" when the day-off rule moved it.
    static func due(_ i: ProgressReport.Item) -> String {
        i.writtenDue == i.effectiveDue ? CivilDate.vietnamese(iso: i.effectiveDue)
            : "\(CivilDate.vietnamese(iso: i.writtenDue)) → \(CivilDate.vietnamese(iso: i.effectiveDue))"
    }

    private static func table(_ headers: [String], _ rows: [[String]]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |\n"
        }
        return line(headers) + line(headers.map { _ in "---" }) + rows.map(line).joined()
    }
}
