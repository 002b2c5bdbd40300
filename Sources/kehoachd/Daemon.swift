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
/// The rules of a cycle are the core's (``NoticeCycle``); the daemon reads only what the store's
/// index of next thresholds makes due (``NoticeSelection``), one plan at a time, so a cycle's
/// cost and memory grow with what is due, not with the store.
///
/// Crash safety comes from the order of the steps, each durable before the next: the outbox
/// insert with the index entries and the window's end in the store's ``DaemonState`` (one
/// transaction, unique by notice id; in the database, never beside it), then
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
    /// How many notices a cycle gathers before it records them with their index entries
    /// (``NoticeCycle/recordingBatch``; tests make it small).
    var recordingBatch = NoticeCycle.recordingBatch
    /// Sends the alerts (e-mail, webhook) after each cycle, when kehoachd.conf configures them.
    private(set) lazy var deliverer = Deliverer(store: store, config: config.delivery) { [unowned self] entry in
        try? self.sink.write(entry, at: self.clock.now())
    }

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
        /// What the alerts' run did (e-mail and webhook deliveries).
        var deliveries = Deliverer.Report()
    }

    /// Runs one cycle: the notices due in the window `(after, now]`, computed by the core's
    /// ``NoticeCycle`` (window, thresholds, catch-up, quiet plans, unseen starts, next
    /// thresholds, next wake-up are its rules; this function reads, records and sends).
    ///
    /// The window (``NoticeCycle/window(now:since:lastCycle:)``) starts at `--since` (once), the
    /// last cycle's `now` kept in the store's ``DaemonState``, or on a first start midnight of
    /// `now`'s day. Only the occurrences the store's index of next thresholds makes due in the
    /// window, or that changed since they were indexed, are read
    /// (``NoticeIndexState/selection(_:fingerprint:after:through:)``); every occurrence is
    /// read when the index was computed under other settings or calendar, or for an earlier
    /// window (`--since`).
    ///
    /// The notices and the index entries of their occurrences are recorded together, in
    /// batches of a few thousand between batches of plans, the window's end with the last
    /// (``ScheduleStore/recordCycle(notices:index:state:)``): a crash repeats the cycle, whose
    /// recorded batches the outbox then already holds, and loses nothing. Then every unsent notice is written, and
    /// once a working day at the check time the digest, counted by the store
    /// (``ScheduleStore/unitSummaries(on:)``).
    func cycle() throws -> CycleReport {
        defer { malloc_trim(0) }  // give the cycle's memory back: the daemon idles most of its life
        calendar = try store.calendar  // overrides another admin stored since are in force at once
        let settings = config.engine
        let now = clock.now()
        var state = try store.daemonState
        let (after, lookBack) = NoticeCycle.window(now: now, since: since, lastCycle: state.lastCycle)
        let fingerprint = settings.indexFingerprint(calendar: calendar)
        let selection = NoticeIndexState.selection(state.noticeIndex, fingerprint: fingerprint, after: after, through: now)
        since = nil
        var report = CycleReport(now: now, after: after, next: now)
        // Whether step 3 owes the day's digest, but for a stop request cutting step 2 short.
        let digestDue = NoticeCycle.digestDue(at: now, lastDigest: state.lastDigest, settings: settings, calendar: calendar)

        // 1. Compute what fell due in (after, now] and record it with the index, the window's
        // end and the overdue count, in one transaction. A clock set back (now <= after)
        // computes and moves nothing.
        var engine = NoticeCycle(settings: settings, calendar: calendar, now: now, after: after, lookBack: lookBack)
        // The window moves forward, never back: a `--since` window that ends before the last
        // cycle's leaves it where it was.
        let forward = state.lastCycle.map { now > $0 } ?? true
        if forward { state.lastCycle = now }
        if now > after {
            // Between batches of plans, a large gathering is recorded with its index entries (the
            // window's end waits for the last batch): memory stays bounded on a national morning.
            try store.forEachNoticeInput(selection, { input in engine.add(input) }, afterBatch: { () throws(KeHoachError) in
                guard engine.candidates.count >= self.recordingBatch else { return }
                let batch = engine.takeRecordable()
                report.recorded += try store.recordCycle(notices: batch.notices, index: batch.index, state: nil)
            })
            state.noticeIndex = NoticeIndexState(fingerprint: fingerprint, through: now)
            report.overdue = try overdueCount(on: now.date, afterReading: engine.occurrencesRead, state: &state)
            let last = engine.takeRecordable()
            report.recorded += try store.recordCycle(notices: last.notices, index: last.index, state: state)
        } else {
            report.overdue = try overdueCount(on: now.date, afterReading: 0, state: &state)
            if forward { try store.saveDaemonState(state) }  // a first `--since T --now T` starts the window at T
        }
        // 2. Write every unsent notice, marking each sent right after it is written.
        report.sent = try sendUnsent(at: now, interrupted: &report.interrupted)
        // 3. The daily digest, once a working day at the check time.
        if digestDue, !report.interrupted {
            let digest = Digest(day: now.date, lines: try store.unitSummaries(on: now.date))
            for entry in digest.entries {
                try sink.write(entry, at: now)
                report.digests += 1
            }
            state.lastDigest = now.date
            try store.saveDaemonState(state)
        }
        // 4. The alerts: deliveries recorded with the notices' journal writes, sent now, retried later.
        var retryAt: Instant?
        if !report.interrupted, !deliverer.channels.isEmpty {
            deliverer.config = config.delivery
            report.deliveries = try deliverer.run(at: now, stop: { self.stopRequested() })
            retryAt = report.deliveries.limited ? Instant(seconds: (now.seconds / 60 + 1) * 60) : try store.earliestDelivery()
        }
        // 5. When to look again.
        let due = [try store.earliestNotice(after: now), retryAt.map { max($0, Instant(seconds: now.seconds + 1)) }].compactMap { $0 }.min()
        report.next = engine.nextWake(due: due)
        return report
    }

    /// ``ScheduleStore/overdueCount(on:)``, or the count remembered in `state` when this cycle
    /// read no occurrence (every change that moves the count marks an occurrence changed, which
    /// the cycle reads) and neither the day nor the number of plans moved since.
    private func overdueCount(on day: CivilDate, afterReading read: Int, state: inout DaemonState) throws -> Int {
        let plans = try store.planCount
        if read == 0, let known = state.overdue, known.day == day, known.plans == plans { return known.count }
        let count = try store.overdueCount(on: day)
        state.overdue = DaemonState.OverdueCount(day: day, count: count, plans: plans)
        return count
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
                // Marked sent with its deliveries (one per channel and recipient) in one commit.
                try store.markSent(notice: entry.notice, at: now, channels: deliverer.channels)
                done.insert(entry.notice.id)
                sent += 1
                notifier.keepAlive()
            }
        }
    }

    /// The next daily check after `now` under the configuration in force.
    func nextDailyCheck(after now: Instant) -> Instant? {
        NoticeCycle.nextDailyCheck(after: now, settings: config.engine, calendar: calendar)
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
                log(.warning, "Nạp lại: đổi 'database' chỉ có hiệu lực khi khởi động lại; vẫn dùng \(StoreLocation.redacted(config.database))")
                fresh.database = config.database
            }
            try adoptCalendarOverrides(overrides, from: fresh.calendarOverrides)
            config = fresh
            log(.info, "Đã nạp lại cấu hình từ \(configPath)")
            loadContactsFile()
            return true
        } catch {
            log(.err, "Từ chối cấu hình mới, giữ cấu hình cũ: \(error)", id: MessageID.configRefused)
            return false
        }
    }
}
