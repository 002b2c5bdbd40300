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

    /// A state from its parts; `DaemonState()` is a first start.
    public init(lastCycle: Instant? = nil, lastDigest: CivilDate? = nil, noticeIndex: NoticeIndexState? = nil) {
        self.lastCycle = lastCycle
        self.lastDigest = lastDigest
        self.noticeIndex = noticeIndex
    }

    /// True when nothing is remembered (no cycle has run on this database).
    public var isEmpty: Bool { lastCycle == nil && lastDigest == nil && noticeIndex == nil }

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
            default: continue
            }
        }
        if let fingerprint, let through { noticeIndex = NoticeIndexState(fingerprint: fingerprint, through: through) }
    }

    static let lastCycleKey = "last_cycle"
    static let lastDigestKey = "last_digest"
    static let indexFingerprintKey = "notice_index_fingerprint"
    static let indexThroughKey = "notice_index_through"
}
