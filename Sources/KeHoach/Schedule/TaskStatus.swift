/// Where a task (or a plan) stands on a date, derived from its occurrences and what was
/// recorded against them: never stored, so it can never disagree with the facts.
public enum TaskStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing done yet, nothing overdue.
    case notStarted = "not_started"
    /// Some occurrences closed, the rest open and not overdue.
    case inProgress = "in_progress"
    /// Every occurrence closed, each on or before its effective due date.
    case done
    /// Every occurrence closed, at least one after its effective due date.
    case doneLate = "done_late"
    /// At least one open occurrence is past its effective due date.
    case overdue
    /// Event-triggered, and the event has not been recorded yet.
    case waitingForEvent = "waiting_for_event"
    /// The deadline was not understood or names no date: someone must set one.
    case needsDate = "needs_date"

    /// The Vietnamese label officials read.
    public var vietnamese: String {
        switch self {
        case .notStarted: "Chưa thực hiện"
        case .inProgress: "Đang thực hiện"
        case .done: "Hoàn thành đúng hạn"
        case .doneLate: "Hoàn thành muộn"
        case .overdue: "Quá hạn"
        case .waitingForEvent: "Chờ sự kiện"
        case .needsDate: "Cần xác định thời hạn"
        }
    }

    /// The status of a task on `asOf` from its occurrences and their completions.
    ///
    /// Completions are read as of `asOf`: one recorded on a later day does not count yet. An
    /// occurrence is overdue on `asOf` when it is open and `asOf` is after its effective due
    /// date (a deadline ends at the end of its day). Overdue wins over everything; then a task
    /// whose occurrences are all closed is done (late if any was done after its effective due
    /// date; waived ones are never late); then one with some closed is in progress. Occurrences
    /// due after `asOf` do not make a task "in progress" by themselves: a completion does. A task
    /// without occurrences is waiting for its event, needs a date, or has not started.
    public static func derive(occurrences: [Occurrence], completions: [String: Completion], asOf: CivilDate,
                              waitingForEvent: Bool = false, needsDate: Bool = false) -> TaskStatus {
        if occurrences.isEmpty {
            if waitingForEvent { return .waitingForEvent }
            return needsDate ? .needsDate : .notStarted
        }
        var closed = 0, late = false, overdue = false
        for occurrence in occurrences {
            switch OccurrenceOutcome(occurrence, completion: completions[occurrence.id], asOf: asOf) {
            case .doneOnTime, .waived: closed += 1
            case .doneLate: closed += 1; late = true
            case .overdue: overdue = true
            case .pending: break
            }
        }
        if overdue { return .overdue }
        if closed == occurrences.count { return late ? .doneLate : .done }
        return closed > 0 ? .inProgress : .notStarted
    }
}
