/// One dated instance of a task: a milestone, one period of a recurring report, one progress
/// report of a continuous task, or the consequence of a recorded event.
///
/// Its ``id`` is stable across re-expansion: it is built from the plan, the task's ref and the
/// occurrence's slot (what it is for), never from a position, so completions recorded against an
/// id survive edits of the plan.
public struct Occurrence: Hashable, Sendable, Codable {
    /// Stable id: "<plan id>:<task ref>:<slot>", e.g. "1:3.a.2:2025-Q2".
    public var id: String
    /// The task's ref within its plan.
    public var taskRef: String
    /// What this occurrence is, in Vietnamese: "Quý II/2025", "Báo cáo 6 tháng đầu năm 2025".
    public var label: String
    /// Why it exists.
    public var source: Source
    /// The due date as the plan writes it.
    public var writtenDue: CivilDate
    /// The due date after the day-off rule (Civil Code 2015 art. 148(5)).
    public var effectiveDue: CivilDate
    /// The period the work covers, when it is a period's work.
    public var period: DateRange?
    /// The data cut-off window, for reports whose plan states one.
    public var window: DateRange?

    /// Where an occurrence comes from.
    public enum Source: String, Hashable, Sendable, Codable {
        /// A dated milestone written in the deadline cell.
        case milestone
        /// One period of a recurring deadline ("hàng quý").
        case recurrence
        /// A progress report of a continuous task ("thường xuyên"), on a plan reporting deadline.
        case continuous
        /// Due after a recorded event ("sau khi ... phê duyệt").
        case event
        /// The end of a school year ("trong năm học").
        case schoolYear = "school_year"
    }

    public init(id: String, taskRef: String, label: String, source: Source, writtenDue: CivilDate,
                effectiveDue: CivilDate, period: DateRange? = nil, window: DateRange? = nil) {
        self.id = id
        self.taskRef = taskRef
        self.label = label
        self.source = source
        self.writtenDue = writtenDue
        self.effectiveDue = effectiveDue
        self.period = period
        self.window = window
    }
}

/// What was recorded against an occurrence: done (with evidence) or waived.
public struct Completion: Hashable, Sendable, Codable {
    /// The occurrence's id.
    public var occurrenceID: String
    /// Done or waived.
    public var state: State
    /// The day it was done (or waived).
    public var on: CivilDate
    /// The evidence: a document number ("Báo cáo số 12/BC-UBND") or a link.
    public var evidence: String?
    /// Who recorded it.
    public var by: String
    /// A remark.
    public var note: String?

    /// The two ways an occurrence is closed.
    public enum State: String, Hashable, Sendable, Codable {
        /// The work was done.
        case done
        /// The work is no longer required (by decision of the plan's issuer).
        case waived
    }

    public init(occurrenceID: String, state: State, on: CivilDate, evidence: String? = nil,
                by: String, note: String? = nil) {
        self.occurrenceID = occurrenceID
        self.state = state
        self.on = on
        self.evidence = evidence
        self.by = by
        self.note = note
    }
}

/// A trigger that happened, recorded for a plan: "UBND tỉnh phê duyệt QHKHSDĐ" on a date.
public struct PlanEvent: Hashable, Sendable, Codable {
    /// The key tasks name in ``PlanTask/eventKey``.
    public var key: String
    /// What happened, in words.
    public var label: String
    /// The day it happened.
    public var happenedOn: CivilDate

    public init(key: String, label: String, happenedOn: CivilDate) {
        self.key = key
        self.label = label
        self.happenedOn = happenedOn
    }
}
