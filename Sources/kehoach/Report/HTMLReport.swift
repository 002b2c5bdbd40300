import Foundation
import KeHoach

/// The report as one self-contained HTML page that prints as an administrative document on A4
/// (Nghị định 30/2020/NĐ-CP): inline CSS, no script, no external resource, one inline SVG chart.
/// Margins top and bottom 20 mm, left 30 mm, right 15 mm (the appendix on landscape pages); text 13 pt in a serif face that has
/// every Vietnamese letter (Noto Serif, then DejaVu Serif: on Debian "Times New Roman" falls back
/// to a face without them, so it only comes after); page numbers centred in the top margin from
/// the second page. The whole page is editable in the browser before printing (number, date,
/// the paragraphs left to complete).
enum HTMLReport {
    /// The whole page.
    static func render(_ doc: ReportDocument) -> String {
        let f = doc.frame
        var page = "<table class=\"frame head\"><tr>\n<td class=\"issuer\">"
        page += "<p class=\"body\">\(f.body.map(escape).joined(separator: "<br>"))</p><div class=\"rule\"></div>"
        page += "<p class=\"number\">\(escape(f.number))</p></td>\n"
        page += "<td class=\"nation\"><p class=\"nation\">\(escape(ReportFrame.nation))</p>"
        page += "<p class=\"motto\"><span>\(escape(ReportFrame.motto))</span></p>"
        page += "<p class=\"date\">\(escape(f.placeAndDate))</p></td>\n</tr></table>\n"
        page += "<h1>\(escape(f.kind))</h1>\n<p class=\"subject\">\(f.subject.map(escape).joined(separator: "<br>"))</p><div class=\"rule\"></div>\n"
        if f.recipients.count == 1 {
            page += "<p class=\"to\">Kính gửi: \(escape(f.recipients[0])).</p>\n"
        } else if !f.recipients.isEmpty {
            page += "<div class=\"to\"><span>Kính gửi:</span><div>" + f.recipients.enumerated().map {
                "<p>- \(escape($0.element))\($0.offset == f.recipients.count - 1 ? "." : ";")</p>"
            }.joined() + "</div></div>\n"
        }
        page += "<div class=\"text\">\n<p>\(escape(doc.opening))</p>\n"
        page += doc.body.map(block).joined() + "<p>\(escape(doc.closing))</p>\n</div>\n"
        page += "<table class=\"frame foot\"><tr>\n<td class=\"copies\"><p class=\"label\">Nơi nhận:</p>"
        page += f.copies.map { "<p>\(escape($0))</p>" }.joined() + "</td>\n"
        page += "<td class=\"sign\"><p class=\"capacity\">\(f.signerCapacity.map(escape).joined(separator: "<br>"))</p>"
        page += "<p class=\"space\"></p><p class=\"name\">\(escape(f.signerName))</p></td>\n</tr></table>\n"
        if !doc.appendix.isEmpty {
            page += "<section class=\"appendix\">\n<p class=\"appendix-title\">\(doc.appendixTitle.map(escape).joined(separator: "<br>"))</p>\n"
            page += doc.appendix.map(block).joined() + "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>\(escape(doc.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body contenteditable="true">
            \(page)</body>
            </html>

            """
    }

    /// One block of the body or appendix.
    static func block(_ b: ReportDocument.Block) -> String {
        switch b {
        case let .heading(text, level): return "<h\(level + 1)>\(escape(text))</h\(level + 1)>\n"
        case let .paragraph(text): return "<p>\(escape(text))</p>\n"
        case let .placeholder(text): return "<p class=\"placeholder\">[\(escape(text))]</p>\n"
        case let .note(text): return "<p class=\"note\">\(escape(text))</p>\n"
        case let .bullets(items): return items.map { "<p class=\"item\">- \(escape($0))</p>\n" }.joined()
        case let .chart(groups):
            return "<figure>\n" + BarChartSVG.render(groups)
                + "\n<figcaption>Biểu đồ: kết quả thực hiện (số lần thực hiện; cuối mỗi thanh: tổng số và tỷ lệ hoàn thành).</figcaption>\n</figure>\n"
        case let .table(t): return table(t)
        }
    }

    /// The fonts, first those that cover Vietnamese.
    static let fonts = "\"Noto Serif\", \"DejaVu Serif\", \"Times New Roman\", serif"

    /// A4 portrait with the NĐ30 margins; rows never split across pages; headings stay with what follows.
    static let style = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: \(fonts); font-size: 13pt; } }
        @page :first { @top-center { content: none; } }
        @page appendix { size: A4 landscape; }
        body { font-family: \(fonts); font-size: 13pt; line-height: 1.3; color: #000; margin: 0; }
        p { margin: 0 0 6pt; }
        table.frame { width: 100%; border-collapse: collapse; margin: 0 0 12pt; }
        table.frame td { border: none; padding: 0; vertical-align: top; text-align: center; }
        table.frame.head td.issuer { width: 40%; }
        table.frame.head p.body { font-size: 12.5pt; font-weight: bold; margin: 0; }
        div.rule { width: 30%; margin: 1pt auto 6pt; border-top: 0.75pt solid #000; }
        table.frame.head p.number { font-size: 13pt; margin: 0; white-space: pre; }
        table.frame.head p.nation { font-size: 12.5pt; font-weight: bold; margin: 0; white-space: nowrap; }
        table.frame.head p.motto { font-size: 13.5pt; font-weight: bold; margin: 0 0 8pt; }
        table.frame.head p.motto span { border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
        table.frame.head p.date { font-style: italic; margin: 0; }
        h1 { font-size: 14pt; text-align: center; margin: 12pt 0 0; }
        p.subject { font-weight: bold; text-align: center; margin: 0; }
        p.to { text-align: center; margin: 10pt 0 10pt; }
        div.to { display: flex; justify-content: center; gap: 0.5em; margin: 10pt 0 10pt; }
        div.to p { margin: 0; }
        div.text p { text-align: justify; text-indent: 1.27cm; }
        div.text p.note, div.text p.item { text-indent: 0; }
        h2 { font-size: 13pt; font-weight: bold; margin: 10pt 0 4pt; text-indent: 1.27cm; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 1.27cm; break-after: avoid; page-break-after: avoid; }
        p.placeholder { font-style: italic; }
        p.item { margin: 0 0 3pt 1.27cm; }
        p.note { font-size: 10.5pt; font-style: italic; margin: 2pt 0 8pt; }
        table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; table-layout: fixed; }
        table.data thead { display: table-header-group; }
        table.data tr { break-inside: avoid; page-break-inside: avoid; }
        table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; font-size: 10.5pt; line-height: 1.2; overflow-wrap: break-word; text-indent: 0; }
        table.data th { font-weight: bold; text-align: center; }
        table.data.compact th, table.data.compact td { font-size: 9.5pt; padding: 2pt 2pt; }
        table.data td.n { text-align: right; }
        table.frame.foot { margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }
        table.frame.foot td.copies { width: 50%; text-align: left; }
        table.frame.foot td.copies p { font-size: 11pt; margin: 0; }
        table.frame.foot td.copies p.label { font-size: 12pt; font-weight: bold; font-style: italic; }
        table.frame.foot p.capacity, table.frame.foot p.name { font-weight: bold; margin: 0; }
        table.frame.foot p.space { height: 22mm; margin: 0; }
        section.appendix { page: appendix; break-before: page; page-break-before: always; }
        section.appendix p.item { margin-left: 0; }
        p.appendix-title { font-weight: bold; text-align: center; margin: 0 0 10pt; }
        figure { margin: 4pt 0 8pt; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 10.5pt; font-style: italic; text-align: center; }
        svg { width: 100%; height: auto; }
        """

    private static func table(_ t: ReportDocument.Table) -> String {
        var out = "<table class=\"data\(t.compact ? " compact" : "")\">\n<colgroup>"
        out += t.headers.indices.map { "<col style=\"width: \(String(format: "%.1f", t.width($0) * 100))%\">" }.joined()
        out += "</colgroup>\n<thead><tr>" + t.headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in t.rows {
            out += "<tr>" + row.enumerated().map { index, cell in
                "<td\(t.numeric.contains(index) ? " class=\"n\"" : "")>\(escape(cell))</td>"
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
