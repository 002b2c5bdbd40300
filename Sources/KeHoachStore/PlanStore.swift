import KeHoach

/// Where plans live: the one seam between the pure core and persistence.
///
/// A store holds a province: every plan belongs to an ``Organisation`` (stored when its first
/// plan is imported) and has a stable key (``Plan/key``) on which its occurrence and notice ids
/// are built, so that they travel with an exported plan.
///
/// ``SQLiteStore`` is the default; a PostgreSQL store for multi-server provinces would conform
/// to this protocol without touching the core. Every method that writes runs as one
/// transaction: it happens whole or not at all, and throws a typed ``KeHoachError``.
public protocol PlanStore: AnyObject {
    /// Stores a whole plan and returns its id. A plan with the same key (organisation, number and
    /// year, ``Plan/key``) already
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

    /// The id of the plan numbered `number` of the organisation whose code (or name) is
    /// `organisation`, the latest year first; nil `organisation`: as ``planID(number:)``.
    func planID(number: String, organisation: String?) throws(KeHoachError) -> Int64

    /// Every stored organisation (communes, provinces, ...) with its plan count, by code.
    func organisations() throws(KeHoachError) -> [OrganisationSummary]

    /// The organisation with this code (case-insensitively) or, failing that, the one name
    /// that matches it accent-insensitively.
    func organisation(code: String) throws(KeHoachError) -> Organisation

    /// Names an organisation, sets its kind and parent (audited); inserts it when new.
    func saveOrganisation(_ organisation: Organisation, by actor: String) throws(KeHoachError)

    /// The units of an organisation over all its plans, with their aliases and work counts.
    func units(organisation code: String) throws(KeHoachError) -> [OrganisationUnit]

    /// Adds a spelling to a unit of an organisation, in every plan that lists it (audited).
    func addUnitAlias(organisation code: String, unit: String, alias: String, by actor: String) throws(KeHoachError)

    /// Renames a unit of an organisation, its old name kept as an alias (audited).
    func renameUnit(organisation code: String, unit: String, to name: String, by actor: String) throws(KeHoachError)

    /// Merges one unit of an organisation into another: tasks, reports and the focal unit follow
    /// (audited).
    func mergeUnits(organisation code: String, from: String, into: String, by actor: String) throws(KeHoachError)

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
    /// Its stable id (``Plan/key``), the journal's KEHOACH_PLAN_ID.
    public var key: String
    /// The code of its organisation.
    public var organisationCode: String
    /// The name of its organisation.
    public var organisationName: String

    public init(id: Int64, number: String, issuer: String, year: Int, title: String, taskCount: Int,
                key: String = "", organisationCode: String = "", organisationName: String = "") {
        self.id = id
        self.key = key
        self.organisationCode = organisationCode
        self.organisationName = organisationName
        self.number = number
        self.issuer = issuer
        self.year = year
        self.title = title
        self.taskCount = taskCount
    }
}
