import KeHoach

extension SQLiteStore {
    /// Records that an occurrence was done on `on`, with its evidence (a document number or a
    /// link), in one transaction with an "occurrence.complete" audit entry. A completion or
    /// waiver already recorded is replaced (and the entry says what it replaced).
    /// Unknown id: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func complete(occurrenceID: String, on: CivilDate, evidence: String?, by actor: String,
                         note: String?) throws(KeHoachError) {
        try closeOccurrence(try currentOccurrenceID(occurrenceID), as: .done, on: on, evidence: evidence, by: actor, note: note)
    }

    /// Records that an occurrence is no longer required, in one transaction with an
    /// "occurrence.waive" audit entry. Unknown id: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func waive(occurrenceID: String, on: CivilDate, by actor: String, note: String?) throws(KeHoachError) {
        try closeOccurrence(try currentOccurrenceID(occurrenceID), as: .waived, on: on, evidence: nil, by: actor, note: note)
    }

    /// Removes the completion or waiver of an occurrence, opening it again, with an
    /// "occurrence.reopen" audit entry. It also removes an orphaned record (one whose occurrence
    /// no longer exists). An open occurrence stays open and nothing is written.
    /// Unknown id: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func reopen(occurrenceID: String, by actor: String) throws(KeHoachError) {
        try expandPendingPlans()
        let occurrenceID = try currentOccurrenceID(occurrenceID)
        try write { () throws(KeHoachError) in
            let existing = try database.prepare(
                "SELECT plan_id, state, on_day FROM completions WHERE occurrence_id = ?")
            try existing.bind([occurrenceID])
            guard try existing.step() else {
                _ = try occurrenceSubject(occurrenceID)  // throws notFound for an unknown id
                return
            }
            let planID = existing.integer(0)
            let what = existing.text(1) == Completion.State.done.rawValue ? "hoàn thành" : "miễn thực hiện"
            let day = CivilDate(dayNumber: Int(existing.integer(2)))
            try database.run("DELETE FROM completions WHERE occurrence_id = ?", [occurrenceID])
            try appendAudit(actor: actor, action: "occurrence.reopen", planID: planID, subject: occurrenceID,
                            detail: "Mở lại; bỏ ghi nhận \(what) ngày \(day.vietnamese)")
        }
    }

    private func closeOccurrence(_ id: String, as state: Completion.State, on: CivilDate, evidence: String?,
                       by actor: String, note: String?) throws(KeHoachError) {
        _ = try on.supported(field: state == .done ? "done_on" : "waived_on")
        try expandPendingPlans()
        try write { () throws(KeHoachError) in
            let subject = try occurrenceSubject(id)
            let previous = try database.prepare("SELECT state, on_day FROM completions WHERE occurrence_id = ?")
            try previous.bind([id])
            let replaced = try previous.step()
                ? "; thay ghi nhận \(previous.text(0)) ngày \(CivilDate(dayNumber: Int(previous.integer(1))).vietnamese)"
                : ""
            let evidence = evidence.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
            let note = note.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
            try database.run("""
                INSERT INTO completions (occurrence_id, plan_id, state, on_day, evidence, recorded_by, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, \(SQLiteStore.nowSQL))
                ON CONFLICT (occurrence_id) DO UPDATE SET plan_id = excluded.plan_id, state = excluded.state,
                    on_day = excluded.on_day, evidence = excluded.evidence, recorded_by = excluded.recorded_by,
                    note = excluded.note, recorded_at = excluded.recorded_at
                """, [id, subject.planID, state.rawValue, on.dayNumber, evidence, actor, note])
            let verb = state == .done ? "Hoàn thành" : "Miễn thực hiện"
            var detail = "\(verb) nhiệm vụ \(subject.taskRef) (\(subject.label)) ngày \(on.vietnamese)"
            if let evidence { detail += "; minh chứng: \(evidence)" }
            if let note { detail += "; ghi chú: \(note)" }
            try appendAudit(actor: actor, action: state == .done ? "occurrence.complete" : "occurrence.waive",
                            planID: subject.planID, subject: id, detail: detail + replaced)
        }
    }

    /// The plan, task and label of a stored occurrence, or notFound.
    private func occurrenceSubject(_ id: String) throws(KeHoachError) -> (planID: Int64, taskRef: String, label: String) {
        let statement = try database.prepare("SELECT plan_id, task_ref, label FROM occurrences WHERE id = ?")
        try statement.bind([id])
        guard try statement.step() else { throw try unknownOccurrence(id) }
        return (statement.integer(0), statement.text(1), statement.text(2))
    }

    /// The notFound error for an occurrence id, suggesting the closest stored id of the same
    /// task ("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-31" → "…:1.4:2025-06-30"), else of the same plan.
    func unknownOccurrence(_ id: String) throws(KeHoachError) -> KeHoachError {
        // "<organisation>:<number>:<year>:<task ref>:<slot>": the same task's ids, else the same plan's.
        let parts = id.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let task = parts.count >= 5 ? parts.dropLast().joined(separator: ":") + ":" : nil
        let plan = parts.count >= 4 ? parts.prefix(3).joined(separator: ":") + ":" : nil
        var candidates: [String] = []
        for prefix in [task, plan] {
            guard let prefix, candidates.isEmpty else { continue }
            // A range over the primary key: the ids that start with `prefix`.
            let statement = try database.prepare("SELECT id FROM occurrences WHERE id >= ? AND id < ? ORDER BY id LIMIT 2000")
            try statement.bind([prefix, prefix + "\u{10FFFF}"])
            while try statement.step() { candidates.append(statement.text(0)) }
        }
        return .notFound(what: "lần thực hiện", key: id, suggestion: TextSimilarity.closest(to: id, among: candidates))
    }

    // MARK: Task statuses

    /// Each task's status on `asOf`, in plan order, derived by ``TaskStatus/derive`` from its
    /// stored occurrences, their completions and its schedule state (three indexed queries).
    /// Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func taskStatuses(planID: Int64, asOf: CivilDate) throws(KeHoachError) -> [TaskStatusRecord] {
        try expandPendingPlans()
        return try read { () throws(KeHoachError) -> [TaskStatusRecord] in
            try requirePlan(planID)
            var occurrences: [String: [Occurrence]] = [:]
            let rows = try database.prepare(SQLiteStore.occurrenceColumns("o") + " FROM occurrences o WHERE o.plan_id = ?")
            try rows.bind([planID])
            while try rows.step() {
                let occurrence = try SQLiteStore.occurrence(rows, from: 0)
                occurrences[occurrence.taskRef, default: []].append(occurrence)
            }
            let completions = try readCompletions(planID: planID)
            let tasks = try database.prepare(
                "SELECT ref, schedule_state FROM tasks WHERE plan_id = ? ORDER BY position")
            try tasks.bind([planID])
            var records: [TaskStatusRecord] = []
            while try tasks.step() {
                let ref = tasks.text(0), state = ScheduleState(rawValue: tasks.text(1)) ?? .dated
                let own = occurrences[ref] ?? []
                let status = TaskStatus.derive(occurrences: own, completions: completions, asOf: asOf,
                                               waitingForEvent: state == .waitingForEvent,
                                               needsDate: state == .needsDate)
                records.append(TaskStatusRecord(taskRef: ref, status: status, occurrenceCount: own.count,
                                                closedCount: own.filter { completions[$0.id] != nil }.count))
            }
            return records
        }
    }

    /// The completions and waivers recorded under a plan, by occurrence id.
    func readCompletions(planID: Int64) throws(KeHoachError) -> [String: Completion] {
        let statement = try database.prepare(
            "SELECT " + SQLiteStore.completionColumns("c") + " FROM completions c WHERE c.plan_id = ?")
        try statement.bind([planID])
        var completions: [String: Completion] = [:]
        while try statement.step() {
            if let completion = try SQLiteStore.completion(statement, from: 0) {
                completions[completion.occurrenceID] = completion
            }
        }
        return completions
    }
}
