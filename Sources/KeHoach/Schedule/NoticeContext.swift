/// What notices need to know about a plan besides the rules: its number, occurrences, tasks,
/// units, focal unit, and the instant its notices start. Built once per plan per cycle.
public struct NoticeContext: Sendable {
    /// The plan's number ("01/KH-UBND"), quoted in every message.
    public var planNumber: String
    /// The plan's stable id (``Plan/key``).
    public var planKey: String
    /// The organisation that issued the plan, named in every notice.
    public var organisation: Organisation
    /// The plan's occurrences.
    public var occurrences: [Occurrence]
    /// The tasks by ref.
    public var tasks: [String: PlanTask]
    /// The plan's units, for names.
    public var directory: UnitDirectory { didSet { names = NoticeContext.names(directory) } }
    /// The focal unit's id, told on escalation.
    public var focalUnit: String?
    /// The instant the plan's notices start (when it was imported). Thresholds before it are
    /// stale: of each occurrence's, only the latest is sent, at this instant, marked late (see
    /// ``NoticeRules``). Nil: every threshold counts, however old.
    public var notBefore: Instant?
    /// Unit names by id, so that messages do not fold text to find them.
    private var names: [String: String]

    /// The context of `plan` with its expanded `occurrences`; `notBefore` is the instant the
    /// plan's notices start (usually the instant it was imported).
    public init(plan: Plan, occurrences: [Occurrence], notBefore: Instant? = nil) {
        planNumber = plan.number
        planKey = plan.key
        organisation = plan.issuingOrganisation
        self.occurrences = occurrences
        var tasks: [String: PlanTask] = [:]
        for task in plan.tasks { tasks[task.ref] = task }
        self.tasks = tasks
        directory = plan.directory
        focalUnit = plan.focalUnit
        self.notBefore = notBefore
        names = NoticeContext.names(directory)
    }

    /// The name of a unit id (or alias), or the reference itself when the plan does not list it.
    public func unitName(_ id: String) -> String { names[id] ?? directory.name(of: id) }

    private static func names(_ directory: UnitDirectory) -> [String: String] {
        Dictionary(directory.units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Who a notice of `kind` about `task` goes to: the lead then the coordinating units (each
    /// once), or for an escalation the focal unit (the lead units when the plan names none).
    public func recipients(of kind: NoticeKind, task: PlanTask?) -> [String] {
        let lead = task?.lead ?? []
        if kind == .escalation, let focalUnit { return [focalUnit] }
        if kind == .escalation { return lead }
        var result = lead
        for unit in task?.coordinating ?? [] where !result.contains(unit) { result.append(unit) }
        return result
    }

    /// Builds the notice of one threshold of one occurrence.
    func notice(for occurrence: Occurrence, kind: NoticeKind, step: Int, due: CivilDate, dueAt: Instant,
                late: Bool, calendar: WorkingCalendar) -> Notice {
        let task = tasks[occurrence.taskRef]
        let recipients = recipients(of: kind, task: task)
        let days = calendar.workingDays(from: dueAt.date, to: due)
        let leads = kind == .escalation ? Array(recipients.prefix(1)) : task?.lead ?? []
        return Notice(
            id: "\(occurrence.id)/\(kind.rawValue)/\(step)", kind: kind, step: step, occurrenceID: occurrence.id,
            planNumber: planNumber, planKey: planKey, organisationCode: organisation.code,
            organisationName: organisation.name, taskRef: occurrence.taskRef, recipients: recipients,
            recipientNames: recipients.map(unitName), leadUnits: leads, leadUnitNames: leads.map(unitName),
            due: due, days: days, dueAt: dueAt, late: late,
            message: message(kind: kind, occurrence: occurrence, task: task, due: due, days: days, late: late))
    }
}
