/// One cycle of the notice engine, the one place its rules meet: given the settings in force, the
/// store's working calendar, the window and `now`, it takes the store's plans one at a time and
/// gives the notices to record, each read occurrence's next threshold for the store's index, and
/// when to look again.
///
/// kehoachd, `kehoach check` and `kehoach situation` only feed it: the window
/// (``window(now:since:lastCycle:)``), the thresholds (``EngineSettings/settings(over:)``), the
/// start of each plan's and event's notices (``NoticeInput/context(after:through:)``), the
/// notices the cycle that ended at the window's start may not have seen (``unseenMargin``),
/// ended plans going quiet (``QuietPlan``), missed thresholds coalesced (``CatchUpPolicy``), the
/// next threshold of each occurrence (``NoticeIndexEntry``) and the next wake-up
/// (``nextWake(due:)``) are all computed here.
public struct NoticeCycle: Sendable {
    /// Bump when a change of these rules moves any threshold, so that stores index their
    /// occurrences again (it is part of ``EngineSettings/indexFingerprint(calendar:)``).
    public static let rulesVersion = 1

    /// How long before the window's lower end a plan's import or an event's recording may be
    /// dated and still be unseen by the cycle that ended there: five minutes, far longer than
    /// any import's or recording's transaction (an import stamps its instant when it begins
    /// writing and is seen when it commits).
    public static let unseenMargin: Int64 = 300

    /// The settings in force.
    public let settings: EngineSettings
    /// The store's working calendar (the one its effective due dates were computed with).
    public let calendar: WorkingCalendar
    /// The clock's reading for the cycle.
    public let now: Instant
    /// The window's lower end: notices due in `(after, now]`; nil for every notice since each
    /// plan's import (`kehoach check`, which leaves out what the outbox holds).
    public let after: Instant?
    /// Starts in `(lookBack, after]` may have been unseen by the cycle that ended at `after`.
    public let lookBack: Instant?

    /// The notices of the plans added so far, in plan order, after quiet plans, before catch-up.
    public private(set) var candidates: [Notice] = []
    /// The notices to record: ``candidates`` as the catch-up policy sends them.
    public var notices: [Notice] { notices(among: candidates) }
    /// Index entries of occurrences with notices this cycle: to be written with the notices,
    /// in the same transaction, never before (``add(_:)``).
    public private(set) var pendingIndex: [NoticeIndexEntry] = []
    /// The earliest next threshold among the occurrences read, nil when none owes another.
    public private(set) var nextDue: Instant?
    /// How many occurrences were read (zero: nothing due or changed since the last cycle).
    public private(set) var occurrencesRead = 0

    private var rulesCache: [NoticeSettings: NoticeRules] = [:]

    /// A cycle of the window `(after, now]` (`after` nil: since each plan's import).
    public init(settings: EngineSettings, calendar: WorkingCalendar, now: Instant, after: Instant?,
                lookBack: Instant? = nil) {
        self.settings = settings
        self.calendar = calendar
        self.now = now
        self.after = after
        self.lookBack = lookBack
    }

    /// The window of a daemon's cycle at `now`: its lower end is, in this order, `since` (an
    /// admin's `--since`), the last cycle's `now`, or midnight of `now`'s day on a first start
    /// (which sends what falls due today, not the store's history); `lookBack` is set when the
    /// window continues the last cycle's (``unseenMargin``).
    public static func window(now: Instant, since: Instant?, lastCycle: Instant?) -> (after: Instant, lookBack: Instant?) {
        let after = since ?? lastCycle ?? Instant(date: now.date)
        let lookBack = since == nil ? lastCycle.map { Instant(seconds: $0.seconds - unseenMargin) } : nil
        return (after, lookBack)
    }

    /// The rules of one plan under the settings in force (built once per distinct settings:
    /// building rules indexes the whole working calendar).
    public mutating func rules(for input: NoticeInput) -> NoticeRules {
        let resolved = settings.settings(over: input.settings)
        if let rules = rulesCache[resolved] { return rules }
        let rules = NoticeRules(settings: resolved, calendar: calendar)
        rulesCache[resolved] = rules
        return rules
    }

    /// Computes one plan's notices of the window and its occurrences' next thresholds. Returns
    /// the index entries of the occurrences with no notice this cycle: they may be written at
    /// once (no notice can be lost behind them); the others wait in ``pendingIndex``.
    @discardableResult
    public mutating func add(_ input: NoticeInput) -> [NoticeIndexEntry] {
        let context = input.context(after: lookBack ?? after, through: now)
        let rules = rules(for: input)
        let quietFrom = settings.quiet.quietFrom(lastDue: input.planLastDue, activity: input.settings.activity)
        var computed: [Notice] = []
        if after.map({ now > $0 }) ?? true {
            computed = rules.notices(for: context, closed: input.closed, after: after, through: now)
            if let lookBack, let after {
                computed += NoticeCycle.unseen(context, closed: input.closed, rules: rules, from: lookBack, after: after, now: now)
            }
            computed = settings.quiet.filter(computed, quietFrom: quietFrom)
            candidates += computed
        }
        occurrencesRead += context.occurrences.count
        let noticed = Set(computed.map(\.occurrenceID))
        var immediate: [NoticeIndexEntry] = []
        for occurrence in context.occurrences {
            let next = NoticeCycle.next(occurrence, in: context, closed: input.closed, rules: rules, quietFrom: quietFrom,
                                        quiet: settings.quiet, after: now)
            if let next, nextDue.map({ next < $0 }) ?? true { nextDue = next }
            let entry = NoticeIndexEntry(occurrenceID: occurrence.id, next: next, revision: input.revisions[occurrence.id] ?? 0)
            if noticed.contains(occurrence.id) { pendingIndex.append(entry) } else { immediate.append(entry) }
        }
        return immediate
    }

    /// How many candidate notices a daemon gathers before it records them, with their index
    /// entries, in a transaction of their own (``takeRecordable()``): a morning when every
    /// commune of a nation has a deadline then holds a few thousand notices, not a hundred
    /// thousand (about 2.4 KB each until recorded).
    public static let recordingBatch = 4000

    /// The notices and pending index entries gathered so far, as they are recorded
    /// (``notices``, ``pendingIndex``), and forgets them: recording them now, in one
    /// transaction, loses nothing behind their entries, and only the window's end must wait
    /// for the cycle's last batch. Plans are never split between two batches, so catch-up
    /// groups (per occurrence and recipients) stay whole.
    public mutating func takeRecordable() -> (notices: [Notice], index: [NoticeIndexEntry]) {
        defer {
            candidates = []
            pendingIndex = []
        }
        return (notices, pendingIndex)
    }

    /// `candidates` (some of ``candidates``: those the outbox does not hold yet, for
    /// `kehoach check`, whose window starts at each plan's import) as the catch-up policy sends
    /// them: coalesced per occurrence and recipients (``CatchUpPolicy``).
    public func notices(among candidates: [Notice]) -> [Notice] { settings.catchUp.apply(to: candidates, now: now) }

    /// The first instant after `now` at which `occurrence` owes a notice that is sent: its
    /// next threshold (``NoticeRules/nextDue(for:closed:notBefore:after:)``), unless its plan is
    /// quiet by then (every later threshold is then an overdue step or an escalation, kept back).
    static func next(_ occurrence: Occurrence, in context: NoticeContext, closed: Set<String>, rules: NoticeRules,
                     quietFrom: CivilDate?, quiet: QuietPlan, after now: Instant) -> Instant? {
        guard !closed.contains(occurrence.id),
              let next = rules.nextDue(for: [occurrence], closed: [], notBefore: context.notBefore, after: now) else {
            return nil
        }
        guard let quietFrom, next.date >= quietFrom else { return next }
        // Quiet by then: only a catch-up of a reminder or due notice (an event recorded late) is still sent.
        var single = context
        single.occurrences = [occurrence]
        let atNext = rules.notices(for: single, closed: [], after: now, through: next)
        return atNext.contains { !quiet.silences($0, quietFrom: quietFrom) } ? next : nil
    }

    /// The notices in `(lookBack, after]` of the occurrences of `context` whose start (the
    /// plan's import, or their event's recording) lies in that interval: what the cycle that
    /// ended at `after` may not have seen. Empty, after one pass over the occurrences, when no
    /// start is that recent (nearly always).
    public static func unseen(_ context: NoticeContext, closed: Set<String>, rules: NoticeRules, from lookBack: Instant,
                       after: Instant, now: Instant) -> [Notice] {
        func recent(_ start: Instant?) -> Bool { start.map { $0 > lookBack && $0 <= after } ?? false }
        let planRecent = recent(context.notBefore)
        guard planRecent || context.occurrences.contains(where: { recent($0.notBefore) }) else { return [] }
        var unseen = context
        unseen.occurrences = context.occurrences.filter { o in
            recent([context.notBefore, o.notBefore].compactMap { $0 }.max())
        }
        // Through `now`, so that `late` says when they are sent; (after, now] is the main window's.
        return rules.notices(for: unseen, closed: closed, after: lookBack, through: now).filter { $0.dueAt <= after }
    }
}
