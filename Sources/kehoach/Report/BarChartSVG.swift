import KeHoachStore
/// The report's one chart: per dimension, a horizontal bar of its occurrences split into done on
/// time, done late, overdue and not yet due, with the completion rate at its end. Inline SVG, so
/// the page needs nothing else; colours are print-safe and a legend names them.
enum BarChartSVG {
    private static let segments: [(label: String, colour: String, count: @Sendable (ProgressReport.Counts) -> Int)] = [
        ("Đúng hạn", "#2e7d32", { $0.doneOnTime }),
        ("Muộn", "#f9a825", { $0.doneLate }),
        ("Quá hạn", "#c62828", { $0.overdue }),
        ("Chưa đến hạn", "#9e9e9e", { $0.notYetDue }),
    ]

    /// The `<svg>` element for `groups`.
    static func render(_ groups: [ProgressReport.Group]) -> String {
        let labelWidth = 250.0, barWidth = 330.0, rowHeight = 20.0, top = 28.0, width = 680.0
        let largest = max(1, groups.map { total($0.counts) }.max() ?? 1)
        let height = top + rowHeight * Double(groups.count) + 8
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Kết quả thực hiện theo nội dung\" font-family=\"Noto Sans, DejaVu Sans, sans-serif\" font-size=\"11\">\n"
        var x = 0.0
        for s in segments {
            out += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(s.colour)\"/><text x=\"\(x + 16)\" y=\"14\">\(HTMLReport.escape(s.label))</text>\n"
            x += 40 + Double(s.label.count) * 6.5
        }
        for (row, group) in groups.enumerated() {
            let y = top + rowHeight * Double(row)
            let name = group.title.count > 42 ? String(group.title.prefix(41)) + "…" : group.title
            out += "<text x=\"0\" y=\"\(y + 13)\">\(HTMLReport.escape(name))</text>\n"
            var left = labelWidth
            for s in segments {
                let n = s.count(group.counts)
                guard n > 0 else { continue }
                let w = barWidth * Double(n) / Double(largest)
                out += "<rect x=\"\(fmt(left))\" y=\"\(y + 3)\" width=\"\(fmt(w))\" height=\"\(rowHeight - 6)\" fill=\"\(s.colour)\"><title>\(HTMLReport.escape(s.label)): \(n)</title></rect>\n"
                left += w
            }
            out += "<text x=\"\(fmt(left + 4))\" y=\"\(y + 13)\">\(total(group.counts)) · \(ReportText.percent(group.counts.completionRate))</text>\n"
        }
        return out + "</svg>"
    }

    private static func total(_ c: ProgressReport.Counts) -> Int { c.doneOnTime + c.doneLate + c.overdue + c.notYetDue }
    private static func fmt(_ v: Double) -> String { String(Double(Int(v * 10)) / 10) }
}
