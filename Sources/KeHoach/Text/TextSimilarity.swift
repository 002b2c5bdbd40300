/// How alike two identifiers or names are, for "có phải '...'?" suggestions.
///
/// Used wherever a typed key matches nothing (unit names, plan numbers, occurrence ids): the
/// closest candidate is suggested, never taken in its place.
public enum TextSimilarity {
    /// Similarity in [0, 1]: 1 for equal texts; a text that is a prefix of the other scores 0.9,
    /// since people type the start of a name; otherwise one minus the edit distance over the
    /// longer length (on UTF-8 bytes).
    public static func score(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        if !a.isEmpty, b.hasPrefix(a) || a.hasPrefix(b) { return 0.9 }
        let x = Array(a.utf8), y = Array(b.utf8)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(max(x.count, y.count))
    }

    /// The candidate most like `text`, when one scores at least `threshold`.
    public static func closest(to text: String, among candidates: some Sequence<String>, threshold: Double = 0.5) -> String? {
        var best: (text: String, score: Double)?
        for candidate in candidates {
            let s = score(text, candidate)
            if s >= threshold, s > (best?.score ?? 0) { best = (candidate, s) }
        }
        return best?.text
    }
}
