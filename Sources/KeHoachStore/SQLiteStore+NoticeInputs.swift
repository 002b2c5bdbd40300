import KeHoach

extension SQLiteStore {
    /// Everything the notice rules need for every plan, read in one snapshot: the plan's number,
    /// units, focal unit and tasks (ref, description, units, deadline, event key; not outputs or
    /// targets), its occurrences, the ids of those done or waived, its notice settings and when
    /// it was imported. Plans in id order.
    ///
    /// The whole store at once: for a caller that needs every plan together (`kehoach check`'s
    /// table). The daemon streams them with ``forEachNoticeInput(_:)``, which this collects, so
    /// both read exactly the same inputs.
    public func noticeInputs() throws(KeHoachError) -> [NoticeInput] {
        var inputs: [NoticeInput] = []
        try forEachNoticeInput { (input: NoticeInput) throws(KeHoachError) in inputs.append(input) }
        return inputs
    }

    /// Hands `body` the notice inputs of each plan in turn, in id order, each as
    /// ``noticeInputs()`` gives it, all read from one snapshot of the store (one read
    /// transaction: a plan imported or an occurrence completed by another process meanwhile is
    /// seen by all of them or none).
    ///
    /// Only one plan's inputs are in memory at a time (the caller's copies aside), so a daemon
    /// on a national store holds one plan's occurrences, not every plan's. Each plan costs a few
    /// indexed queries, prepared once for the whole pass (``NoticeInputSQL``).
    ///
    /// Plans left unexpanded by an older schema are expanded first (a write, before the read).
    /// `body` runs inside the read transaction: it must not use this store (SQLite has no
    /// nested transactions); an error it throws ends the pass and is rethrown.
    public func forEachNoticeInput(_ body: (NoticeInput) throws(KeHoachError) -> Void) throws(KeHoachError) {
        try expandPendingPlans()
        try read { () throws(KeHoachError) in
            let reader = try NoticeInputReader(database)
            let plans = try database.prepare(NoticeInputSQL.plans(after: true))
            try plans.bind([Int64(0)])
            while try plans.step() { try body(try reader.input(plans)) }
        }
    }
}

/// The queries behind ``SQLiteStore/forEachNoticeInput(_:)``: one pass over the plans (with
/// their notice settings), then for each plan its units, task units, tasks, occurrences and
/// completions, each searched by plan through an index (the query-plan test checks that none
/// scans a table), in the orders the notice rules and the digest rely on.
enum NoticeInputSQL {
    /// The plans with an id above parameter 1, in id order (`after`), or the one plan whose id
    /// is parameter 1, with their notice settings (NULL columns: the standard ones) and their
    /// last effective due date (through `occurrences_by_plan_due`).
    static func plans(after: Bool) -> String {
        """
        SELECT p.id, p.number, p.issuer, p.year, p.title, p.focal_unit, p.imported_at,
               s.reminders, s.overdue_every, s.escalate_after, s.minute_of_day, s.default_event_offset_days,
               s.activity, o.code, o.name, o.kind, po.code,
               (SELECT max(effective_due) FROM occurrences m WHERE m.plan_id = p.id)
        FROM plans p LEFT JOIN notice_settings s ON s.plan_id = p.id
        LEFT JOIN organisations o ON o.id = p.organisation_id LEFT JOIN organisations po ON po.id = o.parent_id
        WHERE p.id \(after ? ">" : "=") ? ORDER BY p.id
        """
    }

    /// One plan's units in document order, each with its aliases in order (one row per alias;
    /// one row with a NULL alias for a unit without any). Parameter 1: the plan's id.
    static let units = """
        SELECT u.row_id, u.id, u.name, u.kind, a.alias
        FROM units u LEFT JOIN unit_aliases a ON a.unit_row = u.row_id
        WHERE u.plan_id = ? ORDER BY u.position, a.position
        """

    /// The units of one plan's tasks by task, role and position, as unit ids. Parameter 1: the
    /// plan's id.
    static let taskUnits = """
        SELECT tu.task_row, tu.role, u.id
        FROM tasks t JOIN task_units tu ON tu.task_row = t.row_id JOIN units u ON u.row_id = tu.unit_row
        WHERE t.plan_id = ? ORDER BY t.position, tu.role, tu.position
        """

    /// One plan's tasks in document order. Parameter 1: the plan's id.
    static let tasks = """
        SELECT row_id, ref, dimension, description, deadline, event_key
        FROM tasks WHERE plan_id = ? ORDER BY position
        """

    /// One plan's occurrences by effective due date, then id. Parameter 1: the plan's id.
    static let occurrences = SQLiteStore.occurrenceColumns("o")
        + ", o.notice_rev FROM occurrences o WHERE o.plan_id = ? ORDER BY o.effective_due, o.id"

    /// The ids of one plan's done or waived occurrences. Parameter 1: the plan's id.
    static let completions = "SELECT occurrence_id FROM completions WHERE plan_id = ?"

    /// The per-plan queries, for the query-plan test.
    static let perPlan = [units, taskUnits, tasks, occurrences, completions]
}

/// The per-plan statements of one pass of ``SQLiteStore/forEachNoticeInput(_:)``, prepared once
/// and bound again for each plan, so a pass over thousands of plans parses each query once.
struct NoticeInputReader {
    let units: Statement
    let taskUnits: Statement
    let tasks: Statement
    let occurrences: Statement
    let completions: Statement

    /// Prepares the statements on `database`.
    init(_ database: Database) throws(KeHoachError) {
        units = try database.prepare(NoticeInputSQL.units)
        taskUnits = try database.prepare(NoticeInputSQL.taskUnits)
        tasks = try database.prepare(NoticeInputSQL.tasks)
        occurrences = try database.prepare(NoticeInputSQL.occurrences)
        completions = try database.prepare(NoticeInputSQL.completions)
    }

    /// The inputs of the plan on the current row of a ``NoticeInputSQL/plans(after:)``
    /// statement: all its occurrences, or only `selected` (with their revisions and whether each
    /// is closed) when a cycle reads what its window makes due.
    func input(_ header: Statement, selected: [SelectedOccurrence]? = nil) throws(KeHoachError) -> NoticeInput {
        let id = header.integer(0)
        var plan = Plan(number: header.text(1), issuer: header.text(2), year: Int(header.integer(3)), title: header.text(4))
        plan.focalUnit = header.optionalText(5)
        plan.organisation = OrganisationRows.organisation(header, from: 13)
        let importedAt = Instant(local: header.text(6))
        let settings = header.optionalText(7) == nil ? NoticeSettings.standard : try SQLiteStore.noticeSettings(header, from: 7)
        plan.units = try readUnits(planID: id)
        plan.tasks = try readTasks(planID: id)

        let lastDue = header.optionalInteger(17).map { CivilDate(dayNumber: Int($0)) }
        var occurrences: [Occurrence] = []
        var closed: Set<String> = []
        var revisions: [String: Int64] = [:]
        if let selected {
            for s in selected {
                occurrences.append(s.occurrence)
                revisions[s.occurrence.id] = s.revision
                if s.closed { closed.insert(s.occurrence.id) }
            }
        } else {
            try self.occurrences.bind([id])
            while try self.occurrences.step() {
                let occurrence = try SQLiteStore.occurrence(self.occurrences, from: 0)
                occurrences.append(occurrence)
                revisions[occurrence.id] = self.occurrences.integer(11)
            }
            try completions.bind([id])
            while try completions.step() { closed.insert(completions.text(0)) }
        }
        var input = NoticeInput(planID: id, context: NoticeContext(plan: plan, occurrences: occurrences), closed: closed,
                                settings: settings, importedAt: importedAt, lastDue: lastDue)
        input.revisions = revisions
        return input
    }

    /// One plan's units with their aliases, in document order.
    private func readUnits(planID: Int64) throws(KeHoachError) -> [Unit] {
        var result: [Unit] = []
        var row: Int64?
        try units.bind([planID])
        while try units.step() {
            if units.integer(0) != row {
                row = units.integer(0)
                let kind = units.text(3)
                guard let parsed = Unit.Kind(rawValue: kind) else { throw SQLiteStore.corrupt("units.kind", kind) }
                result.append(Unit(id: units.text(1), name: units.text(2), aliases: [], kind: parsed))
            }
            if let alias = units.optionalText(4) { result[result.count - 1].aliases.append(alias) }
        }
        return result
    }

    /// One plan's tasks with their lead, coordinating and implementing units, in document order.
    private func readTasks(planID: Int64) throws(KeHoachError) -> [PlanTask] {
        var roles: [Int64: [String: [String]]] = [:]
        try taskUnits.bind([planID])
        while try taskUnits.step() {
            roles[taskUnits.integer(0), default: [:]][taskUnits.text(1), default: []].append(taskUnits.text(2))
        }
        var result: [PlanTask] = []
        try tasks.bind([planID])
        while try tasks.step() {
            let role = roles[tasks.integer(0)] ?? [:]
            result.append(PlanTask(ref: tasks.text(1), dimension: tasks.optionalText(2), description: tasks.text(3),
                                   lead: role["lead"] ?? [], coordinating: role["coordinating"] ?? [],
                                   implementing: role["implementing"] ?? [], deadline: tasks.text(4),
                                   eventKey: tasks.optionalText(5)))
        }
        return result
    }
}
