/// One token of a deadline cell: a folded word, a number or a punctuation mark, with the byte
/// range it came from so that labels and written words are cut from the original text.
struct DeadlineToken {
    enum Kind: UInt8 { case word, number, punct }

    var kind: Kind
    /// For a word: its folded ASCII letters packed big-endian into 8 bytes (see `DeadlineWord`).
    /// For punctuation: the ASCII byte ("-" for every dash), 0 for any other mark.
    var word: UInt64
    /// For a number: its value (at most 9 digits are read).
    var value: Int
    /// Letters in a word or digits in a number.
    var length: Int
    /// Byte offsets of the token in the original UTF-8 text.
    var start: Int
    var end: Int
    /// White space (or a line break, or an HTML tag) stands right before the token.
    var spaceBefore: Bool
    /// The token opens a line of the cell (start of text or after a line break / `<p>`).
    var lineStart: Bool
}

/// Splits the UTF-8 bytes of a cell into tokens in one pass, folding Vietnamese letters to
/// ASCII on the way: no `String` is built, no regular expression is run.
enum DeadlineTokenizer {
    /// The tokens of `bytes`. HTML tags (`<p>`, `</p>`, `<ul ...>`) count as white space.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [DeadlineToken] {
        var out = Builder()
        out.tokens.reserveCapacity(bytes.count / 3 + 4)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case 97...122: out.letter(b, i, i + 1)
                case 65...90: out.letter(b + 32, i, i + 1)
                case 48...57:
                    out.digit(b, i)
                case 10, 13: out.blank(newLine: true)
                case 32, 9, 11, 12: out.blank(newLine: false)
                case UInt8(ascii: "<"):
                    if let close = tagEnd(bytes, from: i) {
                        out.blank(newLine: true)
                        i = close
                    } else {
                        out.punct(b, i, i + 1)
                    }
                default: out.punct(b, i, i + 1)
                }
                i += 1
                continue
            }
            // Decode one multi-byte scalar.
            var v: UInt32
            var width: Int
            if b & 0xE0 == 0xC0 { v = UInt32(b & 0x1F); width = 2 }
            else if b & 0xF0 == 0xE0 { v = UInt32(b & 0x0F); width = 3 }
            else { v = UInt32(b & 0x07); width = 4 }
            var k = 1
            while k < width, i + k < n { v = v << 6 | UInt32(bytes[i + k] & 0x3F); k += 1 }
            let to = min(i + width, n)
            if v < 0x2000 {
                let f = foldTable[Int(v)]
                if f >= 97 { out.letter(f, i, to) }
                else if f == 1 {
                    // A combining mark (NFD text) belongs to the letter before it.
                    out.mark(to)
                } else if v == 0xA0 { out.blank(newLine: false) }
                else { out.punct(0, i, to) }
            } else if (0x2010...0x2015).contains(v) || v == 0x2212 {
                out.punct(UInt8(ascii: "-"), i, to)
            } else if (0x2000...0x200B).contains(v) || v == 0x202F || v == 0x3000 || v == 0xFEFF {
                out.blank(newLine: false)
            } else if v == 0x2028 || v == 0x2029 {
                out.blank(newLine: true)
            } else {
                out.punct(0, i, to)
            }
            i = to
        }
        out.flush()
        return out.tokens
    }

    /// The token being built and the ones done; a struct so that the hot loop allocates
    /// nothing but the token array.
    private struct Builder {
        var tokens: [DeadlineToken] = []
        var current = DeadlineToken(kind: .punct, word: 0, value: 0, length: 0, start: 0, end: 0,
                                    spaceBefore: true, lineStart: true)
        var open = false
        var space = true
        var line = true

        @inline(__always) mutating func flush() {
            if open { tokens.append(current); open = false; space = false; line = false }
        }

        @inline(__always) mutating func letter(_ b: UInt8, _ from: Int, _ to: Int) {
            if open, current.kind == .word {
                if current.length < 8 { current.word = current.word << 8 | UInt64(b) }
                current.length += 1
                current.end = to
            } else {
                flush()
                current = DeadlineToken(kind: .word, word: UInt64(b), value: 0, length: 1, start: from,
                                        end: to, spaceBefore: space, lineStart: line)
                open = true
            }
        }

        @inline(__always) mutating func digit(_ b: UInt8, _ at: Int) {
            if open, current.kind == .number {
                if current.length < 9 { current.value = current.value * 10 + Int(b - 48) }
                current.length += 1
                current.end = at + 1
            } else {
                flush()
                current = DeadlineToken(kind: .number, word: 0, value: Int(b - 48), length: 1, start: at,
                                        end: at + 1, spaceBefore: space, lineStart: line)
                open = true
            }
        }

        /// A combining mark (NFD text) belongs to the letter before it.
        @inline(__always) mutating func mark(_ to: Int) {
            if open, current.kind == .word { current.end = to }
        }

        @inline(__always) mutating func punct(_ b: UInt8, _ from: Int, _ to: Int) {
            flush()
            tokens.append(DeadlineToken(kind: .punct, word: UInt64(b), value: 0, length: 1, start: from,
                                        end: to, spaceBefore: space, lineStart: line))
            space = false
            line = false
        }

        @inline(__always) mutating func blank(newLine: Bool) {
            flush()
            space = true
            if newLine { line = true }
        }
    }

    /// The index of the `>` closing an HTML tag that opens at `from`, when it looks like one.
    static func tagEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from + 2 < bytes.count else { return nil }
        let next = bytes[from + 1] | 0x20
        guard (next >= 97 && next <= 122) || bytes[from + 1] == UInt8(ascii: "/") else { return nil }
        var j = from + 1
        let limit = min(bytes.count, from + 300)
        while j < limit {
            if bytes[j] == UInt8(ascii: ">") { return j }
            if bytes[j] == UInt8(ascii: "<") { return nil }
            j += 1
        }
        return nil
    }

    /// For every scalar below U+2000: its folded ASCII letter, 1 for a combining mark, 0 for
    /// anything else. Built once from `VietnameseText.fold`, so both folds always agree.
    static let foldTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x2000)
        for v in 0x80..<0x2000 {
            if (0x0300...0x036F).contains(v) { table[v] = 1; continue }
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let folded = VietnameseText.fold(String(Character(scalar))).utf8
            if folded.count == 1, let f = folded.first, f >= 97, f <= 122 { table[v] = f }
        }
        return table
    }()
}
