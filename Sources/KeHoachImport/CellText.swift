/// The text of one table cell as paragraphs: HTML-ish fragments of extracted Word tables
/// (`<p>`, `</p>`, `<ul …>`, `<i>`, `<br>`) removed, each paragraph trimmed.
///
/// A Word cell holds paragraphs; an extraction writes them as `<p>…</p>` or as lines. A cell
/// continued after a page break carries on its last paragraph (joined with a space) unless the
/// continuation opens a new `- ` item. These rules are those of `examples/README.md`.
public struct CellText: Hashable, Sendable {
    /// The paragraphs, trimmed, none empty.
    public private(set) var paragraphs: [String]

    /// The paragraphs of a raw cell: `<p>` and `<ul>` open a paragraph, `</p>`, `<br>` and
    /// line breaks close one, other tags vanish, runs of spaces collapse.
    public init(raw: String) {
        var paragraphs: [String] = []
        var current = ""
        func close() {
            let trimmed = CellText.collapse(current)
            if !trimmed.isEmpty { paragraphs.append(trimmed) }
            current = ""
        }
        var index = raw.startIndex
        while index < raw.endIndex {
            let character = raw[index]
            if character == "<", let end = raw[index...].firstIndex(of: ">"),
               let name = CellText.tagName(raw[raw.index(after: index)..<end]) {
                switch name {
                case "p", "/p", "ul", "/ul", "li", "/li", "br", "br/", "div", "/div": close()
                default: break
                }
                index = raw.index(after: end)
                continue
            }
            if character == "\n" || character == "\r\n" || character == "\r" { close() } else { current.append(character) }
            index = raw.index(after: index)
        }
        close()
        self.paragraphs = paragraphs
    }

    /// A cell of the given paragraphs.
    public init(paragraphs: [String]) {
        self.paragraphs = paragraphs.map(CellText.collapse).filter { !$0.isEmpty }
    }

    /// True when the cell holds no text.
    public var isEmpty: Bool { paragraphs.isEmpty }

    /// The paragraphs joined with line breaks: the text kept in a plan.
    public var text: String { paragraphs.joined(separator: "\n") }

    /// Appends the continuation of this cell after a page break: a continuation that opens a
    /// `- ` item starts a new paragraph, anything else carries on the last paragraph with a
    /// space. A word repeated across the break ("nhiệm vụ" + "vụ được") is kept once.
    public mutating func append(continuation other: CellText) {
        guard var first = other.paragraphs.first else { return }
        guard let last = paragraphs.last else {
            paragraphs = other.paragraphs
            return
        }
        if CellText.opensItem(first) {
            paragraphs.append(contentsOf: other.paragraphs)
            return
        }
        if let lastWord = last.split(separator: " ").last,
           let firstWord = first.split(separator: " ", maxSplits: 1).first,
           lastWord.lowercased() == firstWord.lowercased(), lastWord.count > 1 {
            first = String(first.dropFirst(firstWord.count)).trimmingSpaces
        }
        paragraphs[paragraphs.count - 1] = first.isEmpty ? last : last + " " + first
        paragraphs.append(contentsOf: other.paragraphs.dropFirst())
    }

    /// The items of an output cell ("Sản phẩm đầu ra", "Kết quả"): one per paragraph or `- `
    /// bullet; a cell with a single item is split at ";" (never at commas). Leading bullets
    /// and trailing ";" are dropped.
    public var items: [String] {
        var items: [String] = []
        for paragraph in paragraphs {
            items.append(contentsOf: CellText.bullets(paragraph))
        }
        if items.count == 1 {
            items = items[0].split(separator: ";").map { String($0).trimmingSpaces }
        }
        return items.map(CellText.stripItem).filter { !$0.isEmpty }
    }

    /// True when a paragraph opens a list item: "- ", "+ ", "• ".
    static func opensItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "-–+•".contains(first)
    }

    /// A paragraph split at " - " bullets: "- A. - B" gives "A." and "B".
    static func bullets(_ paragraph: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(paragraph)
        if opensItem(paragraph) { rest = rest.dropFirst() }
        while let range = rest.range(of: " - ") {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }

    static func stripItem(_ item: String) -> String {
        var text = Substring(item.trimmingSpaces)
        while let first = text.first, "-–+•".contains(first) { text = text.dropFirst() }
        while let last = text.last, last == ";" || last == " " { text = text.dropLast() }
        return String(text).trimmingSpaces
    }

    static func tagName(_ inner: Substring) -> String? {
        let name = inner.prefix { !$0.isWhitespace }.lowercased()
        let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
        let letters = bare.hasSuffix("/") ? String(bare.dropLast()) : bare
        guard !letters.isEmpty, letters.count <= 10, letters.allSatisfy({ $0.isASCII && $0.isLetter || $0.isNumber }) else {
            return nil
        }
        return name
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text {
            if character.isWhitespace {
                space = true
            } else {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            }
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
