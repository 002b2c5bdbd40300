/// A span of the calendar that plans name: a month, a quarter, a half-year, the first nine
/// months, a year, or a school year.
///
/// Each period knows its first and last day; "Quý I/2022" ends on 31/03/2022, "6 tháng đầu năm
/// 2025" on 30/06/2025, "năm học 2024-2025" on 31/05/2025 (the milestone plans use for it).
public enum Period: Hashable, Sendable {
    /// Month `month` (1-12) of `year`.
    case month(Int, year: Int)
    /// Quarter `quarter` (1-4) of `year`.
    case quarter(Int, year: Int)
    /// The first (1) or second (2) half of `year`.
    case halfYear(Int, year: Int)
    /// The first nine months of `year` ("9 tháng").
    case nineMonths(year: Int)
    /// The whole of `year`.
    case year(Int)
    /// The school year that starts in September of `startYear` and ends on 31 May of the next.
    case schoolYear(startYear: Int)

    /// The first day of the period.
    public var start: CivilDate {
        switch self {
        case let .month(m, y): CivilDate(proleptic: y, m, 1)
        case let .quarter(q, y): CivilDate(proleptic: y, (q - 1) * 3 + 1, 1)
        case let .halfYear(h, y): CivilDate(proleptic: y, h == 1 ? 1 : 7, 1)
        case let .nineMonths(y): CivilDate(proleptic: y, 1, 1)
        case let .year(y): CivilDate(proleptic: y, 1, 1)
        case let .schoolYear(y): CivilDate(proleptic: y, 9, 1)
        }
    }

    /// The last day of the period: the day a "by the end of" deadline falls on.
    public var end: CivilDate {
        switch self {
        case let .month(m, y): CivilDate.endOfMonth(m, year: y)
        case let .quarter(q, y): CivilDate.endOfMonth(q * 3, year: y)
        case let .halfYear(h, y): CivilDate.endOfMonth(h == 1 ? 6 : 12, year: y)
        case let .nineMonths(y): CivilDate.endOfMonth(9, year: y)
        case let .year(y): CivilDate.endOfMonth(12, year: y)
        case let .schoolYear(y): CivilDate(proleptic: y + 1, 5, 31)
        }
    }

    /// The period as a closed date range.
    public var range: DateRange { DateRange(from: start, to: end) }

    /// The kind of recurrence this period belongs to; nil for a school year.
    public var kind: ReportPeriod? {
        switch self {
        case .month: .month
        case .quarter: .quarter
        case .halfYear: .halfYear
        case .nineMonths: .nineMonths
        case .year: .year
        case .schoolYear: nil
        }
    }

    /// The periods of one kind that fall in `year`, in order: 12 months, 4 quarters, 2 halves,
    /// one nine-month span, one year.
    public static func all(_ kind: ReportPeriod, in year: Int) -> [Period] {
        switch kind {
        case .month: (1...12).map { .month($0, year: year) }
        case .quarter: (1...4).map { .quarter($0, year: year) }
        case .halfYear: [.halfYear(1, year: year), .halfYear(2, year: year)]
        case .nineMonths: [.nineMonths(year: year)]
        case .year: [.year(year)]
        }
    }

    /// The school year in progress on `date`: from September to May, and in June-August the
    /// one that has just ended (its 31 May milestone is the one plans mean).
    public static func schoolYear(containing date: CivilDate) -> Period {
        .schoolYear(startYear: date.month >= 9 ? date.year : date.year - 1)
    }

    /// The Vietnamese name of the period: "Quý I/2022", "Tháng 3/2025", "Năm học 2024-2025".
    public var vietnamese: String {
        switch self {
        case let .month(m, y): "Tháng \(m)/\(y)"
        case let .quarter(q, y): "Quý \(Period.roman[q - 1])/\(y)"
        case let .halfYear(h, y): h == 1 ? "6 tháng đầu năm \(y)" : "6 tháng cuối năm \(y)"
        case let .nineMonths(y): "9 tháng năm \(y)"
        case let .year(y): "Năm \(y)"
        case let .schoolYear(y): "Năm học \(y)-\(y + 1)"
        }
    }

    private static let roman = ["I", "II", "III", "IV"]
}
