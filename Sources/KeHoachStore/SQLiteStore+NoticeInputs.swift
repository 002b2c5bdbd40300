import KeHoach

extension SQLiteStore {
    /// Everything the notice rules need for every plan, read in one snapshot with one query per
    /// table (not per plan), for the daemon's every cycle: the plan's number, units, focal unit
    /// and tasks (ref, description, units, deadline, event key; not outputs or targets), its
    /// occurrences, the ids of those done or waived, its notice settings and when it was imported.
    /// Plans in id order.
    public func noticeInputs() throws(KeHoachError) -> [NoticeInput] {
        try expandPendingPlans()
        return try read { () throws(KeHoachError) -> [NoticeInput] in
            var plans: [Int64: Plan] = [:], order: [Int64] = [], imported: [Int64: Instant] = [:]
            let header = try database.prepare("SELECT id, number, issuer, year, title, focal_unit, imported_at FROM plans ORDER BY id")
            while try header.step() {
                let id = header.integer(0)
                var plan = Plan(number: header.text(1), issuer: header.text(2), year: Int(header.integer(3)),
                                title: header.text(4))
                plan.focalUnit = header.optionalText(5)
                imported[id] = Instant(local: header.text(6))
                plans[id] = plan
                order.append(id)
            }

            var aliases: [Int64: [String]] = [:]
            let alias = try database.prepare("SELECT unit_row, alias FROM unit_aliases ORDER BY unit_row, position")
            while try alias.step() { aliases[alias.integer(0), default: []].append(alias.text(1)) }
            let units = try database.prepare("SELECT plan_id, row_id, id, name, kind FROM units ORDER BY plan_id, position")
            while try units.step() {
                let kind = units.text(4)
                guard let parsed = Unit.Kind(rawValue: kind) else { throw SQLiteStore.corrupt("units.kind", kind) }
                plans[units.integer(0)]?.units.append(Unit(id: units.text(2), name: units.text(3),
                                                           aliases: aliases[units.integer(1)] ?? [], kind: parsed))
            }

            var roles: [Int64: [String: [String]]] = [:]
            let taskUnits = try database.prepare("""
                SELECT tu.task_row, tu.role, u.id FROM task_units tu JOIN units u ON u.row_id = tu.unit_row
                ORDER BY tu.task_row, tu.role, tu.position
                """)
            while try taskUnits.step() {
                roles[taskUnits.integer(0), default: [:]][taskUnits.text(1), default: []].append(taskUnits.text(2))
            }
            let tasks = try database.prepare("""
                SELECT plan_id, row_id, ref, dimension, description, deadline, event_key
                FROM tasks ORDER BY plan_id, position
                """)
            while try tasks.step() {
                let role = roles[tasks.integer(1)] ?? [:]
                plans[tasks.integer(0)]?.tasks.append(
                    PlanTask(ref: tasks.text(2), dimension: tasks.optionalText(3), description: tasks.text(4),
                             lead: role["lead"] ?? [], coordinating: role["coordinating"] ?? [],
                             implementing: role["implementing"] ?? [], deadline: tasks.text(5),
                             eventKey: tasks.optionalText(6)))
            }

            var occurrences: [Int64: [Occurrence]] = [:]
            let rows = try database.prepare(
                SQLiteStore.occurrenceColumns("o") + ", o.plan_id FROM occurrences o ORDER BY o.plan_id, o.effective_due, o.id")
            while try rows.step() {
                occurrences[rows.integer(11), default: []].append(try SQLiteStore.occurrence(rows, from: 0))
            }
            var closed: [Int64: Set<String>] = [:]
            let completions = try database.prepare("SELECT plan_id, occurrence_id FROM completions")
            while try completions.step() { closed[completions.integer(0), default: []].insert(completions.text(1)) }
            var settings: [Int64: NoticeSettings] = [:]
            let stored = try database.prepare("""
                SELECT plan_id, reminders, overdue_every, escalate_after, minute_of_day, default_event_offset_days
                FROM notice_settings
                """)
            while try stored.step() { settings[stored.integer(0)] = try SQLiteStore.noticeSettings(stored, from: 1) }

            return order.compactMap { id in
                plans[id].map {
                    NoticeInput(planID: id, context: NoticeContext(plan: $0, occurrences: occurrences[id] ?? []),
                                closed: closed[id] ?? [], settings: settings[id] ?? .standard, importedAt: imported[id])
                }
            }
        }
    }
}
