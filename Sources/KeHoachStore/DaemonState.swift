import KeHoach

/// kehoachd's memory between runs: where the last cycle's window ended and the day of the last
/// digest, kept in the database it is about (``ScheduleStore/daemonState``).
///
/// It lives with the database, never beside it: a `kehoachd --once --db test.db` in the
/// installed directory has its own state and leaves the production daemon's window alone, and
/// a copy of the database carries its daemon's window with it. Several kehoachd on one
/// database (the PostgreSQL store) share it, as they share the outbox.
public struct DaemonState: Hashable, Sendable {
    /// The `through` instant of the last cycle whose notices were recorded: the lower end of
    /// the next cycle's window. Nil before the first cycle.
    public var lastCycle: Instant?
    /// The day the last digest was written; nil before the first.
    public var lastDigest: CivilDate?
    /// How the store's index of next thresholds was last completed (``NoticeIndexState``); nil
    /// before the first cycle indexed it, and the next cycle reads every occurrence.
    public var noticeIndex: NoticeIndexState?
    /// The last overdue count of STATUS, with the day and the number of plans it was counted
    /// on: counting passes over every overdue occurrence, and the count only moves with the day,
    /// a plan deleted, or a change the next cycle reads anyway (a changed occurrence is read).
    public var overdue: OverdueCount?

    /// A remembered overdue count.
    public struct OverdueCount: Hashable, Sendable {
        /// The day it was counted on.
        public var day: CivilDate
        /// Open occurrences past their effective due date on that day.
        public var count: Int
        /// How many plans the store held.
        public var plans: Int

        /// A count from its parts.
        public init(day: CivilDate, count: Int, plans: Int) {
            self.day = day
            self.count = count
            self.plans = plans
        }
    }

    /// A state from its parts; `DaemonState()` is a first start.
    public init(lastCycle: Instant? = nil, lastDigest: CivilDate? = nil, noticeIndex: NoticeIndexState? = nil,
                overdue: OverdueCount? = nil) {
        self.lastCycle = lastCycle
        self.lastDigest = lastDigest
        self.noticeIndex = noticeIndex
        self.overdue = overdue
    }

    /// True when nothing is remembered (no cycle has run on this database).
    public var isEmpty: Bool { lastCycle == nil && lastDigest == nil && noticeIndex == nil && overdue == nil }

    /// The stored keys and their text (ISO 8601), the form of the `daemon_state` table and of the
    /// old `kehoachd.state` file: `last_cycle`, `last_digest`.
    public var pairs: [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        if let lastCycle { pairs.append((DaemonState.lastCycleKey, lastCycle.iso)) }
        if let lastDigest { pairs.append((DaemonState.lastDigestKey, lastDigest.iso)) }
        if let noticeIndex {
            pairs.append((DaemonState.indexFingerprintKey, noticeIndex.fingerprint))
            pairs.append((DaemonState.indexThroughKey, noticeIndex.through.iso))
        }
        if let overdue {
            pairs.append((DaemonState.overdueKey, "\(overdue.day.iso) \(overdue.count) \(overdue.plans)"))
        }
        return pairs
    }

    /// The state that stored `pairs` say; unknown keys and unreadable values are ignored (the
    /// window then starts as on a first start, which loses no notice of today).
    public init(pairs: [(key: String, value: String)]) {
        self.init()
        var fingerprint: String?
        var through: Instant?
        for (key, value) in pairs {
            switch key {
            case DaemonState.lastCycleKey: lastCycle = Instant(local: value)
            case DaemonState.lastDigestKey: lastDigest = CivilDate(iso: value)
            case DaemonState.indexFingerprintKey: fingerprint = value
            case DaemonState.indexThroughKey: through = Instant(local: value)
            case DaemonState.overdueKey:
                let parts = value.split(separator: " ")
                if parts.count == 3, let day = CivilDate(iso: String(parts[0])), let count = Int(parts[1]), let plans = Int(parts[2]) {
                    overdue = OverdueCount(day: day, count: count, plans: plans)
                }
            default: continue
            }
        }
        if let fingerprint, let through { noticeIndex = NoticeIndexState(fingerprint: fingerprint, through: through) }
    }

    static let lastCycleKey = "last_cycle"
    static let lastDigestKey = "last_digest"
    static let indexFingerprintKey = "notice_index_fingerprint"
    static let indexThroughKey = "notice_index_through"
    static let overdueKey = "overdue_count"
}
