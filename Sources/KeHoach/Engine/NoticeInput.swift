/// One plan's inputs to the notice rules.
public struct NoticeInput: Sendable {
    /// The store's id of the plan.
    public var planID: Int64
    /// The plan's occurrences, tasks, units and focal unit, as the notice rules take them. Its
    /// ``NoticeContext/notBefore`` is nil (its occurrences keep their own starts): compute
    /// notices with ``context(after:through:)`` or ``context(at:)``, which put the plan's start
    /// (``importedAt``) in and place both in the caller's window.
    public var context: NoticeContext
    /// Ids of the plan's occurrences that are done or waived.
    public var closed: Set<String>
    /// The plan's notice settings.
    public var settings: NoticeSettings
    /// When the plan was imported: notices whose thresholds passed before it are stale.
    public var importedAt: Instant?
    /// The plan's last effective due date over all its occurrences, when ``context`` holds only
    /// some of them (a cycle reads only what its window makes due, ``NoticeSelection``): what
    /// ``QuietPlan`` dates the plan's end by. Nil: the last of ``context``'s occurrences.
    public var lastDue: CivilDate?
    /// Each read occurrence's revision in the store's index of next thresholds
    /// (``NoticeIndexEntry/revision``); empty for a store without one.
    public var revisions: [String: Int64] = [:]

    /// An input from its parts.
    public init(planID: Int64, context: NoticeContext, closed: Set<String>, settings: NoticeSettings,
                importedAt: Instant? = nil, lastDue: CivilDate? = nil) {
        self.planID = planID
        self.context = context
        self.closed = closed
        self.settings = settings
        self.importedAt = importedAt
        self.lastDue = lastDue
    }

    /// The plan's last effective due date: ``lastDue``, else the last of ``context``'s.
    public var planLastDue: CivilDate? { lastDue ?? context.occurrences.map(\.effectiveDue).max() }

    /// The context to compute notices with at `now`, with no window (`kehoach check`: everything
    /// due through `now`): ``context(after:through:)`` with `after` nil. Its notices start at the
    /// plan's import, or at `now` when the import lies after it (a simulated `--now` before the
    /// real import, or a clock that jumped back), so thresholds that passed before either are
    /// sent once as a catch-up, never replayed one by one. Likewise an occurrence's own start (an
    /// event recorded after it happened) is clamped to `now`.
    public func context(at now: Instant) -> NoticeContext { context(after: nil, through: now) }

    /// The context to compute the notices of the window `(after, now]` with (`after` nil: from
    /// the beginning of time, bounded by the import).
    ///
    /// Its notices start at the plan's import (``NoticeContext/notBefore``), and each event
    /// occurrence's at its recording (``Occurrence/notBefore``), so that thresholds that passed
    /// before the start are sent once, as a catch-up dated at the start, in the window that
    /// holds it. A start later than `now` (the clock reads before the import: a simulated
    /// `--now`, or a clock set back) cannot be placed in time; it is moved to the window's
    /// lower end, which in that window is the same as no start at all (no catch-up, every
    /// threshold in the window counts), or to `now` when there is no window (its stale
    /// thresholds are then sent once, as a catch-up at `now`) or the window goes backwards.
    ///
    /// Why the window's lower end and not `now` when there is a window: the set of notices must
    /// not depend on the windows, or consecutive windows would no longer add up to one (a start
    /// clamped to each cycle's `now` would move with it, giving every cycle a new catch-up and
    /// hiding every threshold between two cycles behind it).
    public func context(after: Instant?, through now: Instant) -> NoticeContext {
        let floor = after.map { min($0, now) } ?? now
        var context = self.context
        context.notBefore = importedAt.map { $0 <= now ? $0 : floor }
        if context.occurrences.contains(where: { $0.notBefore.map { $0 > now } ?? false }) {
            context.occurrences = context.occurrences.map { o in
                var o = o
                o.notBefore = o.notBefore.map { $0 <= now ? $0 : floor }
                return o
            }
        }
        return context
    }
}
