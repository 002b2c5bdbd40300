/// Accent-, case- and spacing-insensitive forms of Vietnamese text, for matching only.
///
/// Text shown to people keeps its diacritics everywhere; these forms are keys. The fold is
/// table driven (no ICU, no Foundation): every precomposed Latin letter with diacritics maps to
/// its base letter, "đ" to "d", and combining marks (text that arrives decomposed, NFD) vanish.
public enum VietnameseText {
    /// Lowercase ASCII-folded text with runs of whitespace collapsed to one space and trimmed.
    ///
    /// "  Quý  IV/2022 " and "QUY IV/2022" fold to "quy iv/2022". Punctuation is kept.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var byte: UInt8
            if v < 0x80 {
                byte = UInt8(v)
                if byte >= 65, byte <= 90 { byte += 32 }
            } else if let base = baseLetter[v] {
                byte = base
            } else if (0x0300...0x036F).contains(v) {
                continue
            } else if isSpace(v) {
                byte = 32
            } else {
                if pendingSpace, !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(contentsOf: Array(String(scalar).lowercased().utf8))
                continue
            }
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(32) }
            pendingSpace = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The fold with every character that is not a letter or digit dropped, for names:
    /// "Tư pháp - Hộ tịch", "tu phap ho tich" and "TƯ PHÁP–HỘ TỊCH" share the key "tuphaphotich".
    public static func key(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.filter {
            ($0.value >= 97 && $0.value <= 122) || ($0.value >= 48 && $0.value <= 57)
                || ($0.value >= 0x80 && $0.properties.isAlphabetic)
        }))
    }

    /// The fold split into words at every character that is not a letter or digit.
    public static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in fold(text).unicodeScalars {
            if (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 48 && scalar.value <= 57)
                || (scalar.value >= 0x80 && scalar.properties.isAlphabetic) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isSpace(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x2007 || v == 0x202F || (0x2000...0x200B).contains(v) || v == 0x3000
            || v == 0x2028 || v == 0x2029 || v == 0xFEFF
    }

    private static let baseLetter: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base.utf8.first! }
        }
        return table
    }()

    private static let groups: [(String, String)] = [
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧḀḁẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặ"),
        ("d", "ĐđĎďḊḋḌḍḎḏḐḑḒḓ"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇȨȩḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİǏǐȈȉȊȋḬḭḮḯỈỉỊị"),
        ("o", "ÒÓÔÕÖòóôõöŌōŎŏŐőƠơǑǒǪǫǬǭȌȍȎȏȪȫȬȭȮȯȰȱṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ("y", "ÝýÿŶŷŸȲȳẎẏẙỲỳỴỵỶỷỸỹ"),
    ]
}
