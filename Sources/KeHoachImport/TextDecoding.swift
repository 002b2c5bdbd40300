import Foundation
import KeHoach

/// Turns the bytes of a table file into text: UTF-8 (with or without BOM), UTF-16 (Excel's
/// "Unicode Text", with its BOM, or without one when every other byte is zero), or
/// Windows-1258, the code page of older Vietnamese Windows, converted. Anything else
/// (TCVN3/ABC, VNI, binary data) is refused with a Vietnamese message naming the line, never
/// read as garbage.
public enum TextDecoding {
    /// The text of `data`, and the encoding it was read as ("UTF-8", "UTF-16", "Windows-1258").
    public static func decode(_ data: Data, file: String) throws(KeHoachError) -> (text: String, encoding: String) {
        var bytes = [UInt8](data)
        if let text = utf16(bytes) { return (text, "UTF-16") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let line = binaryLine(bytes) {
            throw .invalidLine(file: file, line: line, value: "dữ liệu nhị phân",
                               expected: "văn bản dạng bảng (TSV/CSV, mã UTF-8)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, "UTF-8")
        }
        if let text = windows1258(bytes) {
            return (text.precomposedStringWithCanonicalMapping, "Windows-1258")
        }
        let line = firstInvalidUTF8Line(bytes)
        throw .invalidLine(file: file, line: line, value: "mã ký tự không đọc được",
                           expected: "tệp lưu ở mã UTF-8 hoặc Windows-1258; tệp mã TCVN3 (ABC) hay VNI hãy mở bằng Excel rồi lưu lại dạng \"CSV UTF-8\"")
    }

    /// The text of UTF-16 bytes: a BOM (FF FE little-endian, FE FF big-endian), or, without
    /// one, NUL in every odd (little-endian) or even (big-endian) byte of the first line. Nil for
    /// other bytes, or when the units are not valid UTF-16.
    static func utf16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        var littleEndian: Bool
        var start = 0
        if bytes[0] == 0xFF, bytes[1] == 0xFE { littleEndian = true; start = 2 }
        else if bytes[0] == 0xFE, bytes[1] == 0xFF { littleEndian = false; start = 2 }
        else {
            let sample = bytes.prefix(200)
            guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
            let pairs = sample.count / 2
            let oddZeros = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            let evenZeros = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
            if oddZeros * 10 >= pairs * 6, evenZeros == 0 { littleEndian = true }
            else if evenZeros * 10 >= pairs * 6, oddZeros == 0 { littleEndian = false }
            else { return nil }
        }
        guard (bytes.count - start) % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { return nil }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The 1-based line of the first NUL or other control byte that text files do not hold, or nil.
    static func binaryLine(_ bytes: [UInt8]) -> Int? {
        var line = 1
        for byte in bytes {
            if byte == 10 { line += 1; continue }
            if byte < 32, byte != 9, byte != 13, byte != 12 { return line }
        }
        return nil
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 10 {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// The text of Windows-1258 bytes, or nil when the high bytes do not read as Vietnamese:
    /// every non-ASCII character must be a Vietnamese letter, a tone mark right after a vowel,
    /// or common punctuation (TCVN3 and VNI bytes give "Ö", "µ", "ª" or stray marks instead).
    static func windows1258(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for byte in bytes {
            guard byte >= 0x80 else {
                previous = Unicode.Scalar(byte)
                scalars.append(previous)
                continue
            }
            let value = cp1258High[Int(byte - 0x80)]
            guard let scalar = Unicode.Scalar(value) else { return nil }
            if toneMarks.contains(value) {
                guard vowels.unicodeScalars.contains(previous) else { return nil }
            } else if !vietnameseHigh.unicodeScalars.contains(scalar) {
                return nil
            }
            previous = scalar
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
    static let vowels = "aeiouyAEIOUYâêôơưăÂÊÔƠƯĂ"
    static let vietnameseHigh = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđƠơƯư“”‘’–—…•€₫\u{00A0}"

    /// Windows-1258 bytes 0x80...0xFF as Unicode scalars (0xFFFD: unassigned).
    static let cp1258High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178,
        0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
        0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
        0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
        0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
        0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
        0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
        0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
        0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
        0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
    ]
}
