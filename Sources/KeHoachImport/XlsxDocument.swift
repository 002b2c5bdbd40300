import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import KeHoach
import ZIPFoundation

/// The cells of the first worksheet of an Excel workbook (.xlsx), read directly: the sheet XML
/// and the shared strings through ZIPFoundation and XMLParser, as ``DocxDocument`` reads Word.
///
/// Rows keep their sheet row numbers (the line of the import report); a missing cell is an
/// empty string, so columns stay aligned; merged cells are empty past their first, as Excel
/// shows them (the table importer fills vertically merged task and deadline cells from above).
/// Shared strings, inline strings and formula results are read as text; numbers as written.
public struct XlsxDocument: Sendable {
    /// The rows of the first sheet, blank rows left out.
    public var rows: [TableRow]

    /// The first worksheet of the .xlsx bytes `data`, or a ``KeHoachError`` when they are not one.
    public init(data: Data, file: String) throws(KeHoachError) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .invalidValue(field: "xlsx", value: file, expected: "tệp Excel .xlsx đọc được (tệp ZIP hợp lệ)", row: nil)
        }
        func read(_ path: String) throws(KeHoachError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw .invalidValue(field: "xlsx", value: file, expected: "tệp Excel .xlsx đọc được (\(path) hỏng)", row: nil)
            }
            return bytes
        }
        let strings = try read("xl/sharedStrings.xml").map { XlsxSharedStrings.parse($0) } ?? []
        guard let sheet = try read(XlsxDocument.firstSheetPath(workbook: try read("xl/workbook.xml"),
                                                                relations: try read("xl/_rels/workbook.xml.rels"))) else {
            throw .invalidValue(field: "xlsx", value: file, expected: "tệp Excel .xlsx có trang tính (xl/worksheets/sheet1.xml)", row: nil)
        }
        let reader = XlsxSheetReader(strings: strings)
        let parser = XMLParser(data: sheet)
        parser.delegate = reader
        guard parser.parse() else {
            throw .invalidValue(field: "xlsx", value: file, expected: "trang tính là XML hợp lệ", row: nil)
        }
        rows = reader.rows.filter { $0.cells.contains { !$0.allSatisfy(\.isWhitespace) } }
    }

    /// The path of the workbook's first sheet: its relation target, else `xl/worksheets/sheet1.xml`.
    static func firstSheetPath(workbook: Data?, relations: Data?) -> String {
        guard let workbook, let relations,
              let id = XlsxAttributes.first(element: "sheet", attribute: "r:id", in: workbook) else {
            return "xl/worksheets/sheet1.xml"
        }
        for (rid, target) in XlsxAttributes.pairs(element: "Relationship", "Id", "Target", in: relations) where rid == id {
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return "xl/worksheets/sheet1.xml"
    }

    /// "C" as 2, "AA" as 26: the 0-based column of a cell reference ("C7").
    static func column(of reference: String) -> Int? {
        var value = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 else { break }
            value = value * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 ? nil : value - 1
    }
}

/// The shared strings of a workbook: each `<si>`'s text, runs joined.
enum XlsxSharedStrings {
    static func parse(_ data: Data) -> [String] {
        let reader = TextCollector(item: "si")
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        return reader.items
    }
}

/// Collects the text of `<t>` elements per item element (`<si>` of shared strings).
final class TextCollector: NSObject, XMLParserDelegate {
    let item: String
    var items: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    init(item: String) { self.item = item }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == item { current = "" }
        if name == "rPh" { inPhonetic = true }
        if name == "t" { inText = !inPhonetic }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "rPh" { inPhonetic = false }
        if name == item { items.append(current) }
    }
}

/// The SAX reader of a worksheet: `<row r>` of `<c r t>` with `<v>` or `<is><t>`.
final class XlsxSheetReader: NSObject, XMLParserDelegate {
    let strings: [String]
    var rows: [TableRow] = []
    private var cells: [String] = []
    private var rowNumber = 0
    private var column = 0
    private var type = ""
    private var value = ""
    private var inValue = false

    init(strings: [String]) { self.strings = strings }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            cells = []
            rowNumber = Int(attributes["r"] ?? "") ?? rowNumber + 1
        case "c":
            column = attributes["r"].flatMap(XlsxDocument.column(of:)) ?? cells.count
            type = attributes["t"] ?? ""
            value = ""
        case "v", "t":
            inValue = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            inValue = false
        case "c":
            let text = type == "s" ? (Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "") : value
            while cells.count < column { cells.append("") }
            if cells.count == column { cells.append(text) } else if column < cells.count { cells[column] = text }
        case "row":
            rows.append(TableRow(line: rowNumber, cells: cells))
        default:
            break
        }
    }
}

/// Attribute values of small XML parts (workbook, relations), read with XMLParser.
enum XlsxAttributes {
    static func first(element: String, attribute: String, in data: Data) -> String? {
        pairs(element: element, attribute, attribute, in: data).first?.0
    }

    static func pairs(element: String, _ a: String, _ b: String, in data: Data) -> [(String, String)] {
        final class Reader: NSObject, XMLParserDelegate {
            let element: String, a: String, b: String
            var found: [(String, String)] = []
            init(_ element: String, _ a: String, _ b: String) { self.element = element; self.a = a; self.b = b }
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == element, let x = attributes[a], let y = attributes[b] { found.append((x, y)) }
            }
        }
        let reader = Reader(element, a, b)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        _ = parser.parse()
        return reader.found
    }
}
