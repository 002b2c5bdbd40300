/// Base64 (RFC 4648) for e-mail bodies and encoded words: the core has no Foundation.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` in base64, padded, on one line.
    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `bytes` in base64 cut into lines of 76 characters joined by CRLF (MIME).
    public static func lines(_ bytes: [UInt8]) -> String {
        let encoded = Array(encode(bytes).utf8)
        var parts: [String] = []
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            parts.append(String(decoding: encoded[start..<end], as: UTF8.self))
            start = end
        }
        return parts.joined(separator: "\r\n")
    }
}
