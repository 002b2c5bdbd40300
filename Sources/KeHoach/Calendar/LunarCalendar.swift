/// The Vietnamese lunisolar calendar (âm lịch) for UTC+7, by Hồ Ngọc Đức's astronomical algorithm.
///
/// Months begin on the local day of the new moon; month 11 holds the winter solstice; in a year
/// of 13 months the first month without a major solar term is the leap month. Because the day
/// is reckoned at UTC+7 and not UTC+8, Vietnam's calendar sometimes differs from China's:
/// Tết 2007 fell on 17/02 in Vietnam and 18/02 in China, Tết 1985 on 21/01 and 20/02.
///
/// The algorithm is accurate for 1900-2100 (that range is tested day by day); outside it the
/// answers follow the same formulas with growing astronomical error.
public enum LunarCalendar {
    /// The lunar date of a civil day.
    public static func lunarDate(of date: CivilDate) -> LunarDate {
        let dayNumber = date.dayNumber + unixEpochJDN
        let year = date.year
        // The published code tries new moons k+1 then k; near 2054-05-07 and 2062-04-09 the
        // estimate is off by one more, so search until the month holding the day is found.
        var k = int((Double(dayNumber) - 2_415_021.076998695) / 29.530588853) + 1
        while newMoonDay(k) > dayNumber { k -= 1 }
        while newMoonDay(k + 1) <= dayNumber { k += 1 }
        let monthStart = newMoonDay(k)
        var a11 = month11(year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = year
            a11 = month11(year - 1)
        } else {
            lunarYear = year + 1
            b11 = month11(year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = int(Double(monthStart - a11) / 29)
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11)
            if diff >= leapDiff {
                lunarMonth = diff + 10
                if diff == leapDiff { isLeap = true }
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(day: lunarDay, month: lunarMonth, year: lunarYear, isLeapMonth: isLeap)
    }

    /// The civil day of a lunar date, or nil when that lunar day does not exist: a month outside
    /// 1-12, a leap month the year does not have, day 30 of a 29-day month.
    ///
    /// The deadline language uses it for "ngày 10 tháng 3 âm lịch" and "mùng 6 tháng Giêng".
    public static func solarDate(of lunar: LunarDate) -> CivilDate? {
        guard let start = monthStart(month: lunar.month, year: lunar.year, isLeapMonth: lunar.isLeapMonth),
              (1...30).contains(lunar.day) else { return nil }
        guard lunar.day < 30 || daysIn(monthStartingAt: start) == 30 else { return nil }
        return CivilDate(dayNumber: start.dayNumber + lunar.day - 1)
    }

    /// Tết Nguyên Đán: the civil day of 1/1 of lunar year `year` (2025 → 29/01/2025).
    public static func tet(_ year: Int) -> CivilDate {
        monthStart(month: 1, year: year, isLeapMonth: false)!
    }

    /// The leap month of lunar year `year` (2023 → 2, 2020 → 4, 2025 → 6), or nil when the year has 12 months.
    public static func leapMonth(inYear year: Int) -> Int? {
        // A leap month 1...10 belongs to the suì from month 11 of year-1; a leap 11 or 12 to the next one.
        if let (label, _) = leap(a11: month11(year - 1), b11: month11(year)), label <= 10 { return label }
        if let (label, _) = leap(a11: month11(year), b11: month11(year + 1)), label >= 11 { return label }
        return nil
    }

    /// The number of days (29 or 30) of a lunar month, or nil when the month does not exist.
    public static func daysIn(month: Int, year: Int, isLeapMonth: Bool = false) -> Int? {
        monthStart(month: month, year: year, isLeapMonth: isLeapMonth).map(daysIn(monthStartingAt:))
    }

    /// The civil day on which a lunar month begins, or nil when that month does not exist.
    static func monthStart(month: Int, year: Int, isLeapMonth: Bool) -> CivilDate? {
        guard (1...12).contains(month) else { return nil }
        let (a11, b11) = month < 11 ? (month11(year - 1), month11(year)) : (month11(year), month11(year + 1))
        var off = month - 11
        if off < 0 { off += 12 }
        if let (label, leapOff) = leap(a11: a11, b11: b11) {
            if isLeapMonth {
                guard month == label else { return nil }
                off += 1
            } else if off >= leapOff {
                off += 1
            }
        } else if isLeapMonth {
            return nil
        }
        let k = int(0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853)
        return CivilDate(dayNumber: newMoonDay(k + off) - unixEpochJDN)
    }

    /// The month number and offset (after month 11) of the leap month between two months 11,
    /// or nil when there are only 12 months between them.
    ///
    /// The label is computed as the solar-to-lunar direction does (offset L is month L + 10,
    /// wrapped): the published lunar-to-solar code's `leapOff - 2` misses a leap month 12.
    private static func leap(a11: Int, b11: Int) -> (label: Int, offset: Int)? {
        guard b11 - a11 > 365 else { return nil }
        let offset = leapMonthOffset(a11)
        return ((offset + 9) % 12 + 1, offset)
    }

    private static func daysIn(monthStartingAt start: CivilDate) -> Int {
        let s = start.dayNumber + unixEpochJDN
        var k = int((Double(s) - 2_415_021.076998695) / 29.530588853 + 0.5)
        while newMoonDay(k) > s { k -= 1 }
        while newMoonDay(k + 1) <= s { k += 1 }
        return newMoonDay(k + 1) - s
    }
}
