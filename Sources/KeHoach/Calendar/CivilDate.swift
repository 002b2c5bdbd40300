/// A calendar day in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no DST), with no time of day.
///
/// Deadlines in plans are civil dates: a deadline ends at the end of its local day. The value
/// is stored as a count of days since 1970-01-01 so that arithmetic and comparison are integer
/// operations; no Foundation `Calendar` is involved (it is slow and not in FoundationEssentials'
/// spirit for a hot path).
public struct CivilDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// A date from its parts, or nil when the parts do not name a real day ("2025-02-30").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.dayNumber = CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// A date from parts already known to be in range (month 1-12, day within the month), for
    /// any year of the proleptic Gregorian calendar: arithmetic that cannot fail, never trap.
    init(proleptic year: Int, _ month: Int, _ day: Int) {
        self.dayNumber = CivilDate.dayNumber(year: year, month: month, day: day)
    }

    /// The proleptic Gregorian year, month (1-12) and day (1-31) of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The year of this date.
    public var year: Int { components.year }
    /// The month (1-12) of this date.
    public var month: Int { components.month }
    /// The day of the month (1-31) of this date.
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday ... 7 = Sunday (Vietnamese "Thứ Hai" ... "Chủ nhật").
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The weekday's Vietnamese name, "Thứ Hai" ... "Chủ nhật", as dates are written in documents.
    public var weekdayName: String { CivilDate.weekdayName(weekday) }

    /// The Vietnamese name of an ISO weekday (1 = "Thứ Hai" ... 7 = "Chủ nhật").
    public static func weekdayName(_ isoWeekday: Int) -> String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][(isoWeekday + 6) % 7]
    }

    /// The date `n` calendar days later (earlier when `n` is negative).
    public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// The same day `n` months later, clamped to the month's last day (31/01 + 1 month = 28/02).
    public func adding(months n: Int) -> CivilDate {
        let (y, m, d) = components
        let index = y * 12 + (m - 1) + n
        let ny = index >= 0 ? index / 12 : (index - 11) / 12
        let nm = index - ny * 12 + 1
        return CivilDate(proleptic: ny, nm, min(d, CivilDate.daysIn(month: nm, year: ny)))
    }

    /// Calendar days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The last day of the given month.
    public static func endOfMonth(_ month: Int, year: Int) -> CivilDate {
        CivilDate(proleptic: year, month, daysIn(month: month, year: year))
    }

    /// Number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian leap-year rule.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Howard Hinnant's days_from_civil.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

extension CivilDate: CustomStringConvertible, Codable {
    /// ISO 8601 form, `YYYY-MM-DD`: the form of dates in JSON and in the store.
    public var iso: String {
        let (y, m, d) = components
        return CivilDate.pad(y, 4) + "-" + CivilDate.pad(m, 2) + "-" + CivilDate.pad(d, 2)
    }

    /// The form an official reads, `dd/MM/yyyy`.
    public var vietnamese: String {
        let (y, m, d) = components
        return CivilDate.pad(d, 2) + "/" + CivilDate.pad(m, 2) + "/" + CivilDate.pad(y, 4)
    }

    public var description: String { iso }

    /// Parses exactly `YYYY-MM-DD`; nil for any other form or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              let y = CivilDate.digits(utf8[0..<4]), let m = CivilDate.digits(utf8[5..<7]),
              let d = CivilDate.digits(utf8[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "Ngày không hợp lệ '\(text)': cần dạng YYYY-MM-DD"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
