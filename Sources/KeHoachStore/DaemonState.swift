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

    /// A state from its parts; `DaemonState()` is a first start.
    public init(lastCycle: Instant? = nil, lastDigest: CivilDate? = nil) {
        self.lastCycle = lastCycle
        self.lastDigest = lastDigest
    }

    /// True when nothing is remembered (no cycle has run on this database).
    public var isEmpty: Bool { lastCycle == nil && lastDigest == nil }

    /// The stored keys and their text (ISO 8601), the form of the `daemon_state` table and of the
    /// old `kehoachd.state` file: `last_cycle`, `last_digest`.
    public var pairs: [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        if let lastCycle { pairs.append((DaemonState.lastCycleKey, lastCycle.iso)) }
        if let lastDigest { pairs.append((DaemonState.lastDigestKey, lastDigest.iso)) }
        return pairs
    }

    /// The state that stored `pairs` say; unknown keys and unreadable values are ignored (the
    /// window then starts as on a first start, which loses no notice of today).
    public init(pairs: [(key: String, value: String)]) {
        self.init()
        for (key, value) in pairs {
            switch key {
            case DaemonState.lastCycleKey: lastCycle = Instant(local: value)
            case DaemonState.lastDigestKey: lastDigest = CivilDate(iso: value)
            default: continue
            }
        }
    }

    static let lastCycleKey = "last_cycle"
    static let lastDigestKey = "last_digest"
}
