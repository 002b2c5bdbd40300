/// JSON string literals written by hand, for the places that write JSON without an encoder
/// (the deadline contract, the store's list columns, the CLI's JSON lines).
///
/// Quotes, backslashes and control characters are escaped; everything else, Vietnamese letters
/// included, stays UTF-8 so that a person reading the JSON sees the words.
public enum JSONString {
    /// `value` as a JSON string literal, quotes included.
    public static func quote(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// Appends `value` as a JSON string literal to `out`.
    public static func append(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
