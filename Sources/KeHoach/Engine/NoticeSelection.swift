/// Which occurrences a cycle reads from the store: every one, or only those its window can make
/// due, found through the stored index of next thresholds (``NoticeIndexEntry``).
///
/// A cycle's cost then grows with what is due, not with the store: on a national store of
/// 1.3 M occurrences a cycle with nothing due reads none of them.
public enum NoticeSelection: Hashable, Sendable {
    /// Every occurrence of every plan: `kehoach check`, a window asked by hand (`--since`), the
    /// first cycle after an upgrade or a change of configuration or calendar (the index was
    /// computed under another ``EngineSettings/indexFingerprint(calendar:)``).
    case all
    /// The occurrences whose stored next threshold is at or before `through`, and those changed
    /// since they were last indexed (completed, reopened, waived, re-dated, newly added, their
    /// plan's settings or events changed): nothing else can have a notice in a window that
    /// starts where the index was computed.
    case due(through: Instant)
}

/// One occurrence's entry in the store's index of next thresholds: the first instant after a
/// cycle's `now` at which it owes a notice, computed by the engine under the settings in force.
///
/// The store keeps it with the occurrence, indexed, and a revision it bumps on every change that
/// can move the thresholds (a completion, a reopening, a new due date, new settings or events of
/// its plan); an entry computed from an older revision is not written (``revision``), so a change
/// committed while a cycle computed never hides behind that cycle's entry.
public struct NoticeIndexEntry: Hashable, Sendable {
    /// The occurrence.
    public var occurrenceID: String
    /// Its next threshold after the cycle's `now`; nil when it owes no notice any more (closed,
    /// or its plan quiet).
    public var next: Instant?
    /// The occurrence's revision when it was read (``NoticeInput/revisions``).
    public var revision: Int64

    /// An entry from its parts.
    public init(occurrenceID: String, next: Instant?, revision: Int64) {
        self.occurrenceID = occurrenceID
        self.next = next
        self.revision = revision
    }
}

/// What the index remembers about how it was computed: under which settings and calendar, and
/// through which instant (the `now` of the cycle that last wrote it).
public struct NoticeIndexState: Hashable, Sendable {
    /// ``EngineSettings/indexFingerprint(calendar:)`` of the settings it was computed under.
    public var fingerprint: String
    /// The `now` of the cycle that last completed it: every entry is the next threshold after
    /// that instant or later.
    public var through: Instant

    /// A state from its parts.
    public init(fingerprint: String, through: Instant) {
        self.fingerprint = fingerprint
        self.through = through
    }

    /// The occurrences a cycle of window `(after, …]` must read, computing under `fingerprint`:
    /// only the due and changed ones when this index was computed under the same fingerprint
    /// through `after` or before it (then no threshold in the window can hide behind an entry);
    /// otherwise all of them.
    public static func selection(_ state: NoticeIndexState?, fingerprint: String, after: Instant,
                                 through now: Instant) -> NoticeSelection {
        guard let state, state.fingerprint == fingerprint, state.through <= after else { return .all }
        return .due(through: now)
    }
}
