/// One notice a plan's occurrence owes someone at a threshold: a reminder, the due day, an
/// overdue notice, or an escalation.
///
/// Its ``id`` is a function of (occurrence, kind, step) only, so computing the notices again —
/// after a restart, a crash, or a clock that jumped back — yields the same ids, and the outbox
/// (unique by id) sends each notice at most once.
public struct Notice: Hashable, Sendable, Codable {
    /// "<occurrence id>/<kind>/<step>".
    public var id: String
    /// What kind of notice.
    public var kind: NoticeKind
    /// Reminders: the threshold's working days before due (7, 3, 1); overdue: the repetition
    /// (0 the working day after the due date, 1 five working days later, ...); else 0.
    public var step: Int
    /// The occurrence it is about.
    public var occurrenceID: String
    /// The plan's number ("01/KH-UBND").
    public var planNumber: String
    /// The plan's stable id ("xa-da-loc:01/KH-UBND:2025", ``Plan/key``): the journal's
    /// KEHOACH_PLAN_ID, which tells apart the many communes' plans numbered alike.
    public var planKey: String
    /// The code of the organisation that issued the plan (KEHOACH_ORG).
    public var organisationCode: String
    /// Its name, with diacritics (KEHOACH_ORG_NAME).
    public var organisationName: String
    /// The task's ref.
    public var taskRef: String
    /// Unit ids told: the lead and coordinating units, or the focal unit for an escalation.
    public var recipients: [String]
    /// The names of ``recipients``, in the same order.
    public var recipientNames: [String]
    /// The task's lead unit ids (for an escalation, the unit escalated to), each a KEHOACH_UNIT_ID.
    public var leadUnits: [String]
    /// Their names, in the same order, each a KEHOACH_UNIT field of the journal entry.
    public var leadUnitNames: [String]
    /// The first lead unit's name (of ``leadUnitNames``), for one-line displays.
    public var unitName: String { leadUnitNames.first ?? "" }
    /// The effective due date (a working day).
    public var due: CivilDate
    /// Working days from the day the notice falls due (``dueAt``'s day) to the due date:
    /// positive before, 0 on the day, negative after.
    public var days: Int
    /// The instant from which the notice is due: its threshold day at the plan's time of day, or
    /// the start of the plan's notices for a catch-up (see ``NoticeRules``).
    public var dueAt: Instant
    /// True when it is produced on a later day than its threshold day (the daemon was down), or
    /// when it stands for thresholds that passed before the plan's notices started.
    public var late: Bool
    /// The message in Vietnamese.
    public var message: String

    /// A notice from its parts.
    public init(id: String, kind: NoticeKind, step: Int, occurrenceID: String, planNumber: String,
                planKey: String, organisationCode: String, organisationName: String,
                taskRef: String, recipients: [String], recipientNames: [String], leadUnits: [String],
                leadUnitNames: [String], due: CivilDate, days: Int,
                dueAt: Instant, late: Bool, message: String) {
        self.id = id
        self.kind = kind
        self.step = step
        self.occurrenceID = occurrenceID
        self.planNumber = planNumber
        self.planKey = planKey
        self.organisationCode = organisationCode
        self.organisationName = organisationName
        self.taskRef = taskRef
        self.recipients = recipients
        self.recipientNames = recipientNames
        self.leadUnits = leadUnits
        self.leadUnitNames = leadUnitNames
        self.due = due
        self.days = days
        self.dueAt = dueAt
        self.late = late
        self.message = message
    }
}
