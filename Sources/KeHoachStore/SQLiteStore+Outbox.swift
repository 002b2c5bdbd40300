import CSQLite
import KeHoach

extension SQLiteStore {
    /// Records notices in the outbox in one transaction, each once: a notice whose id is already
    /// there is ignored, so computing the same notices again after a restart adds nothing.
    /// Returns how many were new. The outbox is its own record: no audit entry is written.
    public func recordNotices(_ notices: [Notice]) throws(KeHoachError) -> Int {
        try write { () throws(KeHoachError) -> Int in try insertNotices(notices) }
    }

    /// The inserts of ``recordNotices(_:)``, inside the caller's write transaction.
    func insertNotices(_ notices: [Notice]) throws(KeHoachError) -> Int {
            let insert = try database.prepare("""
                INSERT OR IGNORE INTO outbox (notice_id, plan_id, kind, step, occurrence_id, plan_number, task_ref,
                    unit_name, recipients, due, days, due_at, late, message, recorded_at,
                    plan_key, org_code, org_name, lead_units, lead_unit_names, recipient_names)
                VALUES (?1, (SELECT plan_id FROM occurrences WHERE id = ?2), ?3, ?4, ?2, ?5, ?6, ?7, ?8, ?9, ?10,
                    ?11, ?12, ?13, CAST(strftime('%s', 'now') AS INTEGER), ?14, ?15, ?16, ?17, ?18, ?19)
                """)
            var inserted = 0
            for n in notices {
                try insert.execute([n.id, n.occurrenceID, n.kind.rawValue, n.step, n.planNumber, n.taskRef,
                                    n.unitName, JSONList.encode(n.recipients), n.due.dayNumber, n.days,
                                    n.dueAt.seconds, n.late ? 1 : 0, n.message, n.planKey, n.organisationCode,
                                    n.organisationName, JSONList.encode(n.leadUnits), JSONList.encode(n.leadUnitNames),
                                    JSONList.encode(n.recipientNames)])
                inserted += database.changes
            }
            return inserted
    }

    /// The notices among `notices` that the outbox does not hold yet, in their order: one lookup
    /// of the unique notice-id index each, so that a check by hand (`kehoach check`) costs what
    /// it computes, not the size of a national outbox.
    public func unrecorded(_ notices: [Notice]) throws(KeHoachError) -> [Notice] {
        try read { () throws(KeHoachError) -> [Notice] in
            let lookup = try database.prepare("SELECT 1 FROM outbox WHERE notice_id = ?")
            var fresh: [Notice] = []
            for n in notices {
                try lookup.bind([n.id])
                if try !lookup.step() { fresh.append(n) }
            }
            return fresh
        }
    }

    /// Outbox entries not yet marked sent, oldest first, at most `limit` (through the partial
    /// index `outbox_unsent`).
    public func unsentNotices(limit: Int) throws(KeHoachError) -> [OutboxEntry] {
        try outbox("WHERE sent_at IS NULL ORDER BY sequence LIMIT ?", [try checked(limit)])
    }

    /// Marks the entries with these notice ids sent at `at`, in one transaction. Ids not in the
    /// outbox, and entries already marked, are left as they are (the first sending counts).
    ///
    /// This one write runs with `synchronous=NORMAL` instead of FULL: in WAL mode its commit
    /// survives a crash or SIGKILL of the process, and only a power cut could lose it, in which
    /// case the notice is sent again under the same id (never lost: the outbox insert that
    /// records it stays FULL). It saves one disk flush per notice sent: the daemon marks each
    /// notice as soon as the journal has it, so that a crash repeats at most the one in flight.
    public func markSent(noticeIDs: [String], at: Instant) throws(KeHoachError) {
        try database.execute("PRAGMA synchronous=NORMAL")
        defer { try? database.execute("PRAGMA synchronous=FULL") }
        try write { () throws(KeHoachError) in
            let update = try database.prepare("UPDATE outbox SET sent_at = ? WHERE notice_id = ? AND sent_at IS NULL")
            for id in noticeIDs { try update.execute([at.seconds, id]) }
        }
    }

    /// Outbox entries whose sequence number is greater than `afterSequence`, in order, at most
    /// `limit`: a program polls with the last sequence it saw.
    public func notices(afterSequence: Int64, limit: Int) throws(KeHoachError) -> [OutboxEntry] {
        try outbox("WHERE sequence > ? ORDER BY sequence LIMIT ?", [afterSequence, try checked(limit)])
    }

    private func checked(_ limit: Int) throws(KeHoachError) -> Int {
        guard limit >= 0 else {
            throw .invalidValue(field: "limit", value: String(limit), expected: "một số không âm", row: nil)
        }
        return limit
    }

    func outbox(_ filter: String, _ values: [any SQLBindable]) throws(KeHoachError) -> [OutboxEntry] {
        try read { () throws(KeHoachError) -> [OutboxEntry] in
            let statement = try database.prepare("""
                SELECT sequence, notice_id, kind, step, occurrence_id, plan_number, task_ref, unit_name, recipients,
                    due, days, due_at, late, message, recorded_at, sent_at,
                    plan_key, org_code, org_name, lead_units, lead_unit_names, recipient_names
                FROM outbox \(filter)
                """)
            try statement.bind(values)
            var entries: [OutboxEntry] = []
            while try statement.step() {
                let kind = statement.text(2)
                guard let parsed = NoticeKind(rawValue: kind) else { throw SQLiteStore.corrupt("outbox.kind", kind) }
                func list(_ column: Int32, _ field: String) throws(KeHoachError) -> [String] {
                    let text = statement.text(column)
                    guard let list = JSONList.decode(text) else { throw SQLiteStore.corrupt("outbox.\(field)", text) }
                    return list
                }
                let ids = try list(8, "recipients")
                var leads = try list(19, "lead_units"), leadNames = try list(20, "lead_unit_names")
                // Notices recorded before schema v5 kept the first lead unit's name only.
                if leadNames.isEmpty, !statement.text(7).isEmpty { leadNames = [statement.text(7)] }
                if leads.count != leadNames.count { leads = [] }
                var names = try list(21, "recipient_names")
                if names.count != ids.count { names = ids }
                let notice = Notice(id: statement.text(1), kind: parsed, step: Int(statement.integer(3)),
                                    occurrenceID: statement.text(4), planNumber: statement.text(5),
                                    planKey: statement.text(16), organisationCode: statement.text(17),
                                    organisationName: statement.text(18),
                                    taskRef: statement.text(6), recipients: ids, recipientNames: names,
                                    leadUnits: leads, leadUnitNames: leadNames,
                                    due: CivilDate(dayNumber: Int(statement.integer(9))),
                                    days: Int(statement.integer(10)), dueAt: Instant(seconds: statement.integer(11)),
                                    late: statement.integer(12) != 0, message: statement.text(13))
                entries.append(OutboxEntry(sequence: statement.integer(0), notice: notice,
                                           recordedAt: Instant(seconds: statement.integer(14)),
                                           sentAt: statement.optionalInteger(15).map { Instant(seconds: $0) }))
            }
            return entries
        }
    }
}

extension Database {
    /// Rows changed by the last insert, update or delete on this connection.
    var changes: Int { handle.map { Int(sqlite3_changes($0)) } ?? 0 }
}
