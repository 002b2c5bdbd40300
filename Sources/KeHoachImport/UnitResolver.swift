import KeHoach

/// Reads a unit cell ("Các ban, ngành xã; Các cơ quan, đơn vị có liên quan, các thôn") into
/// units of a directory by their aliases, and proposes a new unit for each name it does not
/// know rather than guessing.
///
/// A cell may name several units separated by ",", ";", "và", line breaks or "- " bullets; a
/// name may itself hold commas ("Các cơ quan, đơn vị có liên quan") or a dash ("Phòng Văn hóa -
/// Xã hội"). The resolver therefore matches the longest known name at each place, case-
/// insensitively, and only what no known name covers becomes a proposal (up to the next ";",
/// line break or line-opening bullet: a dash inside a line never splits a name).
///
/// Accents are folded only where the text has none: a cell typed with diacritics matches a
/// name with diacritics as spelled ("Các ban, ngành xã" is not "Các bản"), tone-mark placement
/// aside; a cell typed without any ("cac ban nganh xa") or a name written without any ("VP-TK")
/// matches on the folded words. A parenthesis after a unit ("(theo dõi Lao động, Thương binh và
/// Xã hội)") qualifies it and is not a unit; a leftover of generic words only ("ngành", "các")
/// is not proposed either (``Resolution/ignored``).
public struct UnitResolver: Sendable {
    /// The units known: the plan's, a units file's or the starter directory's.
    public private(set) var units: [Unit]
    /// Units proposed for names nothing matched, in order of first sight.
    public private(set) var proposed: [Unit] = []
    private var names: [(words: [String], spelled: [String]?, unit: Int)] = []

    /// A resolver over `units`.
    public init(units: [Unit]) {
        self.units = units
        for (index, unit) in units.enumerated() { register(unit, index) }
    }

    private mutating func register(_ unit: Unit, _ index: Int) {
        for name in [unit.name] + unit.aliases {
            let words = VietnameseText.words(name)
            let spelled = UnitSpelling.hasDiacritics(name) ? UnitToken.split(name).map(\.spelled) : nil
            if !words.isEmpty { names.append((words, spelled?.count == words.count ? spelled : nil, index)) }
        }
        names.sort { $0.words.count > $1.words.count }
    }

    /// The result of reading one cell.
    public struct Resolution: Hashable, Sendable {
        /// Ids of the units named, in order, without repeats.
        public var ids: [String] = []
        /// Names matched to a known unit.
        public var matched: [String] = []
        /// Names that matched nothing and were proposed as new units.
        public var unknown: [String] = []
        /// Words left over that name no unit ("ngành" after a name, a parenthesised remark):
        /// kept in the cell's text, never proposed as units.
        public var ignored: [String] = []
    }

    /// Reads `cell`; unknown names become proposed units (with ids added to ``units`` so later
    /// cells naming them again match them).
    public mutating func resolve(_ cell: String) -> Resolution {
        var result = Resolution()
        let tokens = UnitToken.split(cell)
        let accented = UnitSpelling.hasDiacritics(cell)
        var i = 0
        var afterUnit = false
        func add(_ id: String) { if !result.ids.contains(id) { result.ids.append(id) } }
        while i < tokens.count {
            if tokens[i].word == "va" || tokens[i].word == "cung" { i += 1; continue }
            if afterUnit, tokens[i].inParenthesis {
                // "(theo dõi Lao động, Thương binh và Xã hội)": a remark on the unit before it.
                var j = i + 1
                while j < tokens.count, tokens[j].inParenthesis, !tokens[j].opensParenthesis { j += 1 }
                result.ignored.append(UnitToken.text(tokens[i..<j], in: cell))
                i = j
                continue
            }
            if let (length, unit) = longestMatch(tokens, at: i, accented: accented) {
                add(units[unit].id)
                result.matched.append(UnitToken.text(tokens[i..<(i + length)], in: cell))
                i += length
                afterUnit = true
                continue
            }
            // Unknown: up to the next strong separator, or where a known name starts after a
            // comma or a "và" ("Các ban, ngành và các thôn": the villages are known).
            var j = i + 1
            while j < tokens.count, !tokens[j].strongBreak {
                let joined = ["va", "cung"].contains(tokens[j - 1].word)
                if tokens[j].breakBefore || joined, longestMatch(tokens, at: j, accented: accented) != nil { break }
                j += 1
            }
            var end = j
            if end - 1 > i, j < tokens.count, ["va", "cung"].contains(tokens[end - 1].word) { end -= 1 }
            let name = UnitToken.text(tokens[i..<end], in: cell)
            if end - i <= 2, tokens[i..<end].allSatisfy({ UnitResolver.generic.contains($0.word) }) {
                result.ignored.append(name)
            } else {
                let unit = propose(name)
                add(unit.id)
                result.unknown.append(name)
                afterUnit = true
            }
            i = j
        }
        return result
    }

    /// Words that alone name no unit: left over from a collective phrase ("ngành", "đoàn thể").
    static let generic: Set<String> = ["nganh", "doan", "the", "cac", "xa", "co", "lien", "quan", "khac", "phuong"]

    private func longestMatch(_ tokens: [UnitToken], at i: Int, accented: Bool) -> (Int, Int)? {
        guard i == 0 || tokens[i].breakBefore || ["va", "cung"].contains(tokens[i - 1].word) else { return nil }
        for (words, spelled, unit) in names where i + words.count <= tokens.count {
            let end = i + words.count
            guard end == tokens.count || tokens[end].breakBefore || tokens[end].word == "va" else { continue }
            if accented, let spelled {
                if zip(spelled, tokens[i..<end]).allSatisfy({ $0 == $1.spelled }) { return (words.count, unit) }
            } else if zip(words, tokens[i..<end]).allSatisfy({ $0 == $1.word }) {
                return (words.count, unit)
            }
        }
        return nil
    }

    /// An id for a new unit named `name`: its folded words joined by "-" ("hoi-nong-dan-xa"),
    /// numbered when `units` already has it.
    static func freshID(for name: String, among units: [Unit]) -> String {
        var base = VietnameseText.words(name).joined(separator: "-")
        if base.isEmpty { base = "don-vi" }
        var id = base, n = 2
        while units.contains(where: { $0.id == id }) { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    private mutating func propose(_ name: String) -> Unit {
        let id = UnitResolver.freshID(for: name, among: units)
        let lowered = VietnameseText.fold(name)
        let kind: Unit.Kind = lowered.hasPrefix("cac ") ? .group
            : (lowered.contains("huyen") || lowered.contains("tinh") || lowered.contains("tuyen tren")) ? .external : .department
        let unit = Unit(id: id, name: name, kind: kind)
        units.append(unit)
        proposed.append(unit)
        register(unit, units.count - 1)
        return unit
    }
}

/// A word of a unit cell with the separators before it.
struct UnitToken {
    var word: String
    /// The word as spelled (``UnitSpelling/exact(_:)``).
    var spelled: String
    var range: Range<String.Index>
    /// A separator (",", ";", "-", "(", line break, ...) stands before the word.
    var breakBefore: Bool
    /// A ";", line break or line-opening "- " bullet stands before the word: names never run
    /// across it. A dash inside a line ("Văn hóa - Xã hội", "HĐND-UBND") is a weak break only.
    var strongBreak: Bool
    /// The word stands inside parentheses.
    var inParenthesis = false
    /// A "(" stands right before the word.
    var opensParenthesis = false

    static func split(_ text: String) -> [UnitToken] {
        var tokens: [UnitToken] = []
        var start: String.Index?
        var sawBreak = false, sawStrong = false, sawOpen = false
        var depth = 0
        var lineStart = true
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            let word = VietnameseText.key(text[s..<end])
            if !word.isEmpty {
                tokens.append(UnitToken(word: word, spelled: UnitSpelling.exact(text[s..<end]), range: s..<end,
                                        breakBefore: sawBreak || tokens.isEmpty, strongBreak: sawStrong,
                                        inParenthesis: depth > 0, opensParenthesis: sawOpen))
                lineStart = false
            }
            start = nil
            sawBreak = false
            sawStrong = false
            sawOpen = false
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else {
                flush(index)
                if !c.isWhitespace, c != "." { sawBreak = true }
                if c == ";" || c == "\n" || c == "\r\n" || c == "+" { sawStrong = true; sawBreak = true }
                if c == "\n" || c == "\r\n" || c == ";" { lineStart = true }
                if c == "(" { depth += 1; sawOpen = true }
                if c == ")" { depth = max(0, depth - 1) }
                if (c == "-" || c == "–"), lineStart { sawStrong = true }
            }
            index = text.index(after: index)
        }
        flush(text.endIndex)
        return tokens
    }

    static func text(_ tokens: ArraySlice<UnitToken>, in cell: String) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        var end = last.range.upperBound
        // Keep a closing parenthesis that ends the name: "(theo dõi ...)".
        if end < cell.endIndex, cell[end] == ")" { end = cell.index(after: end) }
        var startIndex = first.range.lowerBound
        if startIndex > cell.startIndex, cell[cell.index(before: startIndex)] == "(" { startIndex = cell.index(before: startIndex) }
        return String(cell[startIndex..<end])
    }
}
