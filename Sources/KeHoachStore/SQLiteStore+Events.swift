import KeHoach

extension SQLiteStore {
    /// Records that the event `key` happened on `on` for the plan, expands the plan again with
    /// all its events, and returns the occurrences that appeared (those of the tasks naming
    /// `key`, due after the cell's offset or the plan's default), in one transaction with an
    /// "event.record" audit entry.
    ///
    /// - A key no task of the plan names is refused with
    ///   ``KeHoachError/notFound(what:key:suggestion:)`` (suggesting the closest key the plan
    ///   has) and nothing is recorded: a typo in a key would otherwise be stored as success and
    ///   the tasks waiting for the event would never get a due date.
    /// - A date outside 1900-2100 is refused (``CivilDate/supportedYears``).
    /// - Recording the same key on the same day again changes nothing and returns [] (a client
    ///   that retries after a lost reply does no harm).
    /// - `label` nil: the deadline text of the first task naming the key, else the key.
    /// - Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``; empty key:
    ///   ``KeHoachError/invalidValue(field:value:expected:row:)``.
    public func recordEvent(planID: Int64, key: String, label: String?, on: CivilDate,
                            by actor: String) throws(KeHoachError) -> [Occurrence] {
        let key = key.trimmingSpaces
        guard !key.isEmpty else {
            throw .invalidValue(field: "event_key", value: key, expected: "khóa sự kiện (vd. phe-duyet-qhkhsdd)", row: nil)
        }
        _ = try on.supported(field: "happened_on")
        try expandPendingPlans()
        return try withPlan(planID) { (plan: Plan) throws(KeHoachError) -> [Occurrence] in
            let naming = plan.tasks.filter { $0.eventKey == key }
            guard !naming.isEmpty else {
                let keys = Set(plan.tasks.compactMap(\.eventKey))
                throw .notFound(what: "sự kiện (event_key) của kế hoạch \(plan.number)", key: key,
                                suggestion: TextSimilarity.closest(to: key, among: keys.sorted()))
            }
            let seen = try database.integer(
                "SELECT count(*) FROM events WHERE plan_id = ? AND key = ? AND happened_on = ?", [planID, key, on.iso])
            if seen > 0 { return [] }
            let text = label.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
                ?? naming.first?.deadline ?? key
            try database.run("""
                INSERT INTO events (plan_id, key, label, happened_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, \(SQLiteStore.nowSQL))
                """, [planID, key, text, on.iso, actor])
            let change = try storeSchedule(of: plan, planID: planID, actor: actor)
            let outcome = "nhiệm vụ " + naming.map(\.ref).joined(separator: ", ") + ": thêm \(change.added.count) lần thực hiện"
            try appendAudit(actor: actor, action: "event.record", planID: planID, subject: key,
                            detail: "Ghi nhận sự kiện «\(text)» ngày \(on.vietnamese); \(outcome)")
            return change.added
        }
    }

    /// The events recorded for a plan, oldest first (by the day they happened, then by when
    /// they were recorded). Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func events(planID: Int64) throws(KeHoachError) -> [PlanEvent] {
        try read { () throws(KeHoachError) -> [PlanEvent] in
            try requirePlan(planID)
            return try readEvents(planID: planID)
        }
    }

    func readEvents(planID: Int64) throws(KeHoachError) -> [PlanEvent] {
        let statement = try database.prepare(
            "SELECT key, label, happened_on, recorded_at FROM events WHERE plan_id = ? ORDER BY happened_on, id")
        try statement.bind([planID])
        var events: [PlanEvent] = []
        while try statement.step() {
            let iso = statement.text(2)
            guard let day = CivilDate(iso: iso) else {
                throw .storage(code: 11, detail: "giá trị hỏng trong cột 'events.happened_on': '\(iso)'")
            }
            var event = PlanEvent(key: statement.text(0), label: statement.text(1), happenedOn: day)
            event.recordedAt = Instant(local: statement.text(3))
            events.append(event)
        }
        return events
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
