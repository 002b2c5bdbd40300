/// A trigger that happened, recorded for a plan: "UBND tỉnh phê duyệt QHKHSDĐ" on a date.
///
/// Event-triggered tasks (``PlanTask/eventKey``) get their occurrences from these: one per
/// recorded event whose key the task names. Keys are set by people (``EventKeys/propose(from:)``
/// only suggests one); nothing is matched by guess.
public struct PlanEvent: Hashable, Sendable, Codable {
    /// The key tasks name in ``PlanTask/eventKey``.
    public var key: String
    /// What happened, in words.
    public var label: String
    /// The day it happened: the task's offset counts from it.
    public var happenedOn: CivilDate
    /// When it was recorded, if known. Thresholds of its occurrences that passed before then are
    /// not sent one by one: they collapse into one catch-up notice at this instant.
    public var recordedAt: Instant?

    /// An event from its parts.
    public init(key: String, label: String, happenedOn: CivilDate, recordedAt: Instant? = nil) {
        self.key = key
        self.label = label
        self.happenedOn = happenedOn
        self.recordedAt = recordedAt
    }
}
