import Foundation
import KeHoach

/// The report as one self-contained HTML page for A4 printing: inline CSS, no script, no external
/// resource, and one inline SVG bar chart of completion by dimension.
enum HTMLReport {
    /// The whole page.
    static func render(_ r: ProgressReport) -> String {
        var body = "<h1>\(escape(ReportText.title(r)))</h1>\n<ul class=\"meta\">\n"
        body += ReportText.subtitle(r).map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        body += "<h2>1. Tổng hợp chung</h2>\n"
        body += table(["Nội dung"] + ReportText.countHeaders, [["Toàn kế hoạch"] + ReportText.cells(r.totals)], id: "tong-hop")
        body += "<p class=\"note\">\(escape(ReportText.method))</p>\n"
        body += "<h2>2. Theo nội dung (lĩnh vực)</h2>\n<figure>\n" + BarChartSVG.render(r.byDimension)
            + "\n<figcaption>Biểu đồ: kết quả thực hiện theo nội dung (số lần thực hiện).</figcaption>\n</figure>\n"
        body += table(["Nội dung"] + ReportText.countHeaders, r.byDimension.map { [$0.title] + ReportText.cells($0.counts) })
        body += "<h2>3. Theo đơn vị chủ trì</h2>\n"
        body += table(["Đơn vị chủ trì"] + ReportText.countHeaders, r.byUnit.map { [$0.title] + ReportText.cells($0.counts) })
        body += "<h2>4. Chi tiết các lần thực hiện và minh chứng</h2>\n"
        body += table(["TT", "Nhiệm vụ", "Lần", "Chủ trì", "Hạn", "Tình trạng", "Ngày hoàn thành", "Minh chứng"],
                      r.items.map { i in
                          [i.taskRef, i.task, i.label, i.leadUnits.joined(separator: "; "), MarkdownReport.due(i),
                           ReportText.outcome(i.outcome), CivilDate.vietnamese(iso: i.completedOn),
                           [i.evidence, i.recordedBy.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")]
                      }, id: "chi-tiet")
        if !r.tasksWithoutDates.isEmpty {
            body += "<h2>5. Nhiệm vụ chưa có thời hạn cụ thể</h2>\n"
            body += table(["TT", "Nhiệm vụ", "Chủ trì", "Thời gian (nguyên văn)", "Tình trạng"],
                          r.tasksWithoutDates.map { [$0.taskRef, $0.task, $0.leadUnits.joined(separator: "; "), $0.deadline, ReportText.status($0.status)] })
        }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(escape(ReportText.title(r))) — \(escape(r.periodLabel))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// A4 portrait, 15 mm margins; rows never split across pages; headings stay with their table.
    static let style = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "Times New Roman", "DejaVu Serif", serif; font-size: 10.5pt; color: #000; margin: 0; }
        h1 { font-size: 14pt; text-align: center; margin: 0 0 6pt; }
        h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
        ul.meta { list-style: none; padding: 0; margin: 0 0 8pt; text-align: center; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; }
        thead { display: table-header-group; }
        tr, td, th { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 0.5pt solid #444; padding: 2pt 3pt; vertical-align: top; font-size: 9pt; overflow-wrap: break-word; }
        table.counts { table-layout: fixed; }
        table.counts th:first-child { width: 30%; }
        table.items th:nth-child(2) { width: 34%; }
        th { background: #e8e8e8; font-weight: bold; }
        td.n { text-align: right; white-space: nowrap; }
        td.d { white-space: nowrap; }
        p.note { font-size: 9pt; font-style: italic; margin: 2pt 0 8pt; }
        figure { margin: 4pt 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 9pt; text-align: center; }
        svg { width: 100%; height: auto; }
        @media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """

    private static func table(_ headers: [String], _ rows: [[String]], id: String? = nil) -> String {
        let kind = headers.count == ReportText.countHeaders.count + 1 ? "counts" : "items"
        var out = "<table class=\"\(kind)\"\(id.map { " id=\"\($0)\"" } ?? "")>\n<thead><tr>"
        out += headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + row.map { cell in
                // Counts and rates align right; dates and task refs never wrap.
                let compact = !cell.isEmpty && cell.allSatisfy { $0.isNumber || ",%—/.".contains($0) }
                let kind = !compact ? "" : cell.contains(where: { $0 == "/" || $0 == "." }) ? " class=\"d\"" : " class=\"n\""
                return "<td\(kind)>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Text made safe for HTML content and attributes.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
