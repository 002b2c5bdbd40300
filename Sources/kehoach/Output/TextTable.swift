/// An aligned plain-text table with Vietnamese headings, for terminals and pipes alike.
///
/// Widths count what a terminal shows: combining marks and colour codes take no column, so
/// "Tư pháp" in NFD aligns like its precomposed form and a red "Quá hạn" like a plain one. Long
/// cells wrap within `maxWidth` columns; lines carry no trailing spaces.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    var maxWidth: [Int?]

    init(headers: [String], maxWidth: [Int?]? = nil) {
        self.headers = headers
        self.maxWidth = maxWidth ?? Array(repeating: nil, count: headers.count)
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines of text, headings underlined.
    func render() -> String {
        let wrapped = rows.map { row in row.enumerated().map { TextTable.wrap($1, maxWidth[$0]) } }
        var widths = headers.map(TextTable.width)
        for row in wrapped {
            for (i, lines) in row.enumerated() {
                widths[i] = max(widths[i], lines.map(TextTable.width).max() ?? 0)
            }
        }
        var out = line(headers.map { [$0] }, widths)
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in wrapped { out += line(row, widths) }
        return out
    }

    private func line(_ cells: [[String]], _ widths: [Int]) -> String {
        let height = cells.map(\.count).max() ?? 1
        var out = ""
        for k in 0..<height {
            var parts: [String] = []
            for (i, lines) in cells.enumerated() {
                let text = k < lines.count ? lines[k] : ""
                parts.append(i == cells.count - 1 ? text : text + String(repeating: " ", count: widths[i] - TextTable.width(text)))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            out += text + "\n"
        }
        return out
    }

    /// Columns a terminal uses for `text`: combining marks, zero-width spaces and ANSI colour
    /// sequences (ESC [ ... letter) take none.
    static func width(_ text: String) -> Int {
        var n = 0, inEscape = false
        for s in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(s.value) && s != "[" { inEscape = false }
            } else if s == "\u{1B}" {
                inEscape = true
            } else if !(0x0300...0x036F).contains(s.value) && s.value != 0x200B {
                n += 1
            }
        }
        return n
    }

    /// Splits `text` into lines of at most `limit` columns at spaces (and at explicit newlines).
    static func wrap(_ text: String, _ limit: Int?) -> [String] {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let limit else { return paragraphs.isEmpty ? [""] : paragraphs }
        var lines: [String] = []
        for paragraph in paragraphs {
            var current = ""
            for word in paragraph.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if width(current) + 1 + width(String(word)) <= limit {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines.isEmpty ? [""] : lines
    }
}
