/// A plan's reporting regime read into dates: when each periodic report is due and which data
/// window it covers.
///
/// Seed 001: the 6-month report is due "trước ngày 05/7/2025", so on 04/07/2025, covering
/// 01/01-30/06/2025; the annual report "trước 05/01/2026", on 04/01/2026.
public struct ReportDates: Sendable {
    /// One rule with its due date.
    public struct Report: Sendable {
        /// The plan's rule.
        public var rule: ReportingRule
        /// The written due date read from the rule's deadline text.
        public var due: CivilDate
        /// The data window: the rule's own, else the period it reports on.
        public var window: DateRange
        /// The period of the plan year the report covers (a half-year rule: the first half).
        public var period: Period
    }

    /// The rules whose deadline text gave a date, in plan order.
    public var rules: [Report]
    /// Rules whose deadline text gave no date: kept to be shown as needing a date.
    public var undated: [ReportingRule]
    private let year: Int

    /// The regime of `plan`, each rule's deadline text parsed with the plan's year.
    public init(plan: Plan) {
        year = plan.year
        var rules: [Report] = [], undated: [ReportingRule] = []
        for rule in plan.reporting {
            let spec = DeadlineParser.parse(rule.deadline, planYear: plan.year, issuedOn: plan.issuedOn)
            if let due = spec.milestones.first?.due {
                let period = ReportDates.defaultPeriod(rule.period, year: plan.year)
                rules.append(Report(rule: rule, due: due, window: rule.window ?? period.range, period: period))
            } else {
                undated.append(rule)
            }
        }
        self.rules = rules
        self.undated = undated
    }

    /// The report rule that covers `period`, if the regime has one: a half-year rule covers the
    /// first half, a nine-month rule the nine months, a year rule the year, a quarter or month
    /// rule none in particular (their dates are relative; the period end applies).
    public func rule(for period: Period) -> Report? {
        switch period {
        case .halfYear(1, year: year): rules.first { $0.rule.period == .halfYear }
        case .nineMonths(year: year): rules.first { $0.rule.period == .nineMonths }
        case .year(year): rules.first { $0.rule.period == .year }
        default: nil
        }
    }

    /// The period of `year` a rule of this kind reports on when it names no other.
    static func defaultPeriod(_ kind: ReportPeriod, year: Int) -> Period {
        switch kind {
        case .month: .month(12, year: year)
        case .quarter: .quarter(4, year: year)
        case .halfYear: .halfYear(1, year: year)
        case .nineMonths: .nineMonths(year: year)
        case .year: .year(year)
        }
    }
}
