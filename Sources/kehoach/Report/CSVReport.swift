import Foundation
import KeHoach
import KeHoachStore

/// The report as CSV: one row per occurrence in the report, with its dimension, unit, state,
/// dates and evidence; then one row per task without a date. UTF-8 with a byte-order mark so
/// Excel opens the Vietnamese text correctly; fields quoted per RFC 4180; CRLF line ends.
enum CSVReport {
    /// The byte-order mark Excel needs to read UTF-8.
    static let byteOrderMark = "\u{FEFF}"

    /// The whole file, BOM first.
    static func render(_ r: ProgressReport) -> String {
        var rows = [["Kế hoạch", "Nội dung", "TT", "Nhiệm vụ", "Lần", "Đơn vị chủ trì", "Hạn ghi trong kế hoạch",
                     "Hạn thực tế", "Tình trạng", "Mã tình trạng", "Ngày hoàn thành", "Minh chứng", "Người ghi nhận", "Mã lần thực hiện"]]
        let titles = Dictionary(r.byDimension.map { ($0.key, $0.title) }, uniquingKeysWith: { a, _ in a })
        for i in r.items {
            rows.append([r.plan.number, titles[i.dimension ?? ""] ?? (i.dimension ?? ""), i.taskRef, i.task, i.label,
                         i.leadUnits.joined(separator: "; "), CivilDate.vietnamese(iso: i.writtenDue),
                         CivilDate.vietnamese(iso: i.effectiveDue), ReportText.outcome(i.outcome), i.outcome,
                         CivilDate.vietnamese(iso: i.completedOn), i.evidence ?? "", i.recordedBy ?? "", i.id])
        }
        for t in r.tasksWithoutDates {
            rows.append([r.plan.number, titles[t.dimension ?? ""] ?? (t.dimension ?? ""), t.taskRef, t.task, t.deadline,
                         t.leadUnits.joined(separator: "; "), "", "", ReportText.status(t.status), t.status, "", "", "", ""])
        }
        return byteOrderMark + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
