import KeHoach

/// A hand edit of one task's schedule (`kehoach task set`): a deadline text in place of one the
/// parser could not date ("Theo kế hoạch"), a date, or the key of the event the task waits for.
public struct TaskEdit: Hashable, Sendable {
    /// The new deadline text, as the plan would write it ("30/09/2025", "Quý III/2025"); nil
    /// keeps the task's. The old text is kept in the task's note and in the audit trail.
    public var deadline: String?
    /// The new event key ("phe-duyet-qhkhsdd"); "" clears it; nil keeps the task's.
    public var eventKey: String?

    /// An edit from its parts.
    public init(deadline: String? = nil, eventKey: String? = nil) {
        self.deadline = deadline
        self.eventKey = eventKey
    }
}

extension SQLiteStore {
    /// Applies `edit` to task `ref` of plan `planID` and expands the plan again, in one
    /// transaction with a "task.set" audit entry naming what was and what is (completions stay
    /// with their occurrence ids; those whose occurrence disappears are kept and reported).
    ///
    /// The task's earlier deadline text is appended to its note ("Thời hạn trước khi sửa: ..."),
    /// so the plan's own words are never lost. Unknown plan or task:
    /// ``KeHoachError/notFound(what:key:suggestion:)`` (the closest ref suggested); an empty
    /// edit or an empty deadline: ``KeHoachError/invalidValue(field:value:expected:row:)``.
    @discardableResult
    public func editTask(planID: Int64, ref: String, _ edit: TaskEdit, by actor: String) throws(KeHoachError) -> ScheduleChange {
        let deadline = edit.deadline.map(\.trimmingSpaces)
        if let deadline, deadline.isEmpty {
            throw .invalidValue(field: "deadline", value: "", expected: "thời hạn, vd. '30/09/2025' hoặc 'Quý III/2025'", row: nil)
        }
        guard deadline != nil || edit.eventKey != nil else {
            throw .invalidValue(field: "task", value: ref, expected: "thời hạn mới, một ngày hoặc mã sự kiện", row: nil)
        }
        try expandPendingPlans()
        return try withPlan(planID) { (plan: Plan) throws(KeHoachError) -> ScheduleChange in
            guard let index = plan.tasks.firstIndex(where: { $0.ref == ref }) else {
                let closest = plan.tasks.map(\.ref).max { TextSimilarity.score(ref, $0) < TextSimilarity.score(ref, $1) }
                throw .notFound(what: "nhiệm vụ", key: ref, suggestion: closest)
            }
            var edited = plan
            var task = plan.tasks[index]
            var changes: [String] = []
            if let deadline, deadline != task.deadline {
                changes.append("thời hạn '\(task.deadline)' → '\(deadline)'")
                let kept = "Thời hạn trước khi sửa: '\(task.deadline)'."
                task.note = [task.note, kept].compactMap { $0 }.joined(separator: " ")
                task.deadline = deadline
            }
            if let key = edit.eventKey.map(\.trimmingSpaces) {
                let new: String? = key.isEmpty ? nil : key
                if new != task.eventKey {
                    changes.append("mã sự kiện '\(task.eventKey ?? "")' → '\(new ?? "")'")
                    task.eventKey = new
                }
            }
            edited.tasks[index] = task
            try database.run("UPDATE tasks SET deadline = ?, event_key = ?, note = ? WHERE plan_id = ? AND ref = ?",
                             [task.deadline, task.eventKey, task.note, planID, ref])
            let change = try storeSchedule(of: edited, planID: planID, actor: actor)
            let what = changes.isEmpty ? "không đổi" : changes.joined(separator: "; ")
            try appendAudit(actor: actor, action: "task.set", planID: planID, subject: ref,
                            detail: "Sửa nhiệm vụ \(ref): \(what); lập lại lịch: \(change.total) lần thực hiện "
                                + "(thêm \(change.added.count), bỏ \(change.removed.count))")
            return change
        }
    }
}
