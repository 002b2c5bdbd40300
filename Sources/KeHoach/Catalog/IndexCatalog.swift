/// One heading of a governance index: a dimension ("PAPI.1") or one of its components
/// ("PAPI.1.a"), in Vietnamese and English.
public struct IndexCatalogEntry: Hashable, Sendable {
    /// A stable code: the index prefix, the dimension number, then the component letter
    /// ("PAPI.2", "PAPI.2.c", "SIPAS.1", "PAR.3").
    public let code: String
    /// The heading as the index publishes it in Vietnamese.
    public let vietnamese: String
    /// The heading as the index publishes it in English.
    public let english: String
    /// The code of the dimension a component belongs to; nil for a dimension.
    public let parent: String?
    /// Other wordings plans use for this heading ("Công khai, minh bạch trong hoạch định chính
    /// sách" for PAPI.2), matched like ``vietnamese``.
    public let aliases: [String]

    /// An entry; `aliases` are the other wordings seen in plans.
    public init(code: String, vietnamese: String, english: String, parent: String? = nil,
                aliases: [String] = []) {
        self.code = code
        self.vietnamese = vietnamese
        self.english = english
        self.parent = parent
        self.aliases = aliases
    }

    /// True for a component (an entry with a parent dimension).
    public var isComponent: Bool { parent != nil }
}

/// The headings of one governance index (PAPI, SIPAS or PAR INDEX), so that a plan's
/// dimension headings can be tied to the index they serve.
///
/// Plans write the same heading in many ways ('Nội dung “Tham gia của người dân ở cấp cơ sở”',
/// "Tham gia của người dân", "1. Tham gia của người dân"); ``match(heading:)`` finds the entry
/// accent-insensitively and returns nil for a heading the index does not have: plans may group
/// tasks under headings of their own, and those are never forced onto a catalog entry.
public struct IndexCatalog: Sendable {
    /// The index name as plans write it in ``Plan/indices``: "PAPI", "SIPAS", "PAR INDEX".
    public let index: String
    /// Every dimension, each followed by its components, in the index's order.
    public let entries: [IndexCatalogEntry]

    /// A catalog of `entries` for the index named `index`.
    public init(index: String, entries: [IndexCatalogEntry]) {
        self.index = index
        self.entries = entries
    }

    /// The three catalogs kehoach ships, in the order PAPI, SIPAS, PAR INDEX.
    public static let all: [IndexCatalog] = [papi, sipas, parIndex]

    /// The catalog whose ``index`` equals `name` accent-, case- and punctuation-insensitively
    /// ("papi", "PAR INDEX", "par-index"), or nil.
    public static func named(_ name: String) -> IndexCatalog? {
        let key = VietnameseText.key(name)
        return all.first { VietnameseText.key($0.index) == key }
    }

    /// The entry with this code, or nil.
    public func entry(code: String) -> IndexCatalogEntry? {
        entries.first { $0.code == code }
    }

    /// The dimensions (entries without a parent), in order.
    public var dimensions: [IndexCatalogEntry] { entries.filter { $0.parent == nil } }

    /// The components of the dimension `code`, in order.
    public func components(of code: String) -> [IndexCatalogEntry] {
        entries.filter { $0.parent == code }
    }

    /// The entry a plan heading names, or nil when the index has no such heading.
    ///
    /// The heading is folded (``VietnameseText/words(_:)``); leading numbering ("I", "1.1.",
    /// "a)") and framing words ("Nội dung", "Chỉ số nội dung", "Nội dung thành phần", "Lĩnh vực",
    /// "Đối với nội dung") are dropped. A name matches when its words equal the heading's, or when
    /// one is a prefix of the other and both have at least three words ("Tham gia của người dân"
    /// names "Tham gia của người dân ở cấp cơ sở"; "Chất lượng bầu cử trưởng thôn, tổ trưởng dân
    /// phố" names "Chất lượng bầu cử"). An exact match wins over a prefix match, then the longer
    /// shared wording, then document order.
    public func match(heading: String) -> IndexCatalogEntry? {
        let words = IndexCatalog.headingWords(heading)
        guard !words.isEmpty else { return nil }
        var best: (entry: IndexCatalogEntry, score: Int)?
        for entry in entries {
            for name in [entry.vietnamese] + entry.aliases {
                let candidate = IndexCatalog.headingWords(name)
                guard let score = IndexCatalog.score(words, candidate) else { continue }
                if score > (best?.score ?? 0) { best = (entry, score) }
            }
        }
        return best?.entry
    }

    /// How well heading words `h` match name words `n`: nil for no match; exact matches score
    /// above every prefix match; longer shared wording scores higher.
    static func score(_ h: [String], _ n: [String]) -> Int? {
        if h == n { return 1000 + n.count }
        let shorter = min(h.count, n.count)
        guard shorter >= minimumPrefixWords, h.prefix(shorter) == n.prefix(shorter) else { return nil }
        return shorter
    }

    /// The fewest words a prefix match must share: "Công khai" alone names nothing.
    static let minimumPrefixWords = 3

    /// The folded words of a heading without its numbering and framing words.
    static func headingWords(_ heading: String) -> [String] {
        var words = VietnameseText.words(heading)[...]
        var changed = true
        while changed, let first = words.first {
            changed = false
            if isNumbering(first) {
                words = words.dropFirst()
                changed = true
                continue
            }
            for frame in framingPhrases where words.starts(with: frame) {
                words = words.dropFirst(frame.count)
                changed = true
                break
            }
        }
        return Array(words)
    }

    /// Roman or arabic numerals and letter item marks "a" to "h" ("đ" folds to "d"); not "y",
    /// which is the first word of "Y tế công lập".
    private static func isNumbering(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if word.count == 1, let letter = word.first, ("a"..."h").contains(letter) { return true }
        return romanNumerals.contains(word)
    }

    private static let romanNumerals: Set<String> = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ]

    /// Words plans put before a heading; the longest listed first.
    private static let framingPhrases: [[String]] = [
        "doi voi noi dung", "chi so noi dung", "noi dung thanh phan", "tieu chi thanh phan",
        "noi dung", "chi so", "linh vuc", "tieu chi",
    ].map { $0.split(separator: " ").map(String.init) }
}
