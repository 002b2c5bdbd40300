import Foundation
import KeHoach
import ZIPFoundation

/// The report as a Word document (.docx, WordprocessingML) that officials open, edit and sign:
/// the administrative frame of Nghị định 30/2020/NĐ-CP in borderless tables, the sections with
/// the document's own styles (headings, body text, placeholders to complete, tables with a
/// header row repeated on each page), page numbers centred in the top margin from the second page,
/// A4 portrait with margins 20/15/20/30 mm (top, right, bottom, left), and the appendix in an A4
/// landscape section of its own. The parts are in ``DocxReport+Parts.swift``.
enum DocxReport {
    /// The text width of a portrait page in twentieths of a point: 210 mm less 30 and 15 mm.
    static let portraitWidth = 9355
    /// The text width of a landscape page: 297 mm less 30 and 15 mm.
    static let landscapeWidth = 14287

    /// The .docx file's bytes.
    static func render(_ doc: ReportDocument) throws(CLIError) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(title: doc.title)), ("docProps/app.xml", appProperties),
            ("word/_rels/document.xml.rels", documentRelationships), ("word/styles.xml", styles),
            ("word/settings.xml", settings), ("word/header1.xml", pageNumberHeader), ("word/header2.xml", emptyHeader),
            ("word/document.xml", document(doc)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, xml) in parts {
                let bytes = Data(xml.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        } catch {
            throw .kehoach(.storage(code: 10, detail: "không tạo được tệp .docx: \(error)"))  // SQLITE_IOERR
        }
    }

    /// `word/document.xml`: frame, text, signature, then the appendix in its own section.
    static func document(_ doc: ReportDocument) -> String {
        let f = doc.frame
        let half = portraitWidth / 2
        var body = frameTable([
            [paragraph(f.body.joined(separator: "\n"), style: "Frame", bold: true), rule(cellWidth: 3742),
             paragraph(f.number, style: "Frame")],
            [paragraph(ReportFrame.nation, style: "Frame", bold: true, size: 25),
             paragraph(ReportFrame.motto, style: "Frame", bold: true, underline: true),
             paragraph(f.placeAndDate, style: "Frame", italic: true, spaceBefore: 160)],
        ], widths: [3742, portraitWidth - 3742])
        body += paragraph(f.kind, style: "Kind") + paragraph(f.subject.joined(separator: "\n"), style: "Subject") + rule(cellWidth: portraitWidth)
        if f.recipients.count == 1 {
            body += paragraph("Kính gửi: \(f.recipients[0]).", style: "Recipient")
        } else if !f.recipients.isEmpty {
            // "Kính gửi:" beside the list, the pair centred as in HTML.
            body += paragraph("", style: "Rule") + frameTable([
                [paragraph("Kính gửi:", style: "RecipientLabel")],
                f.recipients.enumerated().map {
                    paragraph("- \($0.element)\($0.offset == f.recipients.count - 1 ? "." : ";")", style: "RecipientItem")
                },
            ], widths: [3400, portraitWidth - 3400]) + paragraph("", style: "Rule")
        }
        body += paragraph(doc.opening) + doc.body.map { block($0, width: portraitWidth) }.joined() + paragraph(doc.closing)
        body += frameTable([
            [paragraph("Nơi nhận:", style: "CopiesLabel")] + f.copies.map { paragraph($0, style: "Copies") },
            [paragraph(f.signerCapacity.joined(separator: "\n"), style: "Frame", bold: true),
             paragraph(f.signerName, style: "Frame", bold: true, spaceBefore: 1500)],
        ], widths: [half, portraitWidth - half])
        if doc.appendix.isEmpty {
            body += section(landscape: false, final: true)
        } else {
            body += "<w:p><w:pPr>\(section(landscape: false, final: false))</w:pPr></w:p>"
            body += paragraph(doc.appendixTitle.joined(separator: "\n"), style: "Subject")
            body += doc.appendix.map { block($0, width: landscapeWidth) }.joined() + section(landscape: true, final: true)
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)"><w:body>\(body)</w:body></w:document>
            """
    }

    /// One block of the body or appendix.
    static func block(_ b: ReportDocument.Block, width: Int) -> String {
        switch b {
        case let .heading(text, level): paragraph(text, style: "Heading\(level)")
        case let .paragraph(text): paragraph(text)
        case let .placeholder(text): paragraph("[\(text)]", style: "Placeholder")
        case let .note(text): paragraph(text, style: "Note")
        case let .bullets(items): items.map { paragraph("- \($0)", style: "ListLine") }.joined()
        case .chart: ""
        case let .table(t): table(t, width: width)
        }
    }

    /// A paragraph; line breaks in `text` become `<w:br/>`.
    static func paragraph(_ text: String, style: String? = nil, bold: Bool = false, italic: Bool = false,
                          underline: Bool = false, size: Int? = nil, spaceBefore: Int? = nil) -> String {
        var pPr = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let spaceBefore { pPr += "<w:spacing w:before=\"\(spaceBefore)\"/>" }
        // Schema order: b, i, sz, u.
        var rPr = (bold ? "<w:b/>" : "") + (italic ? "<w:i/>" : "")
        if let size { rPr += "<w:sz w:val=\"\(size)\"/>" }
        if underline { rPr += "<w:u w:val=\"single\"/>" }
        let runs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>"
        }.joined(separator: "<w:br/>")
        return "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r>\(rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")\(runs)</w:r></w:p>"
    }

    /// The short line under the issuing body and the subject: a third of `cellWidth`, centred.
    static func rule(cellWidth: Int) -> String {
        let side = cellWidth / 3
        return "<w:p><w:pPr><w:pStyle w:val=\"Rule\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:ind w:left=\"\(side)\" w:right=\"\(side)\"/></w:pPr></w:p>"
    }

    /// A borderless table of one row whose cells hold the given paragraphs (the frame's two sides).
    static func frameTable(_ cells: [[String]], widths: [Int]) -> String {
        var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        out += "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>"
        out += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for (cell, width) in zip(cells, widths) {
            out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(cell.joined())</w:tc>"
        }
        return out + "</w:tr></w:tbl>"
    }

    /// A data table with the "Grid" style, its header row repeated on each page, rows never split.
    static func table(_ t: ReportDocument.Table, width: Int) -> String {
        let widths = t.headers.indices.map { Int((t.width($0) * Double(width)).rounded()) }
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        out += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        func row(_ cells: [String], header: Bool) -> String {
            var r = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
            for (index, cell) in cells.enumerated() {
                let style = header ? "TableHeading" : t.numeric.contains(index) ? "TableNumber" : "TableText"
                r += "<w:tc><w:tcPr><w:tcW w:w=\"\(index < widths.count ? widths[index] : 0)\" w:type=\"dxa\"/></w:tcPr>\(paragraph(cell, style: style, size: t.compact ? 19 : nil))</w:tc>"
            }
            return r + "</w:tr>"
        }
        return out + row(t.headers, header: true) + t.rows.map { row($0, header: false) }.joined() + "</w:tbl>"
            + "<w:p><w:pPr><w:pStyle w:val=\"Rule\"/></w:pPr></w:p>"
    }

    /// Section properties: A4 portrait or landscape, NĐ30 margins, the page number in the header
    /// (the portrait section's first page has the empty one); numbering runs on across sections.
    static func section(landscape: Bool, final: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:headerReference w:type=\"first\" r:id=\"rId4\"/>"
            + (final ? "" : "<w:type w:val=\"nextPage\"/>") + size
            + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + (landscape ? "" : "<w:titlePg/>") + "</w:sectPr>"
    }

    /// Text made safe for XML content.
    static func escape(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" }.map(Character.init))
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
