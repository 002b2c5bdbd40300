import KeHoach

/// Where a task stands in the schedule, kept in `tasks.schedule_state` at each expansion so
/// "needs a date" and "waiting for an event" are indexed queries.
enum ScheduleState: String {
    /// The task has occurrences (or is of a kind that always gets them).
    case dated
    /// Nothing in its deadline gave a date: someone must set one.
    case needsDate = "needs_date"
    /// Event-triggered, and no event it names has been recorded.
    case waitingForEvent = "waiting_for_event"
}

/// What one expansion of a plan changed in the stored schedule.
public struct ScheduleChange: Hashable, Sendable {
    /// Occurrences that did not exist before, in due order.
    public var added: [Occurrence]
    /// Ids of occurrences that no longer exist.
    public var removed: [String]
    /// Ids among ``removed`` that had a completion or waiver: the record is kept (an edit that
    /// brings the occurrence back finds it again) and reported in a "completion.orphaned" entry.
    public var orphanedCompletions: [String]
    /// How many occurrences the plan has now.
    public var total: Int
    /// Occurrences kept under their ids whose written or effective due date changed (a new
    /// working calendar, a new default event offset), by new effective due date then id.
    public var moved: [DueDateMove]

    /// A change from its parts.
    public init(added: [Occurrence], removed: [String], orphanedCompletions: [String], total: Int,
                moved: [DueDateMove] = []) {
        self.added = added
        self.removed = removed
        self.orphanedCompletions = orphanedCompletions
        self.total = total
        self.moved = moved
    }
}

extension SQLiteStore {
    /// Expands the plan again from its stored tasks, events and notice settings over the store's
    /// working calendar (``calendar``), and stores the result in one transaction: call after
    /// editing a plan. Completions are keyed by stable occurrence ids, so they stay with their
    /// occurrences; those whose occurrence disappeared are kept and reported
    /// (``ScheduleChange/orphanedCompletions``). Leaves a "schedule.expand" audit entry. Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``.
    @discardableResult
    public func reexpand(planID: Int64, by actor: String) throws(KeHoachError) -> ScheduleChange {
        try withPlan(planID) { (plan: Plan) throws(KeHoachError) -> ScheduleChange in
            let change = try storeSchedule(of: plan, planID: planID, actor: actor)
            try appendAudit(actor: actor, action: "schedule.expand", planID: planID, subject: plan.number,
                            detail: "Lập lại lịch: \(change.total) lần thực hiện (thêm \(change.added.count), "
                                + "bỏ \(change.removed.count))")
            return change
        }
    }

    /// Runs `body` on the stored plan inside a write transaction in which the plan is known to be
    /// the one read: the plan is read first (reading cannot nest in a write), and the write is
    /// retried when another connection committed in between.
    func withPlan<T>(_ planID: Int64, _ body: (Plan) throws(KeHoachError) -> T) throws(KeHoachError) -> T {
        guard mode.isWritable else { throw .readOnly }
        for _ in 0..<8 {
            let version = try dataVersion
            let plan = try plan(id: planID)
            let result = try write { () throws(KeHoachError) -> T? in
                guard try dataVersion == version else { return nil }
                return try body(plan)
            }
            if let result { return result }
        }
        throw .busy
    }

    /// Expands `plan` (stored as `planID`) with its recorded events and settings over the
    /// store's working calendar (``calendar``, or `calendar` when given) and makes the stored
    /// occurrences and task schedule states match. Runs inside the caller's write transaction,
    /// which is where the stored overrides are read, so that a concurrent change of them is
    /// either wholly before or wholly after; writes an audit entry only for orphaned completions.
    func storeSchedule(of plan: Plan, planID: Int64, actor: String,
                       calendar: WorkingCalendar? = nil) throws(KeHoachError) -> ScheduleChange {
        let settings = try readNoticeSettings(planID: planID)
        let events = try readEvents(planID: planID)
        let calendar = if let calendar { calendar } else { try storedCalendar() }
        let schedule = OccurrenceExpander(calendar: calendar, settings: settings)
            .expand(plan, planKey: plan.key, events: events)

        var taskRows: [String: Int64] = [:]
        let rows = try database.prepare("SELECT ref, row_id FROM tasks WHERE plan_id = ?")
        try rows.bind([planID])
        while try rows.step() { taskRows[rows.text(0)] = rows.integer(1) }

        var existing: [String: (written: Int64, effective: Int64)] = [:]
        let ids = try database.prepare("SELECT id, written_due, effective_due FROM occurrences WHERE plan_id = ?")
        try ids.bind([planID])
        while try ids.step() { existing[ids.text(0)] = (ids.integer(1), ids.integer(2)) }

        let upsert = try database.prepare("""
            INSERT INTO occurrences (id, plan_id, task_row, task_ref, label, source, written_due,
                effective_due, period_from, period_to, window_from, window_to, not_before)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET task_row = excluded.task_row, task_ref = excluded.task_ref,
                label = excluded.label, source = excluded.source, written_due = excluded.written_due,
                effective_due = excluded.effective_due, period_from = excluded.period_from,
                period_to = excluded.period_to, window_from = excluded.window_from,
                window_to = excluded.window_to, not_before = excluded.not_before
            WHERE task_row IS NOT excluded.task_row OR task_ref IS NOT excluded.task_ref
                OR label IS NOT excluded.label OR source IS NOT excluded.source
                OR written_due IS NOT excluded.written_due OR effective_due IS NOT excluded.effective_due
                OR period_from IS NOT excluded.period_from OR period_to IS NOT excluded.period_to
                OR window_from IS NOT excluded.window_from OR window_to IS NOT excluded.window_to
                OR not_before IS NOT excluded.not_before
            """)
        var added: [Occurrence] = []
        var moved: [DueDateMove] = []
        var kept = Set<String>()
        for o in schedule.occurrences {
            guard let row = taskRows[o.taskRef] else { continue }  // cannot happen: refs come from the plan
            try upsert.execute([o.id, planID, row, o.taskRef, o.label, o.source.rawValue,
                                o.writtenDue.dayNumber, o.effectiveDue.dayNumber, o.period?.from.dayNumber,
                                o.period?.to.dayNumber, o.window?.from.dayNumber, o.window?.to.dayNumber,
                                o.notBefore?.seconds])
            kept.insert(o.id)
            if let before = existing[o.id] {
                if before.written != Int64(o.writtenDue.dayNumber) || before.effective != Int64(o.effectiveDue.dayNumber) {
                    moved.append(DueDateMove(occurrenceID: o.id, planID: planID, taskRef: o.taskRef, label: o.label,
                                             previousWrittenDue: CivilDate(dayNumber: Int(before.written)),
                                             writtenDue: o.writtenDue,
                                             previousEffectiveDue: CivilDate(dayNumber: Int(before.effective)),
                                             effectiveDue: o.effectiveDue))
                }
            } else {
                added.append(o)
            }
        }
        let removed = Set(existing.keys).subtracting(kept).sorted()
        let delete = try database.prepare("DELETE FROM occurrences WHERE id = ?")
        let completed = try database.prepare("SELECT 1 FROM completions WHERE occurrence_id = ?")
        var orphaned: [String] = []
        for id in removed {
            try delete.execute([id])
            try completed.bind([id])
            if try completed.step() { orphaned.append(id) }
        }

        try database.run("UPDATE tasks SET schedule_state = 'dated' WHERE plan_id = ? AND schedule_state <> 'dated'",
                         [planID])
        let mark = try database.prepare("UPDATE tasks SET schedule_state = ? WHERE plan_id = ? AND ref = ?")
        for ref in schedule.needsDate { try mark.execute([ScheduleState.needsDate.rawValue, planID, ref]) }
        for ref in schedule.waitingForEvent { try mark.execute([ScheduleState.waitingForEvent.rawValue, planID, ref]) }
        try database.run("DELETE FROM schedule_pending WHERE plan_id = ?", [planID])

        if !orphaned.isEmpty {
            try appendAudit(actor: actor, action: "completion.orphaned", planID: planID, subject: plan.number,
                            detail: "Giữ lại \(orphaned.count) kết quả đã ghi nhận nhưng không còn lần thực hiện "
                                + "tương ứng sau khi lập lại lịch: " + orphaned.joined(separator: ", "))
        }
        added.sort { ($0.effectiveDue, $0.id) < ($1.effectiveDue, $1.id) }
        moved.sort { ($0.effectiveDue, $0.occurrenceID) < ($1.effectiveDue, $1.occurrenceID) }
        return ScheduleChange(added: added, removed: removed, orphanedCompletions: orphaned,
                              total: schedule.occurrences.count, moved: moved)
    }

    /// Expands plans stored before schema v2 (listed in `schedule_pending`), each in its own
    /// transaction. Read-only handles leave them for the next read-write one.
    func expandPendingPlans() throws(KeHoachError) {
        guard mode.isWritable,
              try database.integer("SELECT EXISTS (SELECT 1 FROM schedule_pending)") == 1 else { return }
        let statement = try database.prepare("SELECT plan_id FROM schedule_pending ORDER BY plan_id")
        var pending: [Int64] = []
        while try statement.step() { pending.append(statement.integer(0)) }
        for planID in pending { try reexpand(planID: planID, by: "kehoach") }
    }

    // MARK: Notice settings

    /// The plan's notice settings (``NoticeSettings/standard`` until set).
    /// Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func noticeSettings(planID: Int64) throws(KeHoachError) -> NoticeSettings {
        try read { () throws(KeHoachError) -> NoticeSettings in
            try requirePlan(planID)
            return try readNoticeSettings(planID: planID)
        }
    }

    /// Sets the plan's notice settings and expands the plan again (the default event offset moves
    /// event occurrences), in one transaction with a "plan.notice_settings" audit entry.
    public func setNoticeSettings(_ settings: NoticeSettings, planID: Int64, by actor: String) throws(KeHoachError) {
        try withPlan(planID) { (plan: Plan) throws(KeHoachError) in
            try database.run("""
                INSERT INTO notice_settings (plan_id, reminders, overdue_every, escalate_after, minute_of_day,
                    default_event_offset_days, activity)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET reminders = excluded.reminders,
                    overdue_every = excluded.overdue_every, escalate_after = excluded.escalate_after,
                    minute_of_day = excluded.minute_of_day,
                    default_event_offset_days = excluded.default_event_offset_days, activity = excluded.activity
                """, [planID, SQLiteStore.encodeDays(settings.reminders), settings.overdueEvery,
                      settings.escalateAfter, settings.minuteOfDay, settings.defaultEventOffsetDays,
                      settings.activity.rawValue])
            _ = try storeSchedule(of: plan, planID: planID, actor: actor)
            let escalate = settings.escalateAfter.map { "sau \($0) ngày làm việc" } ?? "không"
            try appendAudit(actor: actor, action: "plan.notice_settings", planID: planID, subject: plan.number,
                            detail: "Nhắc trước \(SQLiteStore.encodeDays(settings.reminders)) ngày làm việc, "
                                + "quá hạn nhắc lại mỗi \(settings.overdueEvery) ngày, báo đầu mối \(escalate), "
                                + "lúc \(settings.minuteOfDay / 60)h\(settings.minuteOfDay % 60), "
                                + "sự kiện mặc định \(settings.defaultEventOffsetDays) ngày, "
                                + "hoạt động: \(settings.activity.rawValue)")
        }
    }

    func readNoticeSettings(planID: Int64) throws(KeHoachError) -> NoticeSettings {
        let statement = try database.prepare("""
            SELECT reminders, overdue_every, escalate_after, minute_of_day, default_event_offset_days, activity
            FROM notice_settings WHERE plan_id = ?
            """)
        try statement.bind([planID])
        guard try statement.step() else { return .standard }
        return try SQLiteStore.noticeSettings(statement, from: 0)
    }

    /// Decodes the six settings columns starting at `column`.
    static func noticeSettings(_ statement: Statement, from column: Int32) throws(KeHoachError) -> NoticeSettings {
        let text = statement.text(column)
        guard let reminders = decodeDays(text) else {
            throw .storage(code: 11, detail: "giá trị hỏng trong cột 'notice_settings.reminders': '\(text)'")
        }
        return NoticeSettings(reminders: reminders, overdueEvery: Int(statement.integer(column + 1)),
                              escalateAfter: statement.optionalInteger(column + 2).map { Int($0) },
                              minuteOfDay: Int(statement.integer(column + 3)),
                              defaultEventOffsetDays: Int(statement.integer(column + 4)),
                              activity: QuietPlan.Activity(rawValue: statement.text(column + 5)) ?? .auto)
    }

    /// `[7,3,1]`.
    static func encodeDays(_ days: [Int]) -> String {
        "[" + days.map(String.init).joined(separator: ",") + "]"
    }

    /// The integers of `[7,3,1]`, or nil when the text is not such a list.
    static func decodeDays(_ text: String) -> [Int]? {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return nil }
        let inner = text.dropFirst().dropLast().filter { $0 != " " }
        if inner.isEmpty { return [] }
        var days: [Int] = []
        for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
            guard let day = Int(part) else { return nil }
            days.append(day)
        }
        return days
    }

    /// Throws ``KeHoachError/notFound(what:key:suggestion:)`` unless the plan exists; returns its number.
    @discardableResult
    func requirePlan(_ planID: Int64) throws(KeHoachError) -> String {
        let statement = try database.prepare("SELECT number FROM plans WHERE id = ?")
        try statement.bind([planID])
        guard try statement.step() else { throw .notFound(what: "kế hoạch", key: String(planID), suggestion: nil) }
        return statement.text(0)
    }
}
