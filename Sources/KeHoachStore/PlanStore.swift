import KeHoach

/// Where plans live: the one seam between the pure core and persistence.
///
/// ``SQLiteStore`` is the default; a PostgreSQL store for multi-server provinces would conform
/// to this protocol without touching the core. Every method that writes runs as one
/// transaction: it happens whole or not at all, and throws a typed ``KeHoachError``.
public protocol PlanStore: AnyObject {
    /// Stores a whole plan and returns its id. A plan with the same issuer and number already
    /// stored is refused with ``KeHoachError/duplicatePlan(number:)``; an invalid plan is
    /// refused before anything is written.
    func importPlan(_ plan: Plan, actor: String) throws(KeHoachError) -> Int64

    /// The plan with this id, exactly as imported (plus later edits).
    func plan(id: Int64) throws(KeHoachError) -> Plan

    /// Every stored plan's id and header, ordered by year then number.
    func plans() throws(KeHoachError) -> [PlanSummary]

    /// The id of the plan whose number matches `number` (accent- and case-insensitively).
    func planID(number: String) throws(KeHoachError) -> Int64

    /// The unit whose name, alias or id matches `name` (accent- and case-insensitively), in the
    /// plan `planID` or, when nil, in the most recently imported plan that knows the name.
    func unit(named name: String, planID: Int64?) throws(KeHoachError) -> (planID: Int64, unit: Unit)

    /// Deletes a plan and everything recorded under it, leaving an audit entry.
    func deletePlan(id: Int64, actor: String) throws(KeHoachError)

    /// The audit trail of a plan (or of the whole store when `planID` is nil), oldest first.
    func auditTrail(planID: Int64?) throws(KeHoachError) -> [AuditEntry]
}

/// The header of a stored plan, for lists.
public struct PlanSummary: Hashable, Sendable {
    /// The store's id of the plan.
    public var id: Int64
    /// Its number and symbol.
    public var number: String
    /// Its issuing body.
    public var issuer: String
    /// Its year.
    public var year: Int
    /// Its title.
    public var title: String
    /// How many tasks it has.
    public var taskCount: Int

    public init(id: Int64, number: String, issuer: String, year: Int, title: String, taskCount: Int) {
        self.id = id
        self.number = number
        self.issuer = issuer
        self.year = year
        self.title = title
        self.taskCount = taskCount
    }
}
