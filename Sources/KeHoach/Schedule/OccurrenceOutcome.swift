/// Where one occurrence stands on a day: the classification statuses and rates are built on.
public enum OccurrenceOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// Open, and its effective due date has not passed.
    case pending
    /// Open, and its effective due date has passed.
    case overdue
    /// Done on or before its effective due date.
    case doneOnTime = "done_on_time"
    /// Done after its effective due date.
    case doneLate = "done_late"
    /// Waived: no longer required.
    case waived

    /// The outcome of `occurrence` on `asOf`, given its completion if any (a completion dated
    /// after `asOf` is not known yet on `asOf`).
    public init(_ occurrence: Occurrence, completion: Completion?, asOf: CivilDate) {
        if let completion, completion.on <= asOf {
            switch completion.state {
            case .waived: self = .waived
            case .done: self = completion.on > occurrence.effectiveDue ? .doneLate : .doneOnTime
            }
        } else {
            self = asOf > occurrence.effectiveDue ? .overdue : .pending
        }
    }
}
