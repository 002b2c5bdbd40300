#if canImport(Glibc)
import Glibc
#endif
import KeHoach
import KeHoachConfig
import KeHoachStore
import CSystemd

/// kehoachd's state and its one cycle: read the clock once, compute the due notices, record
/// them in the outbox, write each unsent one to the journal and mark it sent.
///
/// The store is read one plan at a time, from one snapshot (``ScheduleStore/forEachNoticeInput(_:)``):
/// each plan's notices, digest counts, next due instant and overdue count are taken from it and
/// the plan is dropped, so a cycle holds the largest plan's occurrences, not the whole store's
/// (a national store's would be hundreds of MB).
///
/// Crash safety comes from the order of the steps, each durable before the next: the outbox
/// insert (one transaction, unique by notice id), then the window's end in the store's
/// ``DaemonState`` (in the database, never beside it), then
/// for each notice the journal write followed by its `markSent`. A crash repeats at most the
/// notice in flight, under the same KEHOACH_NOTICE_ID, and loses none.
final class Daemon {
    /// The configuration in force (replaced whole by a successful reload).
    private(set) var config: Config
    /// The file it came from, re-read on SIGHUP; nil when built-in defaults are used.
    let configPath: String?
    /// The engine's store.
    let store: any ScheduleStore
    /// A number that changes when another process commits to the store.
    let changeToken: () throws -> Int
    /// Where entries go.
    let sink: any NoticeSink
    /// sd_notify.
    let notifier: Notifier
    /// The clock, read once per cycle.
    var clock: DaemonClock
    /// The store's working calendar (built-in data plus the overrides stored in the store),
    /// read again at each cycle: thresholds are counted on the calendar the stored effective
    /// dates were computed with, whoever stored the overrides.
    var calendar: WorkingCalendar = .standard
    /// The window's lower end for the next cycle instead of the stored one (`--since`), used once.
    var since: Instant?
    /// SIGHUP/SIGTERM/SIGINT, when running as a service.
    var signals: Signals?
    /// Signal requests read but not yet acted on.
    var requests: [Signals.Request] = []

    init(config: Config, configPath: String?, store: any ScheduleStore, changeToken: @escaping () throws -> Int,
         sink: any NoticeSink, notifier: Notifier, clock: DaemonClock) {
        self.config = config
        self.configPath = configPath
        self.store = store
        self.changeToken = changeToken
        self.sink = sink
        self.notifier = notifier
        self.clock = clock
    }

    /// What one cycle did.
    struct CycleReport: Hashable {
        /// The clock's reading for the cycle.
        var now: Instant
        /// The window's lower end.
        var after: Instant
        /// Notices new to the outbox.
        var recorded = 0
        /// Entries written to the sink (notices).
        var sent = 0
        /// Digest entries written.
        var digests = 0
        /// Open occurrences past their effective due date.
        var overdue = 0
        /// When the next cycle should run.
        var next: Instant
        /// True when a stop request cut the sending short (the rest stays in the outbox).
        var interrupted = false
    }

    /// Rules already built this cycle, by settings: most plans share theirs, and building
    /// rules indexes the whole working calendar.
    private var rulesCache: [NoticeSettings: NoticeRules] = [:]

    /// The notice rules of one plan under this configuration.
    func rules(for input: NoticeInput) -> NoticeRules {
        let settings = config.settings(over: input.settings)
        if let rules = rulesCache[settings] { return rules }
        let rules = NoticeRules(settings: settings, calendar: calendar)
        rulesCache[settings] = rules
        return rules
    }

    /// How long before the window's lower end a plan's import or an event's recording may be
    /// dated and still be unseen by the cycle that ended there (see ``cycle()``): five minutes,
    /// far longer than any import's or recording's transaction.
    static let unseenMargin: Int64 = 300

    /// Runs one cycle: the notices due in the window `(after, now]`.
    ///
    /// The window's lower end `after` is, in this order: `--since` (once), the last cycle's
    /// `now` kept in the store's ``DaemonState``, or on a first start (no state yet) midnight of
    /// `now`'s day. A first start thus sends what falls due today, and catches up once each plan
    /// imported and each event recorded since midnight (see below), but does not replay the
    /// store's history; `--since` asks for a longer window.
    ///
    /// Each plan's notices start at its import and each event occurrence's at its recording
    /// (``NoticeInput/context(after:through:)``): thresholds that passed before the start are
    /// sent once, as one catch-up dated at the start, in the cycle whose window holds it, so a
    /// plan imported while the daemon runs is told at once which of its occurrences are
    /// overdue. A start after `now` (a `--now` before the real import, a clock set back) is
    /// moved to the window's lower end: the window then counts every threshold in it, as if the
    /// plan had always been there, and consecutive windows still add up to one.
    ///
    /// An import stamps its instant when its transaction begins writing and becomes visible when
    /// it commits, and instants are whole seconds, so a cycle that read the clock and the store
    /// in between did not see a start dated before its `now`. The occurrences whose start lies
    /// in the ``unseenMargin`` before the window are therefore computed from there too; what
    /// the earlier cycle did see is in the outbox already, under the same ids, and is not
    /// recorded again.
    ///
    /// The plans are read and computed before anything is recorded (the store's snapshot is a
    /// read transaction, which cannot hold the outbox's write): the window's notices are
    /// gathered over every plan and recorded in one transaction, in plan order, as if every
    /// plan had been read at once.
    func cycle() throws -> CycleReport {
        rulesCache = [:]  // the configuration or calendar may have changed since the last cycle
        defer {
            rulesCache = [:]
            malloc_trim(0)  // give the cycle's memory back: the daemon idles most of its life
        }
        calendar = try store.calendar  // overrides another admin stored since are in force at once
        let now = clock.now()
        var state = try store.daemonState
        let after = since ?? state.lastCycle ?? Instant(date: now.date)
        // Starts in (lookBack, after] may have been unseen by the cycle that ended at `after`.
        let lookBack = since == nil ? state.lastCycle.map { Instant(seconds: $0.seconds - Daemon.unseenMargin) } : nil
        since = nil
        var report = CycleReport(now: now, after: after, next: now)
        // Whether step 4 owes the day's digest, but for a stop request cutting step 3 short:
        // nothing below changes the configuration, the calendar or `lastDigest` before then.
        let digestDue = config.digest && calendar.isWorkingDay(now.date) && now.minuteOfDay >= config.checkTime
            && (state.lastDigest.map { $0 < now.date } ?? true)

        // 0. Read the store plan by plan, from one snapshot, and take from each plan what the
        // steps below need: its notices of the window, its digest counts, its next due instant
        // and its overdue count. Only the notices are kept (they are few); each plan's
        // occurrences are dropped before the next plan is read, so the cycle's memory is one
        // plan's, not the store's.
        var due: [Notice] = []
        var digest = digestDue ? Digest.Accumulator(day: now.date) : nil
        var nextDue: Instant?
        try store.forEachNoticeInput { input in
            let context = input.context(after: lookBack ?? after, through: now)
            let rules = rules(for: input)
            if now > after {
                var notices = rules.notices(for: context, closed: input.closed, after: after, through: now)
                if let lookBack {
                    notices += Daemon.unseen(context, closed: input.closed, rules: rules, from: lookBack, after: after, now: now)
                }
                // An ended plan goes quiet; thresholds missed meanwhile are coalesced.
                notices = QuietPlan(graceDays: config.quietAfterDays).filter(notices, context: context, activity: input.settings.activity)
                due += config.catchUp.apply(to: notices, now: now)
            }
            digest?.add(input)
            if let planDue = rules.nextDue(for: context, closed: input.closed, after: now),
               nextDue.map({ planDue < $0 }) ?? true {
                nextDue = planDue
            }
            report.overdue += Daemon.overdueCount(input, on: now.date)
        }

        // 1. Record what fell due in (after, now]: idempotent, unique by notice id.
        if now > after {
            report.recorded = try store.recordNotices(due)
        }
        // 2. Move the window forward, never back (a clock that jumped back recomputes nothing).
        if state.lastCycle.map({ now > $0 }) ?? true {
            state.lastCycle = now
            try store.saveDaemonState(state)
        }
        // 3. Write every unsent notice, marking each sent right after it is written.
        report.sent = try sendUnsent(at: now, interrupted: &report.interrupted)
        // 4. The daily digest, once a working day at the check time.
        if let digest, !report.interrupted {
            for entry in digest.digest.entries {
                try sink.write(entry, at: now)
                report.digests += 1
            }
            state.lastDigest = now.date
            try store.saveDaemonState(state)
        }
        // 5. When to look again.
        report.next = nextWake(after: now, due: nextDue)
        return report
    }

    /// How many of a plan's open occurrences are past their effective due date on `day`.
    static func overdueCount(_ input: NoticeInput, on day: CivilDate) -> Int {
        var count = 0
        for occurrence in input.context.occurrences where occurrence.effectiveDue < day && !input.closed.contains(occurrence.id) {
            count += 1
        }
        return count
    }

    /// The notices in `(lookBack, after]` of the occurrences of `context` whose start (the
    /// plan's import, or their event's recording) lies in that interval: what the cycle that
    /// ended at `after` may not have seen. Empty, after one pass over the occurrences, when no
    /// start is that recent (nearly always).
    static func unseen(_ context: NoticeContext, closed: Set<String>, rules: NoticeRules, from lookBack: Instant,
                       after: Instant, now: Instant) -> [Notice] {
        func recent(_ start: Instant?) -> Bool { start.map { $0 > lookBack && $0 <= after } ?? false }
        let planRecent = recent(context.notBefore)
        guard planRecent || context.occurrences.contains(where: { recent($0.notBefore) }) else { return [] }
        var unseen = context
        unseen.occurrences = context.occurrences.filter { o in
            let start = [context.notBefore, o.notBefore].compactMap { $0 }.max()
            return recent(start)
        }
        // Through `now`, so that `late` says when they are sent; (after, now] is the main window's.
        return rules.notices(for: unseen, closed: closed, after: lookBack, through: now).filter { $0.dueAt <= after }
    }

    /// Writes the outbox's unsent notices, oldest first; stops early (between two notices) on
    /// a stop request. Returns how many were written.
    private func sendUnsent(at now: Instant, interrupted: inout Bool) throws -> Int {
        var sent = 0
        var done: Set<String> = []
        while true {
            let batch = try store.unsentNotices(limit: 64).filter { !done.contains($0.notice.id) }
            if batch.isEmpty { return sent }
            for entry in batch {
                if stopRequested() {
                    interrupted = true
                    return sent
                }
                try sink.write(JournalEntry(notice: entry.notice), at: now)
                try store.markSent(noticeIDs: [entry.notice.id], at: now)
                done.insert(entry.notice.id)
                sent += 1
                notifier.keepAlive()
            }
        }
    }

    /// The earliest of: the engine's next due instant `due` (the earliest of every plan's
    /// ``NoticeRules/nextDue(for:closed:after:)``, nil when no plan owes another notice), the
    /// next daily check (the check time on the next working day), and `now` plus the longest
    /// sleep.
    func nextWake(after now: Instant, due: Instant?) -> Instant {
        var next = Instant(seconds: now.seconds + config.maxSleepSeconds)
        if let check = nextDailyCheck(after: now), check < next { next = check }
        if let due, due < next { next = due }
        return next
    }

    /// The check time on the first working day whose check time is after `now`.
    func nextDailyCheck(after now: Instant) -> Instant? {
        var day = now.date
        for _ in 0..<60 {
            let at = Instant(date: day, hour: config.checkTime / 60, minute: config.checkTime % 60)
            if at > now, calendar.isWorkingDay(day) { return at }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// Reads pending signals; true once a stop was asked for.
    func stopRequested() -> Bool {
        if let signals { requests += signals.pending() }
        return requests.contains(.stop)
    }

    /// Writes one of the daemon's own messages when `level` passes the configured log level.
    func log(_ level: LogLevel, _ message: String, id: String? = nil) {
        guard level.rawValue <= config.logLevel.rawValue else { return }
        let entry = JournalEntry(message: message, priority: level.rawValue, fields: id.map { [("MESSAGE_ID", $0)] } ?? [])
        try? sink.write(entry, at: clock.now())
    }

    /// Re-reads the configuration file and its calendar override file; a bad file is refused
    /// and the old configuration stays. Overrides that differ from the store's are stored
    /// (``adoptCalendarOverrides(_:from:)``) before the new configuration is taken, so the
    /// configuration and the store's calendar change together or not at all.
    /// Returns whether the new one was taken.
    @discardableResult
    func reload() -> Bool {
        notifier.reloading()
        defer { notifier.ready(status: "Đã nạp lại cấu hình") }
        guard let configPath else {
            log(.info, "Nạp lại: không có tệp cấu hình, giữ giá trị mặc định")
            return true
        }
        do {
            var fresh = try ConfigParser.load(path: configPath)
            let overrides = try Daemon.calendarOverrides(for: fresh)
            if fresh.database != config.database {
                log(.warning, "Nạp lại: đổi 'database' chỉ có hiệu lực khi khởi động lại; vẫn dùng \(config.database)")
                fresh.database = config.database
            }
            try adoptCalendarOverrides(overrides, from: fresh.calendarOverrides)
            config = fresh
            log(.info, "Đã nạp lại cấu hình từ \(configPath)")
            return true
        } catch {
            log(.err, "Từ chối cấu hình mới, giữ cấu hình cũ: \(error)", id: MessageID.configRefused)
            return false
        }
    }
}
