import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KeHoach
import ZIPFoundation

/// The text of a Word (.docx) document: its body paragraphs and tables in order.
///
/// Only `word/document.xml` is read (ZIPFoundation, then XMLParser). A paragraph's text joins
/// its runs; a line break (`w:br`) becomes "\n", a tab a space. A table cell's paragraphs are
/// joined with "\n"; a cell spanning columns (`w:gridSpan`) is followed by empty cells so
/// columns stay aligned; a vertically merged cell (`w:vMerge` continued) is empty, as the
/// table shows it.
public struct DocxDocument: Sendable {
    /// A block of the body.
    public enum Block: Sendable, Hashable {
        /// A paragraph's text.
        case paragraph(String)
        /// A table: rows of cell texts.
        case table([[String]])
    }

    /// The body, in document order.
    public var blocks: [Block]

    /// The document in `data`, or a ``KeHoachError`` when it is not a .docx.
    public init(data: Data, file: String) throws(KeHoachError) {
        let xml: Data
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw KeHoachError.invalidValue(field: "docx", value: file, expected: "tệp Word .docx (có word/document.xml)", row: nil)
            }
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            xml = bytes
        } catch let error as KeHoachError {
            throw error
        } catch {
            throw .invalidValue(field: "docx", value: file, expected: "tệp Word .docx đọc được (tệp ZIP hợp lệ)", row: nil)
        }
        let reader = DocxXMLReader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        guard parser.parse() else {
            throw .invalidValue(field: "docx", value: file, expected: "word/document.xml là XML hợp lệ", row: nil)
        }
        blocks = reader.blocks
    }

    /// The body paragraphs, and the paragraphs of tables that hold no task table, in order:
    /// where a plan's header (number, date, issuer, signer) is written.
    public var paragraphs: [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case let .paragraph(text): return [text]
            case let .table(rows):
                if rows.contains(where: { TableLayout(header: TableRow(line: 0, cells: $0)) != nil }) { return [] }
                return rows.flatMap { $0 }
            }
        }
    }

    /// The rows of every table with a task-table header, in order, numbered from 1 across
    /// tables (continued tables are one table cut by a page or a heading).
    public var taskTableRows: [TableRow] {
        var rows: [TableRow] = []
        for case let .table(table) in blocks
        where table.contains(where: { TableLayout(header: TableRow(line: 0, cells: $0)) != nil }) {
            for cells in table { rows.append(TableRow(line: rows.count + 1, cells: cells)) }
        }
        return rows
    }
}

/// The SAX reader behind ``DocxDocument``.
final class DocxXMLReader: NSObject, XMLParserDelegate {
    var blocks: [DocxDocument.Block] = []
    private var tableDepth = 0
    private var rows: [[String]] = []
    private var row: [String] = []
    private var cellParagraphs: [String] = []
    private var paragraph = ""
    private var inText = false
    private var span = 1
    private var mergedContinue = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1 { rows = [] }
        case "w:tr" where tableDepth == 1: row = []
        case "w:tc" where tableDepth == 1:
            cellParagraphs = []
            span = 1
            mergedContinue = false
        case "w:gridSpan" where tableDepth == 1: span = Int(attributes["w:val"] ?? "1") ?? 1
        case "w:vMerge" where tableDepth == 1: mergedContinue = attributes["w:val"] != "restart"
        case "w:p": paragraph = ""
        case "w:t": inText = true
        case "w:br", "w:cr": paragraph += "\n"
        case "w:tab": paragraph += " "
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p":
            if tableDepth == 0 { blocks.append(.paragraph(paragraph)) } else { cellParagraphs.append(paragraph) }
            paragraph = ""
        case "w:tc" where tableDepth == 1:
            row.append(mergedContinue ? "" : cellParagraphs.joined(separator: "\n"))
            if span > 1 { row.append(contentsOf: Array(repeating: "", count: span - 1)) }
        case "w:tr" where tableDepth == 1: rows.append(row)
        case "w:tbl":
            if tableDepth == 1 { blocks.append(.table(rows)) }
            tableDepth -= 1
        default: break
        }
    }
}
