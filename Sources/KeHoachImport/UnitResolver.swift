import KeHoach

/// Reads a unit cell ("Các ban, ngành xã; Các cơ quan, đơn vị có liên quan, các thôn") into
/// units of a directory by their aliases, and proposes a new unit for each name it does not
/// know rather than guessing.
///
/// A cell may name several units separated by ",", ";", "và", line breaks or "- " bullets; a
/// name may itself hold commas ("Các cơ quan, đơn vị có liên quan"). The resolver therefore
/// matches the longest known name at each place, accent- and case-insensitively, and only
/// what no known name covers becomes a proposal (up to the next ";", line break or bullet).
public struct UnitResolver: Sendable {
    /// The units known: the plan's, a units file's or the starter directory's.
    public private(set) var units: [Unit]
    /// Units proposed for names nothing matched, in order of first sight.
    public private(set) var proposed: [Unit] = []
    private var names: [(words: [String], unit: Int)] = []

    /// A resolver over `units`.
    public init(units: [Unit]) {
        self.units = units
        for (index, unit) in units.enumerated() { register(unit, index) }
    }

    private mutating func register(_ unit: Unit, _ index: Int) {
        for name in [unit.name] + unit.aliases {
            let words = VietnameseText.words(name)
            if !words.isEmpty { names.append((words, index)) }
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
    }

    /// Reads `cell`; unknown names become proposed units (with ids added to ``units`` so later
    /// cells naming them again match them).
    public mutating func resolve(_ cell: String) -> Resolution {
        var result = Resolution()
        let tokens = UnitToken.split(cell)
        var i = 0
        func add(_ id: String) { if !result.ids.contains(id) { result.ids.append(id) } }
        while i < tokens.count {
            if tokens[i].word == "va" || tokens[i].word == "cung" { i += 1; continue }
            if let (length, unit) = longestMatch(tokens, at: i) {
                add(units[unit].id)
                result.matched.append(UnitToken.text(tokens[i..<(i + length)], in: cell))
                i += length
                continue
            }
            // Unknown: up to the next strong separator, or where a known name starts after a comma.
            var j = i + 1
            while j < tokens.count, !tokens[j].strongBreak {
                if tokens[j].breakBefore, longestMatch(tokens, at: j) != nil { break }
                j += 1
            }
            let name = UnitToken.text(tokens[i..<j], in: cell)
            let unit = propose(name)
            add(unit.id)
            result.unknown.append(name)
            i = j
        }
        return result
    }

    private func longestMatch(_ tokens: [UnitToken], at i: Int) -> (Int, Int)? {
        guard i == 0 || tokens[i].breakBefore || ["va", "cung"].contains(tokens[i - 1].word) else { return nil }
        for (words, unit) in names where i + words.count <= tokens.count {
            let end = i + words.count
            guard end == tokens.count || tokens[end].breakBefore || tokens[end].word == "va" else { continue }
            if zip(words, tokens[i..<end]).allSatisfy({ $0 == $1.word }) { return (words.count, unit) }
        }
        return nil
    }

    private mutating func propose(_ name: String) -> Unit {
        var base = VietnameseText.words(name).joined(separator: "-")
        if base.isEmpty { base = "don-vi" }
        var id = base, n = 2
        while units.contains(where: { $0.id == id }) { id = "\(base)-\(n)"; n += 1 }
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
    var range: Range<String.Index>
    /// A separator (",", ";", "-", "(", line break, ...) stands before the word.
    var breakBefore: Bool
    /// A ";", line break or "- " bullet stands before the word: names never run across it.
    var strongBreak: Bool

    static func split(_ text: String) -> [UnitToken] {
        var tokens: [UnitToken] = []
        var start: String.Index?
        var sawBreak = false, sawStrong = false
        var index = text.startIndex
        func flush(_ end: String.Index) {
            guard let s = start else { return }
            let word = VietnameseText.key(text[s..<end])
            if !word.isEmpty {
                tokens.append(UnitToken(word: word, range: s..<end, breakBefore: sawBreak || tokens.isEmpty,
                                        strongBreak: sawStrong))
            }
            start = nil
            sawBreak = false
            sawStrong = false
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else {
                flush(index)
                if !c.isWhitespace, c != "." { sawBreak = true }
                if c == ";" || c == "\n" || c == "\r\n" || c == "+" { sawStrong = true; sawBreak = true }
                if c == "-" || c == "–" {
                    // "HĐND-UBND" joins words of one name; " - " separates names.
                    let before = index > text.startIndex ? text[text.index(before: index)] : " "
                    if before.isWhitespace || tokens.isEmpty { sawStrong = true }
                }
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
