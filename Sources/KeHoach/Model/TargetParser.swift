/// Reads a target cell ("chỉ tiêu") into ``TargetMeasure``s: metric, comparator and value.
///
/// Accent- and case-insensitive. The cell is cut into clauses (";", line ends, sentence ends,
/// bullets); in each, a figure is a measure when it is a share ("100% hồ sơ") or a comparator
/// word stands before it ("ít nhất 01 cuộc", "tối thiểu 90%", "trên 95%", "không quá 5%",
/// "dưới 5%", "đạt 92%") or "trở lên" / "trở xuống" after it. A share with no comparator, or with
/// one of "đạt", "phấn đấu", "đảm bảo", is a level to reach: ≥, and = for 100% (nothing lies above
/// a whole). "Không để xảy ra / phát sinh / tồn tại ..." is = 0 of what follows. The metric is
/// the words after the figure, or before it when none follow ("mức độ hài lòng ... đạt tối
/// thiểu 90%"). Dates, years and plan numbers are not figures. A change relative to something
/// else ("giảm 3% so với năm trước", "tăng tối thiểu 20%") and any other clause with a figure
/// that gives no measure are kept verbatim in ``Target/notUnderstood``: never guessed.
public enum TargetParser {
    /// The cell read; `text` is kept verbatim in the result.
    public static func parse(_ text: String) -> Target {
        let all = tokens(text)
        var measures: [TargetMeasure] = []
        var notUnderstood: [String] = []
        var clause: [Token] = []
        for token in all + [Token(kind: .separator, text: "", fold: "", range: text.endIndex..<text.endIndex)] {
            guard token.kind == .separator else { clause.append(token); continue }
            if !clause.isEmpty {
                let read = self.read(clause, in: text)
                measures += read.measures
                if read.flagged { notUnderstood.append(verbatim(clause[...], in: text)) }
            }
            clause = []
        }
        return Target(text: text, measures: measures, notUnderstood: notUnderstood)
    }

    /// A figure found in a clause: where its comparator words start, where it ends, and its meaning.
    private struct Figure {
        var leadStart: Int, end: Int
        var comparator: TargetMeasure.Comparator
        var value: Double, unit: String, per: String?
    }

    /// The measures of one clause and whether the clause must be flagged.
    private static func read(_ c: [Token], in text: String) -> (measures: [TargetMeasure], flagged: Bool) {
        var figures: [Figure] = []
        var flagged = false
        var k = 0
        while k < c.count {
            guard c[k].kind == .number, let value = c[k].value, !isDateOrYear(c, k) else { k += 1; continue }
            var j = k + 1, unit = "", per: String?
            if j < c.count, c[j].kind == .percent {
                unit = "%"; j += 1
            } else if j < c.count, c[j].kind == .word {
                let width = j + 1 < c.count && c[j + 1].kind == .word && twoWordUnits.contains(c[j].fold + " " + c[j + 1].fold) ? 2 : 1
                unit = String(text[c[j].range.lowerBound..<c[j + width - 1].range.upperBound]); j += width
            }
            let lead = leadIn(c, before: k)
            var trailing: TargetMeasure.Comparator?
            if j + 1 < c.count, c[j].fold == "tro", c[j + 1].fold == "len" || c[j + 1].fold == "xuong" {
                trailing = c[j + 1].fold == "len" ? .atLeast : .atMost; j += 2
            }
            if j + 1 < c.count, c[j].kind == .slash, c[j + 1].kind == .word, periodWords.contains(c[j + 1].fold) {
                per = String(c[j + 1].text); j += 2
            }
            let levelWord = k > 0 && ["muc", "hang", "bac"].contains(c[k - 1].fold)
            if lead.relative { flagged = true }
            guard !lead.relative, unit == "%" || lead.comparator != nil || lead.reach || trailing != nil else {
                if levelWord { flagged = true }
                k += 1; continue
            }
            var comparator = trailing ?? lead.comparator ?? .atLeast
            if trailing == nil, lead.comparator == nil, unit == "%", value == 100 { comparator = .equal }
            figures.append(Figure(leadStart: lead.start, end: j, comparator: comparator, value: value, unit: unit, per: per))
            k = j
        }
        var measures: [TargetMeasure] = []
        for (n, f) in figures.enumerated() {
            let afterEnd = n + 1 < figures.count ? figures[n + 1].leadStart : c.count
            var after = Array(c[f.end..<afterEnd])
            var per = f.per
            if per == nil, after.count >= 2, after[after.count - 2].kind == .slash, periodWords.contains(after[after.count - 1].fold) {
                per = String(after[after.count - 1].text); after.removeLast(2)
            }
            var metric = metricText(after, in: text)
            var phraseStart = c[f.leadStart].range.lowerBound
            var phraseEnd = c[afterEnd > f.end ? afterEnd - 1 : f.end - 1].range.upperBound
            if metric.isEmpty {
                let from = n > 0 ? figures[n - 1].end : 0
                metric = metricText(withoutLeadingFillers(Array(c[from..<f.leadStart])), in: text)
                if from < f.leadStart { phraseStart = c[from].range.lowerBound }
                phraseEnd = c[f.end - 1].range.upperBound
            }
            measures.append(TargetMeasure(metric: metric, comparator: f.comparator, value: f.value, unit: f.unit, per: per,
                                          phrase: trimmed(text[phraseStart..<phraseEnd])))
        }
        if measures.isEmpty, let zero = zeroTarget(c, in: text) { measures.append(zero) }
        if measures.isEmpty, isRelativeComparison(c) { flagged = true }
        return (measures, flagged)
    }

    /// The comparator words that end right before token `k`: where they start, the comparator
    /// they name (nil for a bare figure or a "reach" word), and whether a relative word
    /// ("tăng", "giảm") makes the figure a change rather than a level.
    private static func leadIn(_ c: [Token], before k: Int) -> (start: Int, comparator: TargetMeasure.Comparator?, reach: Bool, relative: Bool) {
        func ends(_ words: [String], at end: Int) -> Bool {
            guard end - words.count >= 0 else { return false }
            return zip(c[(end - words.count)..<end], words).allSatisfy { $0.kind == .word && $0.fold == $1 }
        }
        var start = k, comparator: TargetMeasure.Comparator?, reach = false
        if let (words, found) = comparators.first(where: { ends($0.0, at: k) }) {
            start -= words.count; comparator = found
        }
        if let words = reachWords.first(where: { ends($0, at: start) }) {
            start -= words.count; reach = true
        }
        let relative = start > 0 && c[start - 1].kind == .word && relativeWords.contains(c[start - 1].fold)
        return (start, comparator, reach, relative)
    }

    /// A number that is part of a date, a year or a document number, not a figure.
    private static func isDateOrYear(_ c: [Token], _ k: Int) -> Bool {
        if k > 0, c[k - 1].kind == .slash || c[k - 1].text == "-" { return true }
        if k + 2 < c.count, c[k + 1].kind == .slash || c[k + 1].text == "-" || c[k + 1].text == ".", c[k + 2].kind == .number { return true }
        let percent = k + 1 < c.count && c[k + 1].kind == .percent
        return !percent && c[k].text.count == 4 && (1900...2100).contains(Int(c[k].value ?? 0))
    }

    /// "Không để xảy ra các vụ cháy, nổ đặc biệt nghiêm trọng": = 0 of what follows the words.
    private static func zeroTarget(_ c: [Token], in text: String) -> TargetMeasure? {
        for start in c.indices where start + 3 < c.count {
            let words = c[start..<start + 4].map(\.fold)
            guard words[0] == "khong", words[1] == "de", zeroVerbs.contains(words[2] + " " + words[3]) else { continue }
            let rest = Array(c[(start + 4)...])
            let metric = metricText(rest.first?.fold == "moi" ? Array(rest.dropFirst()) : rest, in: text)
            guard !metric.isEmpty else { return nil }
            return TargetMeasure(metric: metric, comparator: .equal, value: 0, unit: "", phrase: verbatim(c[start...], in: text))
        }
        return nil
    }

    /// A clause that compares with something else ("so với năm trước") after "tăng", "giảm".
    private static func isRelativeComparison(_ c: [Token]) -> Bool {
        let words = c.filter { $0.kind == .word }.map(\.fold)
        let compares = zip(words, words.dropFirst()).contains { $0 == "so" && $1 == "voi" }
        return compares && words.contains { relativeWords.contains($0) }
    }

    /// The metric words, verbatim, with a "trở lên" inside them left out and punctuation at
    /// either end trimmed.
    private static func metricText(_ tokens: [Token], in text: String) -> String {
        var pieces: [String] = [], run: [Token] = [], i = 0
        while i < tokens.count {
            if i + 1 < tokens.count, tokens[i].fold == "tro", tokens[i + 1].fold == "len" || tokens[i + 1].fold == "xuong" {
                if !run.isEmpty { pieces.append(verbatim(run[...], in: text)) }
                run = []; i += 2; continue
            }
            run.append(tokens[i]); i += 1
        }
        if !run.isEmpty { pieces.append(verbatim(run[...], in: text)) }
        return trimmed(pieces.map { trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// A metric written before its figure without the words that open the sentence: "Trong đó,
    /// mức độ hài lòng …" → "mức độ hài lòng …", "phấn đấu tỷ lệ …" (and the seed's misspelt
    /// "phần đầu") → "tỷ lệ …".
    private static func withoutLeadingFillers(_ tokens: [Token]) -> [Token] {
        var rest = tokens[...]
        while let first = rest.first, first.kind == .punct { rest = rest.dropFirst() }
        for filler in [["trong", "do"], ["phan", "dau"], ["dam", "bao"]]
        where rest.count > filler.count && zip(rest, filler).allSatisfy({ $0.fold == $1 }) {
            rest = rest.dropFirst(filler.count)
            while let first = rest.first, first.kind == .punct { rest = rest.dropFirst() }
        }
        return Array(rest)
    }

    private static func verbatim(_ tokens: ArraySlice<Token>, in text: String) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return trimmed(text[first.range.lowerBound..<last.range.upperBound])
    }

    /// Text without spaces and punctuation at its ends (closing brackets and quotes are kept).
    private static func trimmed(_ s: some StringProtocol) -> String {
        let drop: (Character) -> Bool = { $0.isWhitespace || ",:;.-–(".contains($0) }
        return String(s.drop(while: drop).reversed().drop(while: drop).reversed())
    }

    /// Comparator words, longest first (folded).
    private static let comparators: [([String], TargetMeasure.Comparator)] = [
        (["khong", "it", "hon"], .atLeast), (["khong", "vuot", "qua"], .atMost), (["it", "nhat", "la"], .atLeast),
        (["it", "nhat"], .atLeast), (["toi", "thieu"], .atLeast), (["khong", "duoi"], .atLeast),
        (["khong", "qua"], .atMost), (["toi", "da"], .atMost), (["cao", "hon"], .greater), (["thap", "hon"], .less),
        (["tu"], .atLeast), (["tren"], .greater), (["hon"], .greater), (["vuot"], .greater), (["duoi"], .less),
    ]
    /// Words before a level to reach.
    private static let reachWords: [[String]] = [["phan", "dau", "dat"], ["dam", "bao", "dat"], ["phan", "dau"], ["dam", "bao"], ["dat"], ["co"]]
    /// Words that make a figure a change relative to something else.
    private static let relativeWords: Set<String> = ["tang", "giam"]
    /// What "không để" forbids, as two folded words.
    private static let zeroVerbs: Set<String> = ["xay ra", "phat sinh", "ton tai", "xuat hien"]
    /// Counted nouns of two words.
    private static let twoWordUnits: Set<String> = ["hinh thuc", "cong trinh", "van ban", "hoi nghi", "tin bai", "luot nguoi"]
    /// Periods a count can be per ("1 lần/năm").
    private static let periodWords: Set<String> = ["nam", "quy", "thang", "tuan", "ky", "ngay"]
}
