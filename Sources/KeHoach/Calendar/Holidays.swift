/// The public holidays a labour law grants, as data: which days, how Tết and Quốc khánh are
/// placed, and the compensatory day off when a holiday falls on the weekly rest day.
///
/// The law fixes the number of days but lets the Prime Minister place the days of Tết and
/// of Quốc khánh each year (Labour Code 2019 art. 112(3)); those decisions are
/// ``AnnouncedSchedules`` and replace what these rules give for the occasions they cover.
/// A new law is a new value of this type, added to ``history``.
public struct Holidays: Hashable, Sendable {
    /// The occasions of art. 112; announcements name the occasions whose days they replace.
    public enum Occasion: String, Hashable, Sendable, Codable, CaseIterable {
        /// Tết Dương lịch, 1/1.
        case newYear = "new_year"
        /// Tết Nguyên Đán (Tết Âm lịch).
        case lunarNewYear = "lunar_new_year"
        /// Giỗ Tổ Hùng Vương, 10/3 âm lịch.
        case hungKings = "hung_kings"
        /// Ngày Chiến thắng, 30/4.
        case victoryDay = "victory_day"
        /// Ngày Quốc tế Lao động, 1/5.
        case labourDay = "labour_day"
        /// Quốc khánh, 2/9 (and, since 2021, one adjacent day).
        case nationalDay = "national_day"
    }

    /// How a rule places its days in a Gregorian year.
    public enum Timing: Hashable, Sendable {
        /// A fixed civil day, e.g. 30/4.
        case solar(month: Int, day: Int)
        /// A fixed lunar day of the lunar year that begins in that Gregorian year, e.g. 10/3.
        case lunar(month: Int, day: Int)
        /// Tết: the last `daysBefore` days of the old lunar year and the first `daysAfter` + 1 of the new.
        case tet(daysBefore: Int, daysAfter: Int)
        /// 2/9 plus `days` - 1 adjacent days; the adjacent day is the neighbour that is a weekday
        /// and joins a weekend, 1/9 when both or neither do (the choice of 2021-2026).
        case nationalDay(days: Int)
    }

    /// One holiday of the law.
    public struct Rule: Hashable, Sendable {
        /// The occasion, for announcements to replace.
        public var occasion: Occasion
        /// The Vietnamese name listed for its days.
        public var name: String
        /// Where its days fall.
        public var timing: Timing

        /// A rule.
        public init(occasion: Occasion, name: String, timing: Timing) {
            self.occasion = occasion
            self.name = name
            self.timing = timing
        }
    }

    /// The law, cited ("Bộ luật Lao động 2019, Điều 112").
    public var law: String
    /// The first year the law applies to.
    public var validFrom: Int
    /// Its holidays.
    public var rules: [Rule]

    /// A law's holidays.
    public init(law: String, validFrom: Int, rules: [Rule]) {
        self.law = law
        self.validFrom = validFrom
        self.rules = rules
    }

    /// Labour Code 2012 art. 115, in force 2013-2020: Quốc khánh is 2/9 alone.
    public static let laborCode2012 = Holidays(
        law: "Bộ luật Lao động 2012, Điều 115", validFrom: 2013,
        rules: common(nationalDayDays: 1))

    /// Labour Code 2019 art. 112, in force from 2021: Quốc khánh is 2/9 and one adjacent day.
    public static let laborCode2019 = Holidays(
        law: "Bộ luật Lao động 2019, Điều 112", validFrom: 2021,
        rules: common(nationalDayDays: 2))

    /// The laws in order of `validFrom`; years before the first use the first.
    public static let history: [Holidays] = [laborCode2012, laborCode2019]

    /// The law in force in `year`.
    public static func inForce(in year: Int) -> Holidays {
        history.last { $0.validFrom <= year } ?? history[0]
    }

    private static func common(nationalDayDays: Int) -> [Rule] {
        [
            Rule(occasion: .newYear, name: "Tết Dương lịch", timing: .solar(month: 1, day: 1)),
            Rule(occasion: .lunarNewYear, name: "Tết Nguyên Đán", timing: .tet(daysBefore: 1, daysAfter: 3)),
            Rule(occasion: .hungKings, name: "Giỗ Tổ Hùng Vương", timing: .lunar(month: 3, day: 10)),
            Rule(occasion: .victoryDay, name: "Ngày Chiến thắng", timing: .solar(month: 4, day: 30)),
            Rule(occasion: .labourDay, name: "Ngày Quốc tế Lao động", timing: .solar(month: 5, day: 1)),
            Rule(occasion: .nationalDay, name: "Quốc khánh", timing: .nationalDay(days: nationalDayDays)),
        ]
    }

    /// The holidays (kind `.holiday`) these rules give in `year`, weekends included, except
    /// those of the `excluded` occasions; sorted by date.
    public func holidays(in year: Int, excluding excluded: Set<Occasion> = []) -> [DayOff] {
        var days: [DayOff] = []
        for rule in rules where !excluded.contains(rule.occasion) {
            for date in Holidays.dates(of: rule.timing, in: year) {
                days.append(DayOff(date: date, name: rule.name, kind: .holiday))
            }
        }
        return days.sorted()
    }

    /// The compensatory days off (art. 111(3)) for the `holidays` that fall on a Saturday or
    /// Sunday: each moves to the next weekday that is not already off (`alreadyOff`, the holidays
    /// themselves, or an earlier compensatory day), in date order.
    public static func compensatoryDays(for holidays: [DayOff], alreadyOff: Set<CivilDate> = []) -> [DayOff] {
        var off = alreadyOff.union(holidays.map(\.date))
        var result: [DayOff] = []
        for holiday in holidays.sorted() where holiday.date.isWeekend {
            var day = holiday.date.adding(days: 1)
            while day.isWeekend || off.contains(day) { day = day.adding(days: 1) }
            off.insert(day)
            result.append(DayOff(date: day, name: "Nghỉ bù " + holiday.name, kind: .compensatory))
        }
        return result
    }

    /// The civil days a timing gives in a Gregorian year.
    static func dates(of timing: Timing, in year: Int) -> [CivilDate] {
        switch timing {
        case let .solar(month, day):
            return CivilDate(year: year, month: month, day: day).map { [$0] } ?? []
        case let .lunar(month, day):
            return LunarCalendar.solarDate(of: LunarDate(day: day, month: month, year: year)).map { [$0] } ?? []
        case let .tet(before, after):
            let tet = LunarCalendar.tet(year)
            return (-before...after).map { tet.adding(days: $0) }
        case let .nationalDay(days):
            let second = CivilDate(year: year, month: 9, day: 2)!
            guard days >= 2 else { return [second] }
            let before = second.adding(days: -1), after = second.adding(days: 1)
            let joins = { (d: CivilDate) in !d.isWeekend && (d.adding(days: -1).isWeekend || d.adding(days: 1).isWeekend) }
            let adjacent: CivilDate
            if before.isWeekend { adjacent = after }
            else if after.isWeekend { adjacent = before }
            else if joins(after) && !joins(before) { adjacent = after }
            else { adjacent = before }
            return [min(adjacent, second), max(adjacent, second)]
        }
    }
}
