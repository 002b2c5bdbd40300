import KeHoach

/// JSON text for the plan header's string lists (indices, recipients, notes), without Foundation.
///
/// The columns hold a JSON array of strings so SQLite's `json_each` can query them and a person
/// reading the file with `sqlite3` sees them plainly; Vietnamese text is written as UTF-8, not
/// escaped.
enum JSONList {
    /// `["PAPI","SIPAS"]`: quotes, backslashes and control characters escaped.
    static func encode(_ values: [String]) -> String {
        var out = "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            JSONString.append(value, to: &out)
        }
        return out + "]"
    }

    /// The strings of a JSON array of strings, or nil when `text` is not one.
    static func decode(_ text: String) -> [String]? {
        var parser = Parser(scalars: Array(text.unicodeScalars))
        return parser.array()
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        mutating func array() -> [String]? {
            skipSpace()
            guard take("[") else { return nil }
            var values: [String] = []
            skipSpace()
            if take("]") { return end(values) }
            while true {
                skipSpace()
                guard let value = string() else { return nil }
                values.append(value)
                skipSpace()
                if take("]") { return end(values) }
                guard take(",") else { return nil }
            }
        }

        mutating func string() -> String? {
            guard take("\"") else { return nil }
            var out = String.UnicodeScalarView()
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"": return String(out)
                case "\\":
                    guard index < scalars.count else { return nil }
                    let escape = scalars[index]
                    index += 1
                    switch escape {
                    case "\"", "\\", "/": out.append(escape)
                    case "b": out.append("\u{08}")
                    case "f": out.append("\u{0C}")
                    case "n": out.append("\n")
                    case "r": out.append("\r")
                    case "t": out.append("\t")
                    case "u":
                        guard var code = hex4() else { return nil }
                        if (0xD800..<0xDC00).contains(code), take("\\"), take("u"), let low = hex4(),
                           (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let decoded = Unicode.Scalar(code) else { return nil }
                        out.append(decoded)
                    default: return nil
                    }
                default: out.append(scalar)
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= scalars.count,
                  let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
            else { return nil }
            index += 4
            return value
        }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
        }

        /// `values` when only whitespace follows the closing bracket.
        mutating func end(_ values: [String]) -> [String]? {
            skipSpace()
            return index == scalars.count ? values : nil
        }
    }
}
