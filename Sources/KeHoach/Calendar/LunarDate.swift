/// A day of the Vietnamese lunar calendar (âm lịch): day 1-30 of month 1-12 of a lunar year,
/// possibly in the leap month ("tháng nhuận") that repeats the month number before it.
///
/// `year` is the Gregorian year in which the lunar year begins (Tết): 10/3 of lunar year 2025
/// (Ất Tỵ) is Giỗ Tổ Hùng Vương, 07/04/2025. Month 1 is "tháng Giêng", month 12 "tháng Chạp".
/// Convert with ``LunarCalendar``.
public struct LunarDate: Hashable, Sendable, Codable {
    /// Day of the lunar month, 1-30 (a month has 29 or 30 days).
    public var day: Int
    /// Lunar month, 1-12.
    public var month: Int
    /// The lunar year, named by the Gregorian year in which it begins.
    public var year: Int
    /// True for the leap month, the second month bearing the number `month` in a 13-month year.
    public var isLeapMonth: Bool

    /// A lunar date from its parts; not checked: ``LunarCalendar/solarDate(of:)`` answers nil
    /// for a day that does not exist.
    public init(day: Int, month: Int, year: Int, isLeapMonth: Bool = false) {
        self.day = day
        self.month = month
        self.year = year
        self.isLeapMonth = isLeapMonth
    }
}

extension LunarDate: CustomStringConvertible {
    /// The short form officials write: "10/3/2025 âm lịch", "15/2 nhuận/2023 âm lịch".
    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch"
    }

    /// The traditional name of the lunar year ("Ất Tỵ" for 2025): heavenly stem and earthly branch.
    public var yearName: String {
        let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
        let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
        let stem = ((year + 6) % 10 + 10) % 10
        let branch = ((year + 8) % 12 + 12) % 12
        return stems[stem] + " " + branches[branch]
    }
}
