import KeHoach

extension SQLiteStore {
    /// The audit trail of one plan (also after the plan was deleted), or of the whole store when
    /// `planID` is nil, oldest first.
    public func auditTrail(planID: Int64?) throws(KeHoachError) -> [AuditEntry] {
        let columns = "SELECT id, at, actor, action, plan_id, subject, detail FROM audit"
        let statement: Statement
        if let planID {
            statement = try database.prepare(columns + " WHERE plan_id = ? ORDER BY id")
            try statement.bind([planID])
        } else {
            statement = try database.prepare(columns + " ORDER BY id")
        }
        var entries: [AuditEntry] = []
        while try statement.step() {
            entries.append(AuditEntry(id: statement.integer(0), at: statement.text(1),
                                      actor: statement.text(2), action: statement.text(3),
                                      planID: statement.optionalInteger(4), subject: statement.text(5),
                                      detail: statement.text(6)))
        }
        return entries
    }

    /// Appends one audit entry stamped with the current instant in Vietnam. Called inside the
    /// write transaction of the change it records, so the change and its entry commit together.
    func appendAudit(actor: String, action: String, planID: Int64?, subject: String,
                     detail: String) throws(KeHoachError) {
        try database.run("""
            INSERT INTO audit (at, actor, action, plan_id, subject, detail)
            VALUES (\(SQLiteStore.nowSQL), ?, ?, ?, ?, ?)
            """, [actor, action, planID, subject, detail])
    }
}
