/// The notice rules of DESIGN.md as a pure function of occurrences, a calendar and a time window.
///
/// A notice falls due at its threshold day (counted in working days from the occurrence's
/// effective due date) at the plan's time of day. ``notices(for:closed:after:through:)`` gives
/// every notice whose instant lies in `(after, through]`: calling it over consecutive windows,
/// in steps of any size, yields each notice exactly once, and a window that goes backwards (a
/// clock that jumped back) yields nothing new. Closed (done or waived) occurrences yield none.
public struct NoticeRules: Sendable {
    /// The plan's thresholds.
    public var settings: NoticeSettings
    /// The working-day calendar thresholds are counted on.
    public var calendar: WorkingCalendar

    public init(settings: NoticeSettings = .standard, calendar: WorkingCalendar = .standard) {
        self.settings = settings
        self.calendar = calendar
    }

    /// One threshold of one occurrence: which notice, and from when it is due.
    public struct Threshold: Hashable, Sendable {
        /// The kind of notice.
        public var kind: NoticeKind
        /// The step (see ``Notice/step``).
        public var step: Int
        /// The threshold's day.
        public var day: CivilDate
        /// The threshold's instant: `day` at the settings' time of day.
        public var instant: Instant
    }

    /// The thresholds of an occurrence whose instants lie in `(after, through]`, in time order.
    public func thresholds(of occurrence: Occurrence, after: Instant?, through: Instant) -> [Threshold] {
        let due = occurrence.effectiveDue
        var result: [Threshold] = []
        func consider(_ kind: NoticeKind, _ step: Int, _ day: CivilDate) -> Bool {
            let instant = Instant(date: day, hour: settings.minuteOfDay / 60, minute: settings.minuteOfDay % 60)
            guard instant <= through else { return false }
            if after.map({ instant > $0 }) ?? true {
                result.append(Threshold(kind: kind, step: step, day: day, instant: instant))
            }
            return true
        }
        for days in settings.reminders {
            guard consider(.reminder, days, calendar.adding(workingDays: -days, to: due)) else { return result }
        }
        guard consider(.due, 0, due) else { return result }
        // Overdue: the next working day, then every `overdueEvery` working days. Skip the steps
        // that are already at or before `after` without walking them one by one.
        var step = 0
        if let after {
            let passed = calendar.workingDays(from: due, to: after.date) - 1
            step = max(0, passed / settings.overdueEvery - 1)
        }
        var escalationDone = settings.escalateAfter == nil
        while true {
            let offset = 1 + step * settings.overdueEvery
            if !escalationDone, let escalate = settings.escalateAfter, escalate <= offset {
                escalationDone = true
                guard consider(.escalation, 0, calendar.adding(workingDays: escalate, to: due)) else { break }
            }
            guard consider(.overdue, step, calendar.adding(workingDays: offset, to: due)) else { break }
            step += 1
        }
        if !escalationDone, let escalate = settings.escalateAfter {
            _ = consider(.escalation, 0, calendar.adding(workingDays: escalate, to: due))
        }
        return result.sorted { $0.instant < $1.instant }
    }

    /// The notices of `context`'s open occurrences that fall due in `(after, through]`.
    ///
    /// `closed` holds the ids of done or waived occurrences. A notice is `late` when `through`
    /// falls on a later day than its threshold.
    public func notices(for context: NoticeContext, closed: Set<String>, after: Instant?,
                        through: Instant) -> [Notice] {
        var result: [Notice] = []
        for occurrence in context.occurrences where !closed.contains(occurrence.id) {
            for threshold in thresholds(of: occurrence, after: after, through: through) {
                result.append(context.notice(for: occurrence, threshold: threshold, calendar: calendar,
                                             late: through.date > threshold.day))
            }
        }
        return result
    }

    /// The earliest instant after `now` at which any open occurrence's notice falls due, so the
    /// daemon can sleep until then; nil when none ever will.
    public func nextDue(for occurrences: [Occurrence], closed: Set<String>, after now: Instant) -> Instant? {
        var best: Instant?
        for occurrence in occurrences where !closed.contains(occurrence.id) {
            if let next = nextThreshold(of: occurrence, after: now), best.map({ next < $0 }) ?? true {
                best = next
            }
        }
        return best
    }

    /// The first threshold instant of `occurrence` after `now`; overdue notices repeat forever.
    func nextThreshold(of occurrence: Occurrence, after now: Instant) -> Instant? {
        // Every occurrence has a threshold within `overdueEvery` working days after any instant
        // past its due date, and one on its due date before; look ahead far enough for both.
        let horizonDays = max(settings.reminders.first ?? 0, settings.escalateAfter ?? 0, settings.overdueEvery) * 3 + 14
        let limit = Instant(seconds: now.seconds + Int64(horizonDays) * 86_400)
        let ahead = thresholds(of: occurrence, after: now, through: max(limit, Instant(date: occurrence.effectiveDue.adding(days: 1))))
        return ahead.first?.instant
    }
}
