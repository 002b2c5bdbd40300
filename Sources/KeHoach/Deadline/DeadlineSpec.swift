/// What a deadline cell of a plan means, beside the cell's text kept verbatim.
///
/// One cell may combine several classes: "-Ban hành Kế hoạch quý I/2022; - Báo cáo 6 tháng,
/// năm" is a dated milestone plus a labelled half-yearly and yearly recurrence. Produced by
/// `DeadlineParser.parse(_:planYear:issuedOn:)`; serialised by `json`, shown by `canonical()`.
public struct DeadlineSpec: Hashable, Sendable {
    /// The cell exactly as written.
    public var text: String
    /// Dated milestones, in the order written.
    public var milestones: [DeadlineMilestone]
    /// Recurring report periods with their labels, in the order written.
    public var recurrences: [DeadlineRecurrence]
    /// "Thường xuyên": the task runs all the time (checked at every plan reporting deadline).
    public var continuous: Bool
    /// The event the task waits for ("Khi có văn bản chỉ đạo ..."), with its offset if any.
    public var event: DeadlineEvent?
    /// The school year the cell names ("Trong năm học", "năm học 2024-2025").
    public var schoolYear: Period?
    /// Data cut-off windows stated beside a report deadline ("thời gian chốt số liệu tính từ
    /// ngày 01/01/2025 đến ngày 30/6/2025"): not deadlines, kept for the reporting rules.
    public var dataWindows: [DateRange]
    /// No date, recurrence, continuity, event or school year could be taken from the cell.
    public var unspecified: Bool
    /// Vietnamese messages for what was not understood or looks wrong; empty when all is clear.
    public var diagnostics: [String]

    /// A spec from its parts; `unspecified` is computed from them.
    public init(text: String, milestones: [DeadlineMilestone] = [], recurrences: [DeadlineRecurrence] = [],
                continuous: Bool = false, event: DeadlineEvent? = nil, schoolYear: Period? = nil,
                dataWindows: [DateRange] = [], diagnostics: [String] = []) {
        self.text = text
        self.milestones = milestones
        self.recurrences = recurrences
        self.continuous = continuous
        self.event = event
        self.schoolYear = schoolYear
        self.dataWindows = dataWindows
        self.unspecified = milestones.isEmpty && recurrences.isEmpty && !continuous && event == nil
            && schoolYear == nil
        self.diagnostics = diagnostics
    }

    /// The distinct recurrence periods in written order: the JSON `recurrence` list.
    public var recurrence: [ReportPeriod] {
        var seen: [ReportPeriod] = []
        for r in recurrences where !seen.contains(r.period) { seen.append(r.period) }
        return seen
    }

    /// True when the spec needs a person: something was not understood or did not check out.
    public var needsReview: Bool { !diagnostics.isEmpty }
}

/// One dated milestone of a deadline cell.
public struct DeadlineMilestone: Hashable, Sendable {
    /// How the due date was derived from the words; `canonical()` shows it back.
    public enum Rule: Hashable, Sendable {
        /// The last day of `period` ("Quý I/2022" is due 31/03/2022).
        case periodEnd
        /// The day before the first day of `period` ("trước tháng 11/2025" is due 31/10/2025).
        case beforePeriod
        /// The day before a written date ("trước ngày 15/11/2022" is due 14/11/2022).
        case beforeDate
        /// A written date that is itself the last day ("chậm nhất ngày D", "đến hết ngày D", "ngày D").
        case onDate
        /// A lunar date converted to the solar calendar ("ngày 10 tháng 3 âm lịch").
        case lunar(day: Int, month: Int, isLeapMonth: Bool)
        /// The last day (31/5) of a school year.
        case schoolYearEnd
        /// The end of a part of a period the words name: a week of a month ("tuần đầu tháng
        /// 11": the 7th), its middle ("giữa tháng 9": the 15th), the first months of a year ("4
        /// tháng đầu năm": 30/4), a semester ("học kỳ I năm học 2025-2026": 17/01/2026).
        case partOfPeriod
    }

    /// The words before the time expression that say what is due ("Ban hành Kế hoạch",
    /// "Báo cáo"), nil when the cell names no product.
    public var label: String?
    /// The due date as written, before the day-off rule moves it to a working day.
    public var due: CivilDate
    /// The time words as written, white space collapsed ("quý I/2022", "trước ngày 15/11/2022").
    public var written: String
    /// The period the milestone ends (period ends, school years) or reports on ("06 tháng đầu
    /// năm trước ngày 03/6": the first half), when there is one.
    public var period: Period?
    /// How `due` was derived.
    public var rule: Rule

    /// A milestone from its parts.
    public init(label: String?, due: CivilDate, written: String, period: Period?, rule: Rule) {
        self.label = label
        self.due = due
        self.written = written
        self.period = period
        self.rule = rule
    }
}

/// One recurring report period ("hàng quý"), with the product it applies to.
public struct DeadlineRecurrence: Hashable, Sendable {
    /// The period kind: each of its instances in the plan year is an occurrence.
    public var period: ReportPeriod
    /// "Báo cáo" in "- Báo cáo 6 tháng, năm"; nil when the cell names no product.
    public var label: String?
    /// The day of each period the cell names ("trước ngày 05 hàng tháng"), nil when it names
    /// none (the plan's report date for the period, else its last day).
    public var day: RecurringDay?

    /// A recurrence from its parts.
    public init(period: ReportPeriod, label: String? = nil, day: RecurringDay? = nil) {
        self.period = period
        self.label = label
        self.day = day
    }
}

/// The day within every period of a recurrence on which it is due: "trước ngày 05 hàng
/// tháng" (the 4th of each month), "chậm nhất ngày 15 hằng tháng" (the 15th), "ngày 25 tháng
/// cuối quý" (25/3, 25/6, 25/9, 25/12), "trước ngày 05 của tháng đầu quý sau" (4/4, 4/7, ...).
public struct RecurringDay: Hashable, Sendable {
    /// Which month of the period the day falls in.
    public enum Month: String, Hashable, Sendable {
        /// The period's last month: the month itself for a monthly recurrence ("hằng tháng"),
        /// "tháng cuối quý" for a quarterly one.
        case last
        /// The period's first month ("tháng đầu quý").
        case first
        /// The month after the period ("tháng sau", "tháng đầu quý sau").
        case next
    }

    /// The day of the month as written (1-31); a month shorter than it ends the day early.
    public var day: Int
    /// "trước ngày D": due the day before D.
    public var before: Bool
    /// Which month of the period.
    public var month: Month

    /// A recurring day from its parts.
    public init(day: Int, before: Bool = false, month: Month = .last) {
        self.day = day
        self.before = before
        self.month = month
    }

    /// The due date in `period`: day ``day`` of the chosen month (its last day when the month
    /// is shorter), minus one day for ``before``.
    public func due(in period: Period) -> CivilDate {
        var year = period.end.year, month = period.end.month
        switch self.month {
        case .last: break
        case .first: (year, month) = (period.start.year, period.start.month)
        case .next: if month == 12 { (year, month) = (year + 1, 1) } else { month += 1 }
        }
        let last = CivilDate.endOfMonth(month, year: year)
        let date = CivilDate(proleptic: year, month, min(day, last.day))
        return before ? date.adding(days: -1) : date
    }
}

/// An event a task waits for, and how long after it the task is due.
public struct DeadlineEvent: Hashable, Sendable {
    /// The words naming the event, as written ("Sau khi được UBND tỉnh phê duyệt").
    public var trigger: String
    /// Days after the event ("chậm nhất là 15 ngày kể từ ..."), nil when none is stated.
    public var offsetDays: Int?
    /// True when the offset counts working days ("03 ngày làm việc").
    public var workingDays: Bool

    /// An event from its parts.
    public init(trigger: String, offsetDays: Int? = nil, workingDays: Bool = false) {
        self.trigger = trigger
        self.offsetDays = offsetDays
        self.workingDays = workingDays
    }
}
