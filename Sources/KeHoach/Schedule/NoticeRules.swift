/// The notice rules of DESIGN.md as a pure function of occurrences, a calendar, a plan's
/// settings and a time window.
///
/// Each open occurrence owes a fixed set of notices, each identified by (occurrence, kind, step)
/// and due at one instant:
/// - a reminder `n` working days before the effective due date, for each `n` of
///   ``NoticeSettings/reminders``; the due notice on the due date; overdue notices the working
///   day after it and then every ``NoticeSettings/overdueEvery`` working days, forever; one
///   escalation to the focal unit ``NoticeSettings/escalateAfter`` working days after it; each
///   at ``NoticeSettings/minuteOfDay`` on its day;
/// - except thresholds before the occurrence's *start* (``NoticeContext/notBefore``, the
///   instant the plan was imported, or ``Occurrence/notBefore``, an event recorded late): those
///   are stale, and of them only the latest (the notices of the latest stale threshold day) is
///   kept, due at the start itself and marked late. A plan imported in July thus tells each
///   open Q1 occurrence once that it is overdue, instead of replaying its reminders, due and
///   overdue notices; an occurrence due next week gets the reminder that has just passed.
///
/// ``notices(for:closed:after:through:)`` gives the notices of that set whose instant lies in
/// `(after, through]`. Because the set does not depend on the window, calling it over
/// consecutive windows of any size yields each notice exactly once; a window that goes
/// backwards (a clock that jumped back) yields nothing. Closed (done or waived) occurrences
/// yield nothing. A notice is ``Notice/late`` when the window ends on a later day than its
/// threshold day (the daemon was down), and always when it is a catch-up.
///
/// Cost: O(1) integer arithmetic per occurrence plus O(log n) per notice produced.
public struct NoticeRules: Sendable {
    /// The plan's thresholds.
    public var settings: NoticeSettings { didSet { ladder = NoticeLadder(settings) } }
    /// The working-day calendar thresholds are counted on.
    public var calendar: WorkingCalendar { didSet { index = WorkingDayIndex(calendar: calendar) } }
    var ladder: NoticeLadder
    var index: WorkingDayIndex

    /// Rules for one plan's settings over a calendar.
    public init(settings: NoticeSettings = .standard, calendar: WorkingCalendar = .standard) {
        self.settings = settings
        self.calendar = calendar
        ladder = NoticeLadder(settings)
        index = WorkingDayIndex(calendar: calendar)
    }

    /// One notice-to-be of one occurrence: which notice, its threshold day, and from when it is due.
    public struct Threshold: Hashable, Sendable {
        /// The kind of notice.
        public var kind: NoticeKind
        /// The step (see ``Notice/step``).
        public var step: Int
        /// The threshold's day, counted in working days from the effective due date.
        public var day: CivilDate
        /// The instant the notice falls due: `day` at the settings' time of day, or the
        /// occurrence's start for a catch-up.
        public var instant: Instant
        /// True when the threshold passed before the occurrence's start and is sent at the start.
        public var caughtUp: Bool
    }

    /// The thresholds of `occurrence` whose instants lie in `(after, through]`, in time order,
    /// with `notBefore` the start of its plan's notices (nil: none; the occurrence's own
    /// ``Occurrence/notBefore`` applies too).
    public func thresholds(of occurrence: Occurrence, notBefore: Instant? = nil, after: Instant?,
                           through: Instant) -> [Threshold] {
        var result: [Threshold] = []
        let start = NoticeRules.later(notBefore, occurrence.notBefore)
        forEach(occurrence, start: start, stale: start.map(staleBound), after: after, through: through) {
            kind, step, rank, instant, caughtUp in
            result.append(Threshold(kind: kind, step: step, day: index.day(ofRank: rank), instant: instant,
                                    caughtUp: caughtUp))
        }
        return result
    }

    /// The notices of `context`'s open occurrences that fall due in `(after, through]`, in
    /// occurrence order then time order.
    ///
    /// `closed` holds the ids of done or waived occurrences. `after` nil means "from the
    /// beginning of time" (bounded by ``NoticeContext/notBefore`` when the plan has one).
    public func notices(for context: NoticeContext, closed: Set<String>, after: Instant?,
                        through: Instant) -> [Notice] {
        if let after, after >= through { return [] }
        var result: [Notice] = []
        let planStale = context.notBefore.map(staleBound)
        for occurrence in context.occurrences where !closed.contains(occurrence.id) {
            let start = NoticeRules.later(context.notBefore, occurrence.notBefore)
            let stale = occurrence.notBefore == nil ? planStale : start.map(staleBound)
            forEach(occurrence, start: start, stale: stale, after: after, through: through) {
                kind, step, rank, instant, caughtUp in
                let day = index.day(ofRank: rank)
                result.append(context.notice(
                    for: occurrence, kind: kind, step: step, due: calendar.nextWorkingDay(onOrAfter: occurrence.effectiveDue),
                    dueAt: instant, late: caughtUp || through.date > day, calendar: calendar))
            }
        }
        return result
    }

    /// Visits the notices of one occurrence due in `(after, through]`:
    /// `body(kind, step, threshold rank, instant due, caught up)`.
    @inline(__always)
    func forEach(_ occurrence: Occurrence, start: Instant?, stale: Int?, after: Instant?, through: Instant,
                 _ body: (NoticeKind, Int, Int, Instant, Bool) -> Void) {
        if let after, after >= through { return }
        let r = baseRank(occurrence)
        if let start, let stale, after.map({ start > $0 }) ?? true, start <= through,
           let latest = ladder.latest(base: r, atOrBefore: stale) {
            ladder.visit(base: r, from: latest, through: latest) { kind, step, rank in
                body(kind, step, rank, start, true)
            }
        }
        var lo = after.map(firstRank(after:)) ?? Int.min / 4
        if let stale { lo = max(lo, stale + 1) }
        ladder.visit(base: r, from: lo, through: lastRank(atOrBefore: through)) { kind, step, rank in
            body(kind, step, rank, instant(ofRank: rank), false)
        }
    }

    /// The rank of the occurrence's effective due date (moved to a working day should the
    /// calendar have changed since it was expanded).
    @inline(__always)
    func baseRank(_ occurrence: Occurrence) -> Int {
        index.rank(onOrAfter: occurrence.effectiveDue)
    }

    /// The instant at which a threshold of rank `rank` falls due.
    func instant(ofRank rank: Int) -> Instant {
        Instant(date: index.day(ofRank: rank), hour: settings.minuteOfDay / 60, minute: settings.minuteOfDay % 60)
    }

    /// The smallest rank whose threshold instant is after `t`.
    func firstRank(after t: Instant) -> Int {
        let day = t.date
        return index.rank(onOrAfter: t.secondOfDay < settings.minuteOfDay * 60 ? day : day.adding(days: 1))
    }

    /// The largest rank whose threshold instant is at or before `t`.
    func lastRank(atOrBefore t: Instant) -> Int {
        let day = t.date
        return index.rank(of: t.secondOfDay >= settings.minuteOfDay * 60 ? day : day.adding(days: -1))
    }

    /// The largest rank whose threshold instant is before `start`: thresholds up to it are stale.
    func staleBound(_ start: Instant) -> Int { lastRank(atOrBefore: start.previousSecond) }

    /// The later of two optional instants.
    static func later(_ a: Instant?, _ b: Instant?) -> Instant? {
        guard let a else { return b }
        guard let b else { return a }
        return max(a, b)
    }
}
