import KeHoach
import KeHoachStore
import KeHoachConfig

/// The notices one engine cycle computes, shared by `kehoach check` and `kehoach situation`.
enum NoticeCycle {
    /// The notices due at `now` for every stored plan that the outbox does not hold yet,
    /// thresholds counted on the store's calendar (the one its due dates were computed with).
    ///
    /// As kehoachd does with the same configuration (``Config``, kehoachd.conf): each plan's
    /// settings under the file's thresholds (``Config/settings(over:)``), an ended plan's
    /// overdue notices not sent (``QuietPlan``, `quiet_after`), and the thresholds not yet in the
    /// outbox coalesced by `catch_up` (``CatchUpPolicy``).
    static func fresh(in store: any ScheduleStore, now: Instant, config: Config = Config()) throws(KeHoachError) -> [Notice] {
        let calendar = try store.calendar
        let quiet = QuietPlan(graceDays: config.quietAfterDays)
        var computed: [Notice] = []
        try store.forEachNoticeInput { input in  // one plan in memory at a time
            let rules = NoticeRules(settings: config.settings(over: input.settings), calendar: calendar)
            let context = input.context(at: now)
            computed += quiet.filter(rules.notices(for: context, closed: input.closed, after: nil, through: now),
                                     context: context, activity: input.settings.activity)
        }
        return config.catchUp.apply(to: try store.unrecorded(computed), now: now).sorted { ($0.dueAt, $0.id) < ($1.dueAt, $1.id) }
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
