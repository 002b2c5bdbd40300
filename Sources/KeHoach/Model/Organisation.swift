/// A body that issues plans and owns units: a commune, ward, district, province or one of its
/// departments, with a stable code.
///
/// A store holds a province, not one commune: every commune numbers its first plan of the year
/// "01/KH-UBND" and has its own "Văn phòng - Thống kê". The organisation tells them apart, and
/// its ``code`` is the first part of every id that leaves the store (``Plan/key``).
public struct Organisation: Codable, Hashable, Sendable {
    /// The stable code: the administrative unit code ("mã đơn vị hành chính", e.g. "12010") or a
    /// code the administrator gives, else one derived from the name ("xa-da-loc"). Letters,
    /// digits, '-', '.' and '_' only, so that it can stand in ids and journal fields.
    public var code: String
    /// The name shown to people, with diacritics: "Xã Đa Lộc", "Tỉnh Hưng Yên".
    public var name: String
    /// What sort of body it is.
    public var kind: Kind
    /// The code of the organisation above it (the province of a commune), if known.
    public var parent: String?

    /// The sorts of organisation that issue plans.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// Xã.
        case commune
        /// Phường.
        case ward
        /// Thị trấn (before 1/7/2025).
        case town
        /// Huyện, quận, thị xã, thành phố thuộc tỉnh (before 1/7/2025).
        case district
        /// Tỉnh or thành phố trực thuộc trung ương.
        case province
        /// A department or agency (Sở, Ban, Văn phòng).
        case department
        /// Anything else.
        case other
    }

    /// An organisation from its parts.
    public init(code: String, name: String, kind: Kind = .commune, parent: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent = parent
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .commune
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
    }

    /// Whether `code` can stand in ids and journal field values: 1 to 64 ASCII letters, digits,
    /// '-', '.' or '_', starting with a letter or digit.
    public static func isValidCode(_ code: String) -> Bool {
        guard let first = code.utf8.first, code.utf8.count <= 64, isCodeByte(first), first != 45,
              first != 46, first != 95 else { return false }
        return code.utf8.allSatisfy(isCodeByte)
    }

    private static func isCodeByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 46 || b == 95
    }

    /// The code derived from a name: its folded words joined by '-' ("Xã Đa Lộc" gives
    /// "xa-da-loc"), so that the same name always gives the same code.
    public static func code(forName name: String) -> String {
        let code = VietnameseText.words(name).joined(separator: "-")
        return code.isEmpty ? "to-chuc" : code
    }
}

extension Organisation {
    /// The organisation a plan's issuer names, when the plan says no more: "UBND xã Đa Lộc" is
    /// the commune "Xã Đa Lộc" (code "xa-da-loc"), whose parent is the plan's province.
    ///
    /// The People's Committee ("UBND", "Ủy ban nhân dân") is the commune's executive, not another
    /// organisation: it is dropped from the name. An issuer whose kind word is not recognised
    /// keeps its whole text as the name, kind ``Kind/other``.
    public static func derived(issuer: String, province: String?) -> Organisation {
        let name = bodyName(issuer)
        let parent = province.flatMap { p -> String? in
            let trimmed = p.trimmingSpaces
            return trimmed.isEmpty ? nil : provinceOf(trimmed).code
        }
        let derivedKind = kind(of: name)
        return Organisation(code: code(forName: name), name: name, kind: derivedKind,
                            parent: derivedKind == .province ? nil : parent)
    }

    /// The province organisation named `province` ("Hưng Yên" or "tỉnh Hưng Yên"): code
    /// "tinh-hung-yen", name "Tỉnh Hưng Yên".
    public static func provinceOf(_ province: String) -> Organisation {
        let words = VietnameseText.words(province)
        let hasKind = words.first == "tinh" || (words.first == "thanh" && words.dropFirst().first == "pho")
        let name = hasKind ? capitalisedFirst(province.trimmingSpaces) : "Tỉnh " + province.trimmingSpaces
        return Organisation(code: code(forName: name), name: name, kind: .province)
    }

    /// The issuer without the People's Committee words, first letter capitalised.
    static func bodyName(_ issuer: String) -> String {
        let tokens = issuer.split(whereSeparator: \.isWhitespace)
        let words = VietnameseText.words(issuer)
        let committee = words.starts(with: ["uy", "ban", "nhan", "dan"]) ? 4 : (words.first == "ubnd" ? 1 : 0)
        let rest = tokens.dropFirst(committee).joined(separator: " ")
        return rest.isEmpty ? issuer.trimmingSpaces : capitalisedFirst(rest)
    }

    /// The kind named by the first word(s) of a body's name ("Xã Đa Lộc" is a commune).
    public static func kind(ofName name: String) -> Kind { kind(of: name) }

    /// The kind named by the first word(s) of a body's name.
    static func kind(of name: String) -> Kind {
        let words = VietnameseText.words(name)
        switch words.first {
        case "xa": return .commune
        case "phuong": return .ward
        case "thi": return words.dropFirst().first == "tran" ? .town : (words.dropFirst().first == "xa" ? .district : .other)
        case "huyen", "quan": return .district
        case "tinh": return .province
        case "thanh": return words.dropFirst().first == "pho" ? .province : .other
        case "so", "ban", "van": return .department
        default: return .other
        }
    }

    private static func capitalisedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension String {
    /// The text without leading and trailing white space (no Foundation in the core).
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
