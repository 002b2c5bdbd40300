import KeHoach

/// The deadline engine's persistence: occurrences, their completion, events and the notice
/// outbox. Implemented by ``SQLiteStore``; the C API, the daemon and the CLI all go through it.
///
/// Occurrences are materialised (expanded by ``OccurrenceExpander`` over the store's working
/// calendar, ``calendar``) when a plan is imported or an event recorded, so that every query
/// below is an indexed SQL query. Completions are keyed by the occurrence's stable id and
/// survive re-expansion, also when the calendar changes. Every write is one transaction; every
/// write but the outbox's and the daemon state's (which are their own record) leaves an audit entry.
/// A read-only store refuses every write with ``KeHoachError/readOnly``.
///
/// States are judged as ``TaskStatus/derive(occurrences:completions:asOf:waitingForEvent:needsDate:)``
/// judges them: a recorded completion or waiver closes its occurrence whatever its date; an open
/// occurrence is overdue on `asOf` when `asOf` is after its effective due date.
public protocol ScheduleStore: PlanStore, TargetValueStore, DeliveryStore {
    /// Occurrences matching `query`, ordered by effective due date then id.
    func occurrences(_ query: OccurrenceQuery) throws(KeHoachError) -> [OccurrenceRecord]

    /// One occurrence by id; unknown ids are ``KeHoachError/notFound(what:key:suggestion:)``.
    func occurrence(id: String, asOf: CivilDate) throws(KeHoachError) -> OccurrenceRecord

    /// Records that an occurrence was done on `on`, with evidence (document number or link).
    /// Completing an occurrence that is already closed replaces the record (audited).
    func complete(occurrenceID: String, on: CivilDate, evidence: String?, by: String, note: String?) throws(KeHoachError)

    /// Records that an occurrence is no longer required.
    func waive(occurrenceID: String, on: CivilDate, by: String, note: String?) throws(KeHoachError)

    /// Removes the completion or waiver of an occurrence, opening it again.
    func reopen(occurrenceID: String, by: String) throws(KeHoachError)

    /// Records that an event happened for a plan and stores the occurrences of the tasks whose
    /// event key it is; returns those new occurrences.
    func recordEvent(planID: Int64, key: String, label: String?, on: CivilDate, by: String) throws(KeHoachError) -> [Occurrence]

    /// The events recorded for a plan, oldest first.
    func events(planID: Int64) throws(KeHoachError) -> [PlanEvent]

    /// Each task's derived status on `asOf` (never stored).
    func taskStatuses(planID: Int64, asOf: CivilDate) throws(KeHoachError) -> [TaskStatusRecord]

    /// Everything the notice rules need for every plan: plan, occurrences, closed ids, settings.
    func noticeInputs() throws(KeHoachError) -> [NoticeInput]

    /// The same inputs as ``noticeInputs()``, handed to `body` one plan at a time in the same
    /// order, all from one snapshot of the store, so that a caller going through every plan
    /// (the daemon's cycle) holds one plan's inputs at a time instead of the whole store's.
    /// `body` must not use the store; an error it throws ends the pass and is rethrown.
    func forEachNoticeInput(_ body: (NoticeInput) throws(KeHoachError) -> Void) throws(KeHoachError)

    /// The inputs `selection` asks for (``NoticeSelection``: every occurrence, or only those the
    /// store's index of next thresholds makes due), one plan at a time, in batches of plans;
    /// writes the index entries `body` returns (``NoticeIndexEntry``), each only where the
    /// occurrence has not changed since it was read, and calls `afterBatch` between batches,
    /// outside any transaction (where the caller may record what it gathered). `body` must not
    /// use the store.
    func forEachNoticeInput(_ selection: NoticeSelection,
                            _ body: (NoticeInput) throws(KeHoachError) -> [NoticeIndexEntry],
                            afterBatch: () throws(KeHoachError) -> Void) throws(KeHoachError)

    /// Records (part of) a daemon's cycle in one transaction: the notices in the outbox (once
    /// each), the index entries of their occurrences and, when given, the daemon's state.
    /// Returns how many notices were new.
    func recordCycle(notices: [Notice], index: [NoticeIndexEntry], state: DaemonState?) throws(KeHoachError) -> Int

    /// The earliest next threshold the index holds after `now`, nil when none.
    func earliestNotice(after now: Instant) throws(KeHoachError) -> Instant?

    /// How many open occurrences are past their effective due date on `day`.
    func overdueCount(on day: CivilDate) throws(KeHoachError) -> Int

    /// How many plans the store holds.
    var planCount: Int { get throws(KeHoachError) }

    /// The ``UnitSummary`` of every (organisation, lead unit) on `day`: the daily digest's lines.
    func unitSummaries(on day: CivilDate) throws(KeHoachError) -> [UnitSummary]

    /// Records notices in the outbox, once each (unique by notice id); returns how many were new.
    func recordNotices(_ notices: [Notice]) throws(KeHoachError) -> Int

    /// The notices among `notices` that the outbox does not hold yet, in their order.
    func unrecorded(_ notices: [Notice]) throws(KeHoachError) -> [Notice]

    /// Outbox entries not yet marked sent, oldest first.
    func unsentNotices(limit: Int) throws(KeHoachError) -> [OutboxEntry]

    /// Marks outbox entries sent at `at`.
    func markSent(noticeIDs: [String], at: Instant) throws(KeHoachError)

    /// Outbox entries whose sequence number is greater than `afterSequence`, in order (for
    /// programs that poll for new notices).
    func notices(afterSequence: Int64, limit: Int) throws(KeHoachError) -> [OutboxEntry]

    /// Replaces the stored plan `id` by a revised version of the same number and issuer, in one
    /// transaction, keeping its completions by occurrence id (see ``SQLiteStore/replacePlan(id:with:actor:)``).
    @discardableResult
    func replacePlan(id: Int64, with plan: Plan, actor: String) throws(KeHoachError) -> ScheduleChange

    /// A number that changes whenever another connection commits (SQLite's `data_version`): a
    /// cheap "did anyone write?" check for a long-running reader such as the daemon.
    var changeToken: Int { get throws(KeHoachError) }

    /// Closes the store; later calls throw ``KeHoachError/misuse(detail:)``, closing twice is harmless.
    func close()

    /// What opening re-dated because this release's built-in calendar changed, if anything.
    var calendarUpdateOnOpen: CalendarChange? { get }

    /// Expands a plan again from its stored tasks, events and settings (after an edit); keeps
    /// completions, reporting those whose occurrence disappeared.
    @discardableResult
    func reexpand(planID: Int64, by: String) throws(KeHoachError) -> ScheduleChange

    /// Gives task `ref` a deadline text, a date (written as a deadline) or an event key by
    /// hand, audited, and expands the plan again.
    @discardableResult
    func editTask(planID: Int64, ref: String, _ edit: TaskEdit, by: String) throws(KeHoachError) -> ScheduleChange

    /// A plan's notice settings (``NoticeSettings/standard`` until set).
    func noticeSettings(planID: Int64) throws(KeHoachError) -> NoticeSettings

    /// Sets a plan's notice settings and expands it again (the default event offset moves
    /// event occurrences).
    func setNoticeSettings(_ settings: NoticeSettings, planID: Int64, by: String) throws(KeHoachError)

    /// The working calendar the stored due dates are computed with: the built-in one plus the
    /// overrides stored in the store. Count notice thresholds and working days with it, so that
    /// they agree with the stored effective dates.
    var calendar: WorkingCalendar { get throws(KeHoachError) }

    /// The administrator's calendar override file as stored, verbatim ("" when none).
    var calendarOverrides: String { get throws(KeHoachError) }

    /// kehoachd's memory between runs, kept in this store (``DaemonState``): empty before its
    /// first cycle on it.
    var daemonState: DaemonState { get throws(KeHoachError) }

    /// Replaces kehoachd's stored state, durably, in one transaction (not audited: like the
    /// outbox it is the daemon's own record). kehoachd saves it after each cycle's notices are
    /// in the outbox.
    func saveDaemonState(_ state: DaemonState) throws(KeHoachError)

    /// Stores an administrator's calendar override file and re-dates every plan with it in one
    /// transaction (audited); a bad line is refused with its number and nothing changes; ""
    /// goes back to the built-in calendar. Returns the occurrences whose due dates moved.
    @discardableResult
    func setCalendarOverrides(_ text: String, by: String) throws(KeHoachError) -> CalendarChange
}

/// A filter over occurrences; every field narrows, nil fields don't.
public struct OccurrenceQuery: Hashable, Sendable {
    /// Only this plan.
    public var planID: Int64?
    /// Only plans of this organisation (its code, case-insensitive) or of one under it: a
    /// province's code selects its communes' plans too.
    public var organisation: String?
    /// Only tasks this unit leads or coordinates (any alias, accent-insensitive), as ``role`` says.
    public var unit: String?
    /// Which role ``unit`` must have in the task: lead, coordinating, or either (the default).
    public var role: UnitRoleFilter
    /// Only tasks under this dimension key (or catalog code).
    public var dimension: String?
    /// Only occurrences in this state on ``asOf``.
    public var state: OccurrenceState?
    /// Only occurrences whose effective due date is on or after this day.
    public var dueFrom: CivilDate?
    /// Only occurrences whose effective due date is on or before this day.
    public var dueTo: CivilDate?
    /// The day states are judged on (overdue means open and due before it).
    public var asOf: CivilDate
    /// At most this many results (nil: all).
    public var limit: Int?

    /// A query judged on `asOf`; every other field defaults to "don't narrow".
    public init(planID: Int64? = nil, unit: String? = nil, dimension: String? = nil, state: OccurrenceState? = nil,
                dueFrom: CivilDate? = nil, dueTo: CivilDate? = nil, asOf: CivilDate, limit: Int? = nil,
                organisation: String? = nil, role: UnitRoleFilter = .any) {
        self.planID = planID
        self.organisation = organisation
        self.unit = unit
        self.role = role
        self.dimension = dimension
        self.state = state
        self.dueFrom = dueFrom
        self.dueTo = dueTo
        self.asOf = asOf
        self.limit = limit
    }
}

/// The state of one occurrence on a day.
public enum OccurrenceState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Open and not yet past its effective due date.
    case open
    /// Open and past its effective due date.
    case overdue
    /// Done on or before its effective due date.
    case done
    /// Done after its effective due date.
    case doneLate = "done_late"
    /// Waived.
    case waived
}

/// An occurrence with what a reader of it needs: its plan, task, units, state and completion.
public struct OccurrenceRecord: Hashable, Sendable {
    /// The occurrence itself.
    public var occurrence: Occurrence
    /// The store's id of its plan.
    public var planID: Int64
    /// The plan's number ("01/KH-UBND").
    public var planNumber: String
    /// The task's description, verbatim.
    public var taskDescription: String
    /// The task's dimension key in its plan, if it has one.
    public var dimension: String?
    /// Lead unit names (not ids), for display.
    public var leadUnits: [String]
    /// Coordinating unit names, in the plan's order.
    public var coordinatingUnits: [String]
    /// Its state on the query's day.
    public var state: OccurrenceState
    /// The completion or waiver recorded against it, if any.
    public var completion: Completion?
    /// The plan's stable id (``Plan/key``).
    public var planKey: String
    /// The code of the plan's organisation.
    public var organisationCode: String
    /// The name of the plan's organisation.
    public var organisationName: String
    /// Lead unit ids, side by side with ``leadUnits``.
    public var leadUnitIDs: [String]
    /// Coordinating unit ids, side by side with ``coordinatingUnits``.
    public var coordinatingUnitIDs: [String]
    /// For a query by unit: the role the task gives that unit (lead when it has both).
    public var matchedRole: UnitRole?

    /// A record from its parts.
    public init(occurrence: Occurrence, planID: Int64, planNumber: String, taskDescription: String,
                dimension: String?, leadUnits: [String], coordinatingUnits: [String], state: OccurrenceState,
                completion: Completion?, planKey: String = "", organisationCode: String = "",
                organisationName: String = "", leadUnitIDs: [String] = [], coordinatingUnitIDs: [String] = [],
                matchedRole: UnitRole? = nil) {
        self.planKey = planKey
        self.organisationCode = organisationCode
        self.organisationName = organisationName
        self.leadUnitIDs = leadUnitIDs
        self.coordinatingUnitIDs = coordinatingUnitIDs
        self.matchedRole = matchedRole
        self.occurrence = occurrence
        self.planID = planID
        self.planNumber = planNumber
        self.taskDescription = taskDescription
        self.dimension = dimension
        self.leadUnits = leadUnits
        self.coordinatingUnits = coordinatingUnits
        self.state = state
        self.completion = completion
    }
}

/// A task with its derived status.
public struct TaskStatusRecord: Hashable, Sendable {
    /// The task's ref within its plan.
    public var taskRef: String
    /// Its status on the day asked.
    public var status: TaskStatus
    /// How many occurrences it has.
    public var occurrenceCount: Int
    /// How many of them are done or waived.
    public var closedCount: Int

    /// A record from its parts.
    public init(taskRef: String, status: TaskStatus, occurrenceCount: Int, closedCount: Int) {
        self.taskRef = taskRef
        self.status = status
        self.occurrenceCount = occurrenceCount
        self.closedCount = closedCount
    }
}

/// A notice as kept in the outbox.
public struct OutboxEntry: Hashable, Sendable {
    /// Monotonic sequence number in the outbox.
    public var sequence: Int64
    /// The notice, exactly as recorded.
    public var notice: Notice
    /// When it was recorded.
    public var recordedAt: Instant
    /// When it was written to the journal, if it was.
    public var sentAt: Instant?

    /// An entry from its parts.
    public init(sequence: Int64, notice: Notice, recordedAt: Instant, sentAt: Instant?) {
        self.sequence = sequence
        self.notice = notice
        self.recordedAt = recordedAt
        self.sentAt = sentAt
    }
}
