/// The working days of Vietnamese civil servants: Monday to Friday, minus public holidays
/// (``Holidays``), compensatory days and swapped days off, plus Saturdays worked in exchange
/// (``AnnouncedSchedules``), with an administrator's ``CalendarOverrides`` applied last.
///
/// Deadlines and notice thresholds are counted with it. Working-day arithmetic is O(1) or
/// O(log n) and allocation-free for 1900-2100: the calendar keeps a running count of working
/// days for every day of those years. Outside them the same rules are evaluated day by day.
public struct WorkingCalendar: Sendable {
    /// The years kept in the precomputed table.
    public static let tableYears = 1900...2100

    /// The law (Labour Code 2012 until 2020, 2019 from 2021) and the announced schedules 2022-2026.
    public static let standard = WorkingCalendar(announcements: AnnouncedSchedules.all, overrides: CalendarOverrides())

    /// Exceptions from rules and announcements, per table year, before overrides.
    let scheduled: [[DayOff]]
    /// Exceptions per table year, overrides applied.
    let exceptions: [[DayOff]]
    /// The announcements in use, for years outside the table.
    let announcements: [AnnouncedSchedules.Announcement]
    /// The overrides in use.
    public let overrides: CalendarOverrides
    /// `rank[i]` is the number of working days among the `i` days from 01/01/1900.
    let rank: [Int32]
    /// Day number of 01/01 of the first table year.
    let firstDay: Int

    /// The standard calendar with an administrator's overrides applied.
    public init(overrides: CalendarOverrides) {
        self.init(scheduled: WorkingCalendar.standard.scheduled,
                  announcements: WorkingCalendar.standard.announcements, overrides: overrides)
    }

    /// A calendar from the law, the given announcements (none: the law alone) and overrides.
    public init(announcements: [AnnouncedSchedules.Announcement], overrides: CalendarOverrides = CalendarOverrides()) {
        let years = WorkingCalendar.tableYears
        var scheduled = Array(repeating: [DayOff](), count: years.count)
        for year in years {
            for day in WorkingCalendar.schedule(year: year, announcements: announcements)
            where years.contains(day.date.year) {
                scheduled[day.date.year - years.lowerBound].append(day)
            }
        }
        self.init(scheduled: scheduled.map { $0.sorted() }, announcements: announcements, overrides: overrides)
    }

    /// The exceptions of `year`, sorted by date: holidays (also on weekends), compensatory days,
    /// swapped days off and swapped workdays.
    public func daysOff(in year: Int) -> [DayOff] {
        if WorkingCalendar.tableYears.contains(year) { return exceptions[year - WorkingCalendar.tableYears.lowerBound] }
        let own = WorkingCalendar.schedule(year: year, announcements: announcements).filter { $0.date.year == year }
        return WorkingCalendar.apply(overrides.changes.filter { $0.date.year == year }, to: own)
    }

    /// The exceptions on one date (usually none, sometimes a holiday and its weekend).
    public func exceptions(on date: CivilDate) -> [DayOff] {
        daysOff(in: date.year).filter { $0.date == date }
    }

    /// True when civil servants work on `date`.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if let i = index(date) { return rank[i + 1] != rank[i] }
        return WorkingCalendar.isWorking(date, exceptions: exceptions(on: date))
    }

    /// Why civil servants do not work on `date`: the day off's name ("Tết Dương lịch", "Nghỉ bù
    /// ...") or the weekend day's ("Chủ nhật"); nil on a working day.
    public func dayOffName(_ date: CivilDate) -> String? {
        guard !isWorkingDay(date) else { return nil }
        return exceptions(on: date).first { $0.kind.isOff }?.name ?? date.weekdayName
    }

    /// `date` if it is a working day, else the first working day after it.
    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        isWorkingDay(date) ? date : adding(workingDays: 1, to: date)
    }

    /// The day a deadline written as `written` really falls due: when the last day of a period is
    /// a day off, the period ends on the next working day (Civil Code 2015 art. 148(5)).
    public func effectiveDue(_ written: CivilDate) -> CivilDate {
        nextWorkingDay(onOrAfter: written)
    }

    /// The `n`-th working day after `date` (n > 0) or before it (n < 0), not counting `date`
    /// itself; `date` unchanged when n is 0.
    ///
    /// For n > 0 the result `x` is the working day with exactly n working days in `(date, x]`;
    /// for n < 0, the working day with exactly -n working days in `[x, date)`. So from Friday
    /// 25/04/2025, 1 working day later is Saturday 26/04/2025 (a Saturday worked), 2 later is
    /// Monday 28/04, 3 later is Tuesday 29/04 and 4 later Monday 05/05 (30/4-4/5 off).
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        if n == 0 { return date }
        if let i = index(date) {
            let target = n > 0 ? Int(rank[i + 1]) + n : Int(rank[i]) + n + 1
            if target >= 1, target <= Int(rank[rank.count - 1]) {
                return CivilDate(dayNumber: firstDay + firstIndex(rankAtLeast: Int32(target)) - 1)
            }
        }
        return slowAdding(workingDays: n, to: date)
    }

    /// Working days from `from` to `to`: the number of working days in `(from, to]` when
    /// `to >= from`, and minus the number in `(to, from]` when `to < from`.
    ///
    /// Equivalently W(to) - W(from), where W(x) counts the working days up to and including x;
    /// so it is antisymmetric, adds up along a chain (a→b plus b→c is a→c), and
    /// `adding(workingDays: workingDays(from: a, to: b), to: a) == b` whenever `b` is a working
    /// day after `a`.
    public func workingDays(from: CivilDate, to: CivilDate) -> Int {
        if let i = index(from), let j = index(to) { return Int(rank[j + 1]) - Int(rank[i + 1]) }
        if to < from { return -workingDays(from: to, to: from) }
        var cache = YearCache(calendar: self)
        var count = 0
        var day = from.adding(days: 1)
        while day <= to {
            if cache.isWorking(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}
