/// Reads the Vietnamese deadline language of plan cells ("Quý I/2022", "Hàng quý, 06 tháng,
/// năm", "trước ngày 15/11/2022", "Sau khi được UBND tỉnh phê duyệt") into a `DeadlineSpec`.
///
/// Matching is accent-, case-, spacing- and punctuation-insensitive, and works on the folded
/// bytes of the cell in one pass: no regular expression, no Foundation string API. The grammar
/// and its rules are documented in `docs/deadline-language.md`.
public enum DeadlineParser {
    /// The meaning of a deadline cell.
    ///
    /// - Parameters:
    ///   - text: the cell as written; kept verbatim in the result.
    ///   - planYear: the year a phrase without a year belongs to ("Quý I" in a 2022 plan).
    ///   - issuedOn: the plan's date, which fixes the school year of "Trong năm học"; without it
    ///     the school year is `planYear - 1`..`planYear`.
    /// - Returns: the spec; never throws. Text it does not understand is kept, flagged
    ///   `unspecified` and explained in `diagnostics` rather than dropped or guessed; so is text
    ///   longer than ``maxTextBytes``, which is not scanned at all (callers that can refuse it,
    ///   such as the C API and plan validation, do so with ``checkLength(_:field:row:)``).
    public static func parse(_ text: String, planYear: Int, issuedOn: CivilDate? = nil) -> DeadlineSpec {
        guard text.utf8.count <= maxTextBytes else {
            return DeadlineSpec(text: text,
                                diagnostics: ["ô thời hạn dài \(text.utf8.count) byte, quá \(maxTextBytes) byte: không đọc"])
        }
        var copy = text
        return copy.withUTF8 { bytes in
            var scanner = DeadlineScanner(bytes: bytes, planYear: planYear, issuedOn: issuedOn)
            scanner.run()
            return scanner.spec(text: text)
        }
    }
}

/// The state of one parse: the tokens of the cell, the current segment and what was found.
struct DeadlineScanner {
    /// One thing recognised in a segment, before labels and years are settled.
    struct Item {
        enum Kind {
            /// A period: `index` is the month, quarter or half (nil when bare, as in "Quý, 6 tháng,
            /// năm"); `year` nil when not written; `before` for "trước tháng M".
            case period(ReportPeriod, index: Int?, year: Int?, recurring: Bool, before: Bool)
            /// A milestone whose date is already known.
            case dated(CivilDate, DeadlineMilestone.Rule, Period?)
            /// Continuity, an event or "theo kế hoạch": separates labels, yields no milestone.
            case marker
            /// The day of each period the segment's recurrences are due on ("trước ngày 05
            /// hàng tháng").
            case dueDay(RecurringDay)
        }
        var kind: Kind
        /// Tokens of the expression, prefix words ("trước", "chậm nhất là") included.
        var from: Int
        var to: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let t: [DeadlineToken]
    let planYear: Int
    let issuedOn: CivilDate?

    /// End (exclusive) of the segment being read.
    var end = 0
    var items: [Item] = []
    /// "hàng", "định kỳ" seen in this segment: bare periods after it recur.
    var recurring = false
    var lastMatchEnd = 0

    var milestones: [DeadlineMilestone] = []
    var recurrences: [DeadlineRecurrence] = []
    var continuous = false
    var event: DeadlineEvent?
    var schoolYear: Period?
    var windows: [DateRange] = []
    var diagnostics: [String] = []
    var leftovers: [String] = []
    /// "Theo kế hoạch", "trong thời gian tới": understood as having no date.
    var knownUnspecified = false

    init(bytes: UnsafeBufferPointer<UInt8>, planYear: Int, issuedOn: CivilDate?) {
        self.bytes = bytes
        self.t = DeadlineTokenizer.tokens(bytes)
        self.planYear = planYear
        self.issuedOn = issuedOn
    }

    /// Reads every segment of the cell: segments are separated by ";" and by bullets.
    mutating func run() {
        var start = 0
        var i = 0
        while i <= t.count {
            if i == t.count || isSeparator(i) {
                if start < i { segment(start, i) }
                start = i + 1
            }
            i += 1
        }
    }

    /// A ";" or a bullet ("- " at a line start, after ";" or ",", or standing between spaces).
    private func isSeparator(_ i: Int) -> Bool {
        let token = t[i]
        guard token.kind == .punct else { return false }
        switch UInt8(truncatingIfNeeded: token.word) {
        case UInt8(ascii: ";"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "+"), 0:
            if token.word == 0, token.end - token.start != 3 { return false } // only "•" among others
            if token.lineStart { return true }
            if i > 0, t[i - 1].kind == .punct, t[i - 1].word == UInt64(UInt8(ascii: ",")) { return true }
            guard token.spaceBefore, i + 1 < t.count, t[i + 1].spaceBefore else { return false }
            // "2024 - 2025" is a range, not a bullet.
            return !(i > 0 && t[i - 1].kind == .number && t[i + 1].kind == .number)
        default: return false
        }
    }

    private mutating func segment(_ start: Int, _ stop: Int) {
        end = stop
        items.removeAll(keepingCapacity: true)
        recurring = false
        lastMatchEnd = start
        var pendingPrefix: Int?
        var i = start
        while i < stop {
            let before = items.count
            if let next = match(i) {
                let from = pendingPrefix ?? i
                if items.count > before {
                    for k in before..<items.count where items[k].from > from { items[k].from = from }
                    pendingPrefix = nil
                } else if pendingPrefix == nil {
                    pendingPrefix = i
                }
                i = max(next, i + 1)
                lastMatchEnd = i
            } else {
                pendingPrefix = nil
                i += 1
            }
        }
        finish(start)
    }

    /// Settles years, labels and covers of the segment's items and emits them.
    private mutating func finish(_ start: Int) {
        var nextYear: Int?
        for k in items.indices.reversed() {
            guard case let .period(kind, index, year, rec, before) = items[k].kind else { continue }
            if let year { nextYear = year } else if let nextYear, !rec {
                items[k].kind = .period(kind, index: index, year: nextYear, recurring: rec, before: before)
            }
        }
        let firstDated = items.firstIndex {
            if case let .dated(_, rule, _) = $0.kind, rule != .schoolYearEnd, rule != .partOfPeriod { return true }
            return false
        }
        let recurrencesBefore = recurrences.count
        var day: (RecurringDay, String)?
        var covered: Period?
        var coveredCount = 0
        var previousEnd = start
        var label: String?
        for (k, item) in items.enumerated() {
            let (hasWords, words) = labelText(previousEnd, item.from)
            if hasWords { label = words }
            previousEnd = item.to
            switch item.kind {
            case let .period(kind, index, year, rec, before):
                let bare = index == nil && year == nil
                if let firstDated, k < firstDated, !rec {
                    covered = DeadlineScanner.period(kind, index, year ?? planYear)
                    coveredCount += 1
                    continue
                }
                if rec || bare || (index == nil && (kind == .month || kind == .quarter)) {
                    recurrences.append(DeadlineRecurrence(period: kind, label: label))
                    continue
                }
                let period = DeadlineScanner.period(kind, index, year ?? planYear)
                let due = before ? period.start.adding(days: -1) : period.end
                milestones.append(DeadlineMilestone(label: label, due: due, written: text(item.from, item.to),
                                                    period: period, rule: before ? .beforePeriod : .periodEnd))
            case let .dated(due, rule, period):
                var milestoneLabel = label
                var milestonePeriod = period
                if k == firstDated {
                    milestoneLabel = labelText(start, item.from).text
                    if coveredCount == 1 { milestonePeriod = covered }
                }
                milestones.append(DeadlineMilestone(label: milestoneLabel, due: due,
                                                    written: text(item.from, item.to),
                                                    period: milestonePeriod, rule: rule))
            case .marker:
                break
            case let .dueDay(due):
                if day == nil { day = (due, text(item.from, item.to)) }
            }
        }
        if let (due, written) = day {
            if recurrences.count > recurrencesBefore {
                for k in recurrencesBefore..<recurrences.count { recurrences[k].day = due }
            } else {
                diagnostics.append("'\(written)' không nói của kỳ nào (hằng tháng, hằng quý); cần kiểm tra")
            }
        }
        if lastMatchEnd < end, isMeaningful(lastMatchEnd, end) || items.isEmpty && lastMatchEnd == start {
            if hasWordsOrNumbers(lastMatchEnd, end) { leftovers.append(text(lastMatchEnd, end)) }
        }
    }

    /// The `Period` of a resolved period item.
    static func period(_ kind: ReportPeriod, _ index: Int?, _ year: Int) -> Period {
        switch kind {
        case .month: .month(index ?? 12, year: year)
        case .quarter: .quarter(index ?? 4, year: year)
        case .halfYear: .halfYear(index ?? 1, year: year)
        case .nineMonths: .nineMonths(year: year)
        case .year: .year(year)
        }
    }

    /// The result, once every segment is read.
    func spec(text: String) -> DeadlineSpec {
        var result = DeadlineSpec(text: text, milestones: milestones, recurrences: recurrences,
                                  continuous: continuous, event: event, schoolYear: schoolYear,
                                  dataWindows: windows, diagnostics: diagnostics)
        if result.unspecified && !knownUnspecified {
            let whole = self.text(0, t.count)
            result.diagnostics.append(whole.isEmpty
                ? "Chưa có thời hạn; cần nhập ngày"
                : "Không hiểu thời hạn: '\(whole)'; cần nhập ngày")
        } else {
            for leftover in leftovers { result.diagnostics.append("Không hiểu phần: '\(leftover)'; cần kiểm tra") }
        }
        return result
    }
}
