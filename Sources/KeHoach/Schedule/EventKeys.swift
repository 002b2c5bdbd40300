/// Event keys proposed from the words of a deadline cell, for a person to accept or change.
///
/// An event-triggered task ("Sau khi được UBND tỉnh phê duyệt") only gets occurrences when an
/// event with the key it names is recorded. Keys are set by people: nothing is matched by guess
/// without being shown. ``propose(from:)`` turns the trigger into a short, readable, stable key
/// that the CLI and importers show beside the trigger as a suggestion.
public enum EventKeys {
    /// A key for `trigger`: its words accent-folded and lowercased, connective and time words
    /// dropped, at most ``maxWords`` kept, joined by "-". Deterministic; "su-kien" when no word
    /// is left.
    ///
    /// "Sau khi được UBND tỉnh phê duyệt" → "ubnd-tinh-phe-duyet";
    /// "Khi thực hiện bầu Trưởng thôn" → "bau-truong-thon".
    public static func propose(from trigger: String) -> String {
        var words = VietnameseText.words(trigger)
        // Phrases first, so that "kể từ" goes but "Tư pháp" stays.
        var kept: [String] = []
        var i = 0
        outer: while i < words.count {
            for phrase in stopPhrases where i + phrase.count <= words.count
                && Array(words[i..<i + phrase.count]) == phrase {
                i += phrase.count
                continue outer
            }
            let word = words[i]
            i += 1
            if stopWords.contains(word) || word.allSatisfy(\.isNumber) { continue }
            kept.append(word)
        }
        words = Array(kept.prefix(maxWords))
        return words.isEmpty ? "su-kien" : words.joined(separator: "-")
    }

    /// The most words a proposed key keeps.
    public static let maxWords = 12

    /// Word sequences that say when or how, not what ("thực hiện", "kể từ ngày", "chậm nhất là").
    static let stopPhrases: [[String]] = [
        ["ngay", "sau", "khi"], ["cham", "nhat", "la"], ["cham", "nhat"], ["ke", "tu", "ngay"], ["ke", "tu"],
        ["thuc", "hien"], ["lam", "viec"], ["trong", "vong"], ["neu", "co"], ["tro", "di"],
    ]

    /// Single connective, time and offset words ("sau", "khi", "được", "có", "của", "ngày");
    /// "từ" only within "kể từ", since folded it is also "Tư" of "Tư pháp".
    static let stopWords: Set<String> = [
        "sau", "khi", "duoc", "co", "cua", "cac", "nhung", "va", "voi", "tai", "theo", "cho", "da", "se",
        "bi", "la", "thi", "ngay", "truoc", "den", "hoac", "hay", "ve", "nay",
    ]
}
