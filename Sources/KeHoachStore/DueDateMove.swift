import KeHoach

/// One stored occurrence whose due date a new expansion moved: after a change of the working
/// calendar (a day off added or removed, new built-in holiday data), or of a plan's settings.
///
/// Its id, and so its completion and its notices' ids, stay the same: only the dates change.
public struct DueDateMove: Hashable, Sendable {
    /// The occurrence's stable id ("1:1.4:2025-06-30").
    public var occurrenceID: String
    /// The store's id of its plan.
    public var planID: Int64
    /// Its task's ref in the plan ("1.4").
    public var taskRef: String
    /// What the occurrence is ("Quý II/2025").
    public var label: String
    /// The written due date before the move (it changes only for a due date counted in working
    /// days after an event).
    public var previousWrittenDue: CivilDate
    /// The written due date now.
    public var writtenDue: CivilDate
    /// The effective due date before the move.
    public var previousEffectiveDue: CivilDate
    /// The effective due date now: notices count their thresholds from it.
    public var effectiveDue: CivilDate

    /// A move from its parts.
    public init(occurrenceID: String, planID: Int64, taskRef: String, label: String, previousWrittenDue: CivilDate,
                writtenDue: CivilDate, previousEffectiveDue: CivilDate, effectiveDue: CivilDate) {
        self.occurrenceID = occurrenceID
        self.planID = planID
        self.taskRef = taskRef
        self.label = label
        self.previousWrittenDue = previousWrittenDue
        self.writtenDue = writtenDue
        self.previousEffectiveDue = previousEffectiveDue
        self.effectiveDue = effectiveDue
    }

    /// "1:1.4:2025-06-30 30/06/2025 → 01/07/2025", for audit entries and logs.
    public var summary: String {
        "\(occurrenceID) \(previousEffectiveDue.vietnamese) → \(effectiveDue.vietnamese)"
    }
}
