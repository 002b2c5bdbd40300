extension TargetParser {
    /// One piece of a target cell: a word, a number, "%", "/", a clause break or other punctuation,
    /// with its place in the cell so that metrics are cut from the text verbatim.
    struct Token {
        enum Kind { case word, number, percent, slash, separator, punct }
        var kind: Kind
        /// The characters as written.
        var text: Substring
        /// Accent- and case-folded, for matching words.
        var fold: String
        /// Where it sits in the cell.
        var range: Range<String.Index>
        /// The number's value, for numbers ("01" is 1, "3,5" is 3.5, "1.000" is 1000).
        var value: Double?
    }

    /// The cell split into tokens. Clause breaks are ";", line ends, "." before a space or the
    /// end, "•", and a dash that opens a bullet (at a clause start, or before a capital letter).
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var i = text.startIndex
        func add(_ kind: Token.Kind, _ end: String.Index, value: Double? = nil) {
            let piece = text[i..<end]
            out.append(Token(kind: kind, text: piece, fold: VietnameseText.fold(piece), range: i..<end, value: value))
            i = end
        }
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c.isWhitespace && !c.isNewline {
                i = next
            } else if c.isNewline || c == ";" || c == "•" {
                add(.separator, next)
            } else if c.isLetter {
                var end = next
                while end < text.endIndex, text[end].isLetter || (text[end].unicodeScalars.first.map { (0x0300...0x036F).contains($0.value) } ?? false) {
                    end = text.index(after: end)
                }
                add(.word, end)
            } else if c.isASCII, c.isNumber {
                let (end, value) = number(in: text, from: i)
                add(.number, end, value: value)
            } else if c == "%" {
                add(.percent, next)
            } else if c == "/" {
                add(.slash, next)
            } else if c == ".", next == text.endIndex || text[next].isWhitespace {
                add(.separator, next)
            } else if c == "-" || c == "–", opensBullet(out, text: text, after: next) {
                add(.separator, next)
            } else {
                add(.punct, next)
            }
        }
        return out
    }

    /// The end and value of the number starting at `start`: digits, then a decimal comma (or
    /// point) with digits; a point before exactly three digits groups thousands.
    private static func number(in text: String, from start: String.Index) -> (String.Index, Double) {
        var end = start
        var digits = ""
        func isDigit(_ i: String.Index) -> Bool { i < text.endIndex && text[i].isASCII && text[i].isNumber }
        while isDigit(end) { digits.append(text[end]); end = text.index(after: end) }
        while end < text.endIndex, text[end] == "," || text[end] == ".", isDigit(text.index(after: end)) {
            var fraction = "", probe = text.index(after: end)
            while isDigit(probe) { fraction.append(text[probe]); probe = text.index(after: probe) }
            if text[end] == ".", fraction.count == 3 {
                digits += fraction
            } else if !digits.contains(".") {
                digits += "." + fraction
            } else {
                break
            }
            end = probe
        }
        return (end, Double(digits) ?? 0)
    }

    /// Whether a dash is a bullet: at the start of a clause, or before a capital letter
    /// ("ANTT - Không để phát sinh"), never between numbers ("3% - 3,5%").
    private static func opensBullet(_ before: [Token], text: String, after: String.Index) -> Bool {
        if before.last.map({ $0.kind == .separator }) ?? true { return true }
        var probe = after
        while probe < text.endIndex, text[probe] == " " { probe = text.index(after: probe) }
        return probe > after && probe < text.endIndex && text[probe].isUppercase
    }
}
