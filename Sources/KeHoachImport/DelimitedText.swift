/// One record of a delimited table file: its cells and the line it starts on.
public struct TableRow: Hashable, Sendable {
    /// The 1-based line of the file (or row of the document table) the record starts on.
    public var line: Int
    /// The raw cells, unquoted.
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }
}

/// Splits TSV and CSV text into rows. Fields may be quoted (`"…"`, `""` for a quote), and a
/// quoted field may hold delimiters and line breaks, as spreadsheets write them.
public enum DelimitedText {
    /// The field separators kehoach reads.
    public enum Delimiter: Character, Sendable {
        case tab = "\t"
        case comma = ","
        case semicolon = ";"
    }

    /// The separator of `text`: a tab if the first non-empty line has one, else the more
    /// frequent of comma and semicolon (Excel writes ";" where "," is the decimal mark).
    public static func sniff(_ text: String) -> Delimiter {
        let line = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        if line.contains("\t") { return .tab }
        let commas = line.filter { $0 == "," }.count, semicolons = line.filter { $0 == ";" }.count
        return semicolons > commas ? .semicolon : .comma
    }

    /// The rows of `text`, blank lines left out.
    public static func rows(_ text: String, delimiter: Delimiter) -> [TableRow] {
        var rows: [TableRow] = []
        var cells: [String] = []
        var field = ""
        var quoted = false, fieldStarted = false, afterQuote = false
        var line = 1, rowLine = 1
        let separator = delimiter.rawValue
        func endRow() {
            cells.append(field)
            if cells.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
                rows.append(TableRow(line: rowLine, cells: cells))
            }
            cells = []
            field = ""
            fieldStarted = false
            afterQuote = false
        }
        for character in text {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character == "\r\n" ? "\n" : character)
                }
                continue
            }
            if character == "\"", !fieldStarted || afterQuote {
                if afterQuote { field.append("\"") }
                quoted = true
                fieldStarted = true
                afterQuote = false
                continue
            }
            afterQuote = false
            if character == separator {
                cells.append(field)
                field = ""
                fieldStarted = false
            } else if character == "\n" || character == "\r\n" {
                endRow()
                line += 1
                rowLine = line
            } else if character != "\r" {
                field.append(character)
                fieldStarted = true
            }
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
