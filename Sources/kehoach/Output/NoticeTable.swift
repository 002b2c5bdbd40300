import KeHoach
import KeHoachStore
import KeHoachConfig

/// The notices the engine (``NoticeCycle``) computes for `kehoach check` and `kehoach situation`.
enum FreshNotices {
    /// The notices due at `now` for every stored plan that the outbox does not hold yet,
    /// thresholds counted on the store's calendar (the one its due dates were computed with).
    ///
    /// The core's ``NoticeCycle`` computes them, as kehoachd does with the same configuration
    /// (``Config/engine``, kehoachd.conf): its window starts at each plan's import, and what
    /// the outbox holds already is left out before missed thresholds are coalesced by `catch_up`.
    static func fresh(in store: any ScheduleStore, now: Instant, config: Config = Config()) throws(KeHoachError) -> [Notice] {
        var engine = NoticeCycle(settings: config.engine, calendar: try store.calendar, now: now, after: nil)
        try store.forEachNoticeInput { input in engine.add(input) }  // one plan in memory at a time
        return engine.notices(among: try store.unrecorded(engine.candidates)).sorted { ($0.dueAt, $0.id) < ($1.dueAt, $1.id) }
    }
}

/// Notices as an admin reads them beside `journalctl`.
enum NoticeTable {
    /// The aligned table of `notices`.
    static func render(_ notices: [Notice], terminal: Terminal) -> String {
        var table = TextTable(headers: ["Loại", "Hạn", "Kế hoạch", "TT", "Gửi đến", "Nội dung"],
                              maxWidth: [nil, nil, nil, nil, 22, 70])
        for n in notices {
            let kind = n.kind.vietnamese + (n.late ? " (muộn)" : "")
            let coloured = switch n.kind {
            case .reminder: kind
            case .due: terminal.yellow(kind)
            case .overdue, .escalation: terminal.red(kind)
            }
            table.append([coloured, n.due.vietnamese, n.planNumber, n.taskRef, n.unitName, n.message])
        }
        return table.render()
    }

    /// One JSON object per notice, with the keys of the C API's `kehoach_notices_json`
    /// (``RecordJSON/NoticeJSON``) less the outbox's own (seq, recorded_at, sent_at), plus when
    /// it falls due and its journal priority.
    static func json(_ n: Notice) -> String {
        "{\"id\":\(JSONString.quote(n.id)),\"kind\":\"\(n.kind.rawValue)\",\"step\":\(n.step),\"priority\":\(n.kind.priority),"
            + "\"occurrence_id\":\(JSONString.quote(n.occurrenceID)),"
            + "\"plan_number\":\(JSONString.quote(n.planNumber)),\"task_ref\":\(JSONString.quote(n.taskRef)),"
            + "\"recipients\":[\(n.recipients.map(JSONString.quote).joined(separator: ","))],"
            + "\"unit\":\(JSONString.quote(n.unitName)),\"due\":\"\(n.due.iso)\",\"days\":\(n.days),"
            + "\"due_at\":\"\(n.dueAt.iso)\",\"late\":\(n.late),\"message\":\(JSONString.quote(n.message)),"
            + "\"plan_key\":\(JSONString.quote(n.planKey)),\"org\":\(JSONString.quote(n.organisationCode)),"
            + "\"org_name\":\(JSONString.quote(n.organisationName)),"
            + "\"recipient_names\":[\(n.recipientNames.map(JSONString.quote).joined(separator: ","))],"
            + "\"lead_units\":[\(n.leadUnitNames.map(JSONString.quote).joined(separator: ","))],"
            + "\"lead_unit_ids\":[\(n.leadUnits.map(JSONString.quote).joined(separator: ","))]}"
    }
}
