import Foundation
import KeHoach

/// The report as Markdown: title, totals, the two breakdowns, the occurrences with evidence.
enum MarkdownReport {
    /// The whole document.
    static func render(_ r: ProgressReport) -> String {
        var out = "# \(ReportText.title(r))\n\n"
        out += ReportText.subtitle(r).map { "- \($0)\n" }.joined() + "\n"
        out += "## 1. Tổng hợp chung\n\n"
        out += table(["Nội dung"] + ReportText.countHeaders, [["Toàn kế hoạch"] + ReportText.cells(r.totals)])
        out += "\n" + ReportText.method + "\n\n"
        out += "## 2. Theo nội dung (lĩnh vực)\n\n"
        out += table(["Nội dung"] + ReportText.countHeaders, r.byDimension.map { [$0.title] + ReportText.cells($0.counts) })
        out += "\n## 3. Theo đơn vị chủ trì\n\n"
        out += table(["Đơn vị chủ trì"] + ReportText.countHeaders, r.byUnit.map { [$0.title] + ReportText.cells($0.counts) })
        out += "\n## 4. Chi tiết các lần thực hiện và minh chứng\n\n"
        out += table(["TT", "Nhiệm vụ", "Lần", "Chủ trì", "Hạn", "Tình trạng", "Ngày hoàn thành", "Minh chứng", "Người ghi nhận"],
                     r.items.map { i in
                         [i.taskRef, i.task, i.label, i.leadUnits.joined(separator: "; "), due(i), ReportText.outcome(i.outcome),
                          CivilDate.vietnamese(iso: i.completedOn), i.evidence ?? "", i.recordedBy ?? ""]
                     })
        if !r.tasksWithoutDates.isEmpty {
            out += "\n## 5. Nhiệm vụ chưa có thời hạn cụ thể\n\n"
            out += table(["TT", "Nhiệm vụ", "Chủ trì", "Thời gian (nguyên văn)", "Tình trạng"],
                         r.tasksWithoutDates.map { [$0.taskRef, $0.task, $0.leadUnits.joined(separator: "; "), $0.deadline, ReportText.status($0.status)] })
        }
        return out
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
