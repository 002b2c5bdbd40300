/// How a ``WorkingCalendar`` is assembled from rules, announcements and overrides, and the
/// precomputed running count of working days behind its arithmetic.
extension WorkingCalendar {
    /// Builds the table from per-year exceptions before overrides.
    init(scheduled: [[DayOff]], announcements: [AnnouncedSchedules.Announcement], overrides: CalendarOverrides) {
        let years = WorkingCalendar.tableYears
        var exceptions = scheduled
        var changesByYear: [Int: [CalendarOverrides.Change]] = [:]
        for change in overrides.changes where years.contains(change.date.year) {
            changesByYear[change.date.year, default: []].append(change)
        }
        for (year, changes) in changesByYear {
            exceptions[year - years.lowerBound] = WorkingCalendar.apply(changes, to: exceptions[year - years.lowerBound])
        }
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: years.upperBound, month: 12, day: 31)!.dayNumber
        var working = [Bool](repeating: false, count: last - first + 1)
        for i in working.indices { working[i] = !CivilDate(dayNumber: first + i).isWeekend }
        for yearDays in exceptions {
            for day in yearDays where day.kind == .swappedWorkday { working[day.date.dayNumber - first] = true }
            for day in yearDays where day.kind.isOff { working[day.date.dayNumber - first] = false }
        }
        var rank = [Int32](repeating: 0, count: working.count + 1)
        for i in working.indices { rank[i + 1] = rank[i] + (working[i] ? 1 : 0) }
        self.scheduled = scheduled
        self.exceptions = exceptions
        self.announcements = announcements
        self.overrides = overrides
        self.rank = rank
        self.firstDay = first
    }

    /// The exceptions rules and announcements give for `year`: the announced days of the
    /// occasions announced, the law's holidays of the others, and compensatory days for those
    /// of the law's holidays that fall on a weekend. Dates may spill into a neighbouring year.
    static func schedule(year: Int, announcements: [AnnouncedSchedules.Announcement]) -> [DayOff] {
        let announced = announcements.filter { $0.year == year }
        let replaced = Set(announced.flatMap(\.occasions))
        let fixed = announced.flatMap(\.days)
        let holidays = Holidays.inForce(in: year).holidays(in: year, excluding: replaced)
        let alreadyOff = Set(fixed.filter(\.kind.isOff).map(\.date))
        return (fixed + holidays + Holidays.compensatoryDays(for: holidays, alreadyOff: alreadyOff)).sorted()
    }

    /// `days` with each change replacing everything on its date.
    static func apply(_ changes: [CalendarOverrides.Change], to days: [DayOff]) -> [DayOff] {
        guard !changes.isEmpty else { return days }
        let dates = Set(changes.map(\.date))
        var result = days.filter { !dates.contains($0.date) }
        for case let .set(day) in changes { result.append(day) }
        return result.sorted()
    }

    /// Whether a date with these exceptions is worked: any day off wins, then a swapped workday,
    /// then Monday to Friday.
    static func isWorking(_ date: CivilDate, exceptions: [DayOff]) -> Bool {
        if exceptions.contains(where: \.kind.isOff) { return false }
        if exceptions.contains(where: { $0.kind == .swappedWorkday }) { return true }
        return !date.isWeekend
    }

    /// The table index of `date`, or nil outside ``tableYears``.
    func index(_ date: CivilDate) -> Int? {
        let i = date.dayNumber - firstDay
        return i >= 0 && i < rank.count - 1 ? i : nil
    }

    /// The smallest index `j` with `rank[j] >= value` (binary search; `rank` is non-decreasing).
    func firstIndex(rankAtLeast value: Int32) -> Int {
        var low = 0, high = rank.count - 1
        while low < high {
            let mid = (low + high) / 2
            if rank[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// ``adding(workingDays:to:)`` day by day, for results outside the table.
    func slowAdding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        var cache = YearCache(calendar: self)
        let step = n > 0 ? 1 : -1
        var remaining = abs(n)
        var day = date
        while remaining > 0 {
            day = day.adding(days: step)
            if cache.isWorking(day) { remaining -= 1 }
        }
        return day
    }

    /// Day-by-day evaluation that computes each year's exceptions once.
    struct YearCache {
        let calendar: WorkingCalendar
        var year = Int.min
        var byDate: [CivilDate: [DayOff]] = [:]

        init(calendar: WorkingCalendar) { self.calendar = calendar }

        mutating func isWorking(_ date: CivilDate) -> Bool {
            if let i = calendar.index(date) { return calendar.rank[i + 1] != calendar.rank[i] }
            if date.year != year {
                year = date.year
                byDate = Dictionary(grouping: calendar.daysOff(in: year), by: \.date)
            }
            return WorkingCalendar.isWorking(date, exceptions: byDate[date] ?? [])
        }
    }
}
