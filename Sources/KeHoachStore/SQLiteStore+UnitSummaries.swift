import KeHoach

extension SQLiteStore {
    /// The ``UnitSummary`` of every (organisation, lead unit) on `day`, counted by the database
    /// rather than read occurrence by occurrence: what kehoachd's daily digest writes, at the cost
    /// of one aggregate query on a national store.
    ///
    /// The counts are the core's (``UnitSummary/Accumulator`` fed every plan gives the same
    /// summaries; a test holds the two together): open occurrences overdue (effective due date
    /// before `day`) and due from `day` to ``UnitSummary/weekEnd(of:)``, and tasks with no
    /// occurrence and no triggering event, under each distinct lead unit of their task, or
    /// "(chưa giao)" when it names none. By organisation code, then unit name.
    public func unitSummaries(on day: CivilDate) throws(KeHoachError) -> [UnitSummary] {
        try read { () throws(KeHoachError) -> [UnitSummary] in
            let statement = try database.prepare(UnitSummarySQL.summaries)
            try statement.bind([Int64(day.dayNumber), Int64(UnitSummary.weekEnd(of: day).dayNumber)])
            var result: [UnitSummary] = []
            while try statement.step() {
                result.append(UnitSummary(unit: statement.text(3), unitID: statement.text(2), organisation: statement.text(0),
                                          organisationName: statement.text(1), dueThisWeek: Int(statement.integer(4)),
                                          overdue: Int(statement.integer(5)), needsDate: Int(statement.integer(6))))
            }
            return result.sorted { ($0.organisation, $0.unit, $0.unitID) < ($1.organisation, $1.unit, $1.unitID) }
        }
    }
}

/// The aggregate behind ``SQLiteStore/unitSummaries(on:)``.
enum UnitSummarySQL {
    /// Parameters: the day, the last day of its week (day numbers). Per task, its open
    /// occurrences overdue and due this week (those due later are not read: the due-date index
    /// bounds the scan) and whether it needs a date; then summed under each distinct lead unit.
    static let summaries = """
        WITH open AS (
            SELECT o.task_row, sum(o.effective_due < ?1) AS overdue, sum(o.effective_due >= ?1) AS week
            FROM occurrences o
            WHERE o.effective_due <= ?2 AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.occurrence_id = o.id)
            GROUP BY o.task_row
        ),
        per_task AS (
            SELECT task_row, overdue, week, 0 AS needs FROM open
            UNION ALL
            SELECT t.row_id, 0, 0, 1 FROM tasks t
            WHERE t.event_key IS NULL AND NOT EXISTS (SELECT 1 FROM occurrences o WHERE o.task_row = t.row_id)
        ),
        leads AS (
            SELECT DISTINCT tu.task_row, u.id AS unit_id, u.name AS unit_name
            FROM task_units tu JOIN units u ON u.row_id = tu.unit_row WHERE tu.role = 'lead'
        )
        SELECT coalesce(og.code, ''), coalesce(min(og.name), ''), coalesce(l.unit_id, ''),
               coalesce(min(l.unit_name), '(chưa giao)'), sum(pt.week), sum(pt.overdue), sum(pt.needs)
        FROM per_task pt JOIN tasks t ON t.row_id = pt.task_row JOIN plans p ON p.id = t.plan_id
        LEFT JOIN organisations og ON og.id = p.organisation_id
        LEFT JOIN leads l ON l.task_row = pt.task_row
        GROUP BY coalesce(og.code, ''), coalesce(l.unit_id, '')
        """
}
