/// What notices need to know about a plan besides its occurrences: names, units and the focal
/// unit, looked up once per plan rather than once per notice.
public struct NoticeContext: Sendable {
    /// The store's id of the plan (part of notice text only through occurrence ids).
    public var planNumber: String
    /// The plan's occurrences.
    public var occurrences: [Occurrence]
    /// The tasks by ref.
    public var tasks: [String: PlanTask]
    /// The plan's units, for names.
    public var directory: UnitDirectory
    /// The focal unit's id, told on escalation.
    public var focalUnit: String?

    public init(plan: Plan, occurrences: [Occurrence]) {
        planNumber = plan.number
        self.occurrences = occurrences
        var tasks: [String: PlanTask] = [:]
        for task in plan.tasks { tasks[task.ref] = task }
        self.tasks = tasks
        directory = plan.directory
        focalUnit = plan.focalUnit
    }

    /// The name of a unit id, or the id itself when the plan does not list it.
    public func unitName(_ id: String) -> String { directory.resolve(id)?.name ?? id }

    /// Builds the notice for one threshold of one occurrence.
    func notice(for occurrence: Occurrence, threshold: NoticeRules.Threshold, calendar: WorkingCalendar,
                late: Bool) -> Notice {
        let task = tasks[occurrence.taskRef]
        let lead = task?.lead ?? []
        let recipients: [String]
        switch threshold.kind {
        case .escalation: recipients = focalUnit.map { [$0] } ?? lead
        default: recipients = lead + (task?.coordinating ?? [])
        }
        let days = calendar.workingDays(from: threshold.day, to: occurrence.effectiveDue)
        let leadNames = lead.map(unitName).joined(separator: "; ")
        let what = "nhiệm vụ \(occurrence.taskRef) «\(NoticeContext.shorten(task?.description ?? ""))» (\(occurrence.label))"
        let dueText = occurrence.writtenDue == occurrence.effectiveDue
            ? occurrence.effectiveDue.vietnamese
            : "\(occurrence.effectiveDue.vietnamese), ghi trong kế hoạch \(occurrence.writtenDue.vietnamese)"
        let body: String
        switch threshold.kind {
        case .reminder:
            body = "Nhắc việc: còn \(days) ngày làm việc đến hạn \(dueText) của \(what)"
        case .due:
            body = "Đến hạn hôm nay \(dueText): \(what)"
        case .overdue:
            body = "Quá hạn \(-days) ngày làm việc (hạn \(dueText)): \(what)"
        case .escalation:
            body = "Báo cáo đầu mối: \(what) đã quá hạn \(-days) ngày làm việc (hạn \(dueText)), đơn vị chủ trì: \(leadNames.isEmpty ? "chưa giao" : leadNames)"
        }
        let message = body + " — Kế hoạch \(planNumber)" + (leadNames.isEmpty || threshold.kind == .escalation ? "" : "; chủ trì: \(leadNames)")
            + (late ? " (gửi muộn)" : "")
        return Notice(
            id: "\(occurrence.id)/\(threshold.kind.rawValue)/\(threshold.step)", kind: threshold.kind,
            step: threshold.step, occurrenceID: occurrence.id, planNumber: planNumber,
            taskRef: occurrence.taskRef, recipients: recipients,
            unitName: (threshold.kind == .escalation ? focalUnit : lead.first).map(unitName) ?? "",
            due: occurrence.effectiveDue, days: days, dueAt: threshold.instant, late: late, message: message)
    }

    /// The first words of a long task description, for one-line messages.
    static func shorten(_ text: String, limit: Int = 80) -> String {
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)).split(separator: " ").dropLast().joined(separator: " ") + "…"
    }
}
