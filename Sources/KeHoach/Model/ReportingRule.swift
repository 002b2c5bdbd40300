/// One periodic report a plan requires: when it is due and which data it covers.
///
/// Seed 001: "Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025 (thời gian chốt số liệu tính từ
/// ngày 01/01/2025 đến ngày 30/6/2025)". Seed 002's window starts on 01/11 of the previous year.
public struct ReportingRule: Codable, Hashable, Sendable {
    /// A short key: "6-thang", "9-thang", "nam", "quy".
    public var key: String
    /// The report's name as the plan writes it: "Báo cáo 6 tháng đầu năm".
    public var label: String
    /// The period the report covers.
    public var period: ReportPeriod
    /// The deadline as written ("trước ngày 05/7/2025"); parsed, never rewritten.
    public var deadline: String
    /// The data cut-off window ("thời gian chốt số liệu"), when the plan states one.
    public var window: DateRange?
    /// The unit id the report is sent to, when stated.
    public var recipient: String?

    public init(key: String, label: String, period: ReportPeriod, deadline: String,
                window: DateRange? = nil, recipient: String? = nil) {
        self.key = key
        self.label = label
        self.period = period
        self.deadline = deadline
        self.window = window
        self.recipient = recipient
    }
}

/// The periods plans report on and recur by.
public enum ReportPeriod: String, Codable, Hashable, Sendable, CaseIterable {
    /// Hằng tháng.
    case month
    /// Hằng quý.
    case quarter
    /// 6 tháng (đầu năm).
    case halfYear = "half_year"
    /// 9 tháng.
    case nineMonths = "nine_months"
    /// Hằng năm.
    case year
}

/// A closed range of civil dates, both ends included.
public struct DateRange: Codable, Hashable, Sendable {
    /// First day included.
    public var from: CivilDate
    /// Last day included.
    public var to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }

    /// True when `date` lies within the range.
    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }
}
