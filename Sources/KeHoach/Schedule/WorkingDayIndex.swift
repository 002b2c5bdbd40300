/// Working days numbered in order, so that notice thresholds become integer arithmetic.
///
/// The rank of a date is the number of working days in (01/01/2000, date] (negative before):
/// consecutive working days have consecutive ranks, and the `n`-th working day after a working
/// day of rank `r` has rank `r + n`, exactly as ``WorkingCalendar/adding(workingDays:to:)``
/// counts. Both directions are O(1) / O(log n) inside the calendar's table years.
struct WorkingDayIndex: Sendable {
    /// The calendar whose working days are numbered.
    let calendar: WorkingCalendar
    /// Rank 0 is this day (or the last working day before it).
    static let anchor = CivilDate(year: 2000, month: 1, day: 1)!
    private let anchorWorks: Bool

    init(calendar: WorkingCalendar) {
        self.calendar = calendar
        anchorWorks = calendar.isWorkingDay(WorkingDayIndex.anchor)
    }

    /// The number of working days up to and including `date`, counted from the anchor.
    func rank(of date: CivilDate) -> Int {
        calendar.workingDays(from: WorkingDayIndex.anchor, to: date)
    }

    /// The working day whose rank is `rank`.
    func day(ofRank rank: Int) -> CivilDate {
        if rank >= 1 { return calendar.adding(workingDays: rank, to: WorkingDayIndex.anchor) }
        // (x, anchor] holds -rank working days; `adding` counts [x, anchor) for n < 0.
        return calendar.adding(workingDays: anchorWorks ? rank : rank - 1, to: WorkingDayIndex.anchor)
    }

    /// The rank of the first working day on or after `date`.
    func rank(onOrAfter date: CivilDate) -> Int {
        rank(of: date.adding(days: -1)) + 1
    }
}

extension Instant {
    /// Seconds past local midnight (0..<86400).
    var secondOfDay: Int {
        let r = (seconds + Instant.utcOffset) % 86_400
        return Int(r < 0 ? r + 86_400 : r)
    }

    /// The instant one second earlier: instants are whole seconds, so `t < x` iff `t <= x - 1`.
    var previousSecond: Instant { Instant(seconds: seconds - 1) }
}
