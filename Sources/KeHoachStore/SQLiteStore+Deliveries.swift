import KeHoach

extension SQLiteStore {
    /// Stores one unit's contact (validated; the unit found by id, name or alias among the
    /// organisation's units), with an audit entry; a contact with no address and no phone
    /// removes the unit's.
    public func setContact(_ contact: UnitContact, by actor: String) throws(KeHoachError) {
        let clean = try contact.validated()
        let code = try organisation(code: clean.organisationCode).code
        try editUnit(organisation: code, unit: clean.unitID, action: "contact", by: actor) {
            (_, id) throws(KeHoachError) -> String in
            if clean.emails.isEmpty && clean.phone == nil {
                try database.run("DELETE FROM unit_contacts WHERE org_code = ? AND unit_id = ?", [code, id])
                return "xóa liên hệ"
            }
            try database.run("""
                INSERT INTO unit_contacts (org_code, unit_id, emails, phone, updated_at)
                VALUES (?, ?, ?, ?, CAST(strftime('%s', 'now') AS INTEGER))
                ON CONFLICT (org_code, unit_id) DO UPDATE SET emails = excluded.emails, phone = excluded.phone,
                    updated_at = excluded.updated_at
                """, [code, id, JSONList.encode(clean.emails), clean.phone])
            return "thư: \(clean.emails.joined(separator: ", ")); điện thoại: \(clean.phone ?? "không")"
        }
    }

    /// The contacts the plan JSON gives its units (`"emails"`, `"phone"`), stored for the plan's
    /// organisation inside the import's transaction, each checked first: a bad address refuses
    /// the whole import.
    func insertContacts(of plan: Plan) throws(KeHoachError) {
        guard let code = plan.organisation?.code else { return }
        for unit in plan.units where !unit.emails.isEmpty || unit.phone != nil {
            let contact = try UnitContact(organisationCode: code, unitID: unit.id, emails: unit.emails, phone: unit.phone).validated()
            try database.run("""
                INSERT INTO unit_contacts (org_code, unit_id, emails, phone, updated_at)
                VALUES (?, ?, ?, ?, CAST(strftime('%s', 'now') AS INTEGER))
                ON CONFLICT (org_code, unit_id) DO UPDATE SET emails = excluded.emails, phone = excluded.phone,
                    updated_at = excluded.updated_at
                """, [contact.organisationCode, contact.unitID, JSONList.encode(contact.emails), contact.phone])
        }
    }

    /// The contacts of `code`'s organisation and those under it (all when nil).
    public func contacts(organisation code: String?) throws(KeHoachError) -> [UnitContact] {
        let scope = try code.map { code throws(KeHoachError) in try organisationTree(code) }
        return try read { () throws(KeHoachError) -> [UnitContact] in
            let rows = try database.prepare("SELECT org_code, unit_id, emails, phone FROM unit_contacts ORDER BY org_code, unit_id")
            var result: [UnitContact] = []
            while try rows.step() {
                guard scope.map({ $0.contains(rows.text(0)) }) ?? true else { continue }
                guard let emails = JSONList.decode(rows.text(2)) else { throw SQLiteStore.corrupt("unit_contacts.emails", rows.text(2)) }
                result.append(UnitContact(organisationCode: rows.text(0), unitID: rows.text(1), emails: emails, phone: rows.optionalText(3)))
            }
            return result
        }
    }

    /// Marks `notice` sent and records its deliveries, in one transaction (``DeliveryStore``).
    public func markSent(notice: Notice, at: Instant, channels: [Delivery.Channel]) throws(KeHoachError) {
        try database.execute("PRAGMA synchronous=NORMAL")
        defer { try? database.execute("PRAGMA synchronous=FULL") }
        try write { () throws(KeHoachError) in
            try database.run("UPDATE outbox SET sent_at = ? WHERE notice_id = ? AND sent_at IS NULL", [at.seconds, notice.id])
            let insert = try database.prepare("""
                INSERT OR IGNORE INTO deliveries (notice_id, channel, org_code, unit_id, next_attempt_at, batch_key, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            for channel in channels {
                for unit in notice.recipients {
                    let batch = channel == .email
                        ? Delivery.batchKey(for: notice, organisation: notice.organisationCode, unit: unit, day: at.date) : nil
                    try insert.execute([notice.id, channel.rawValue, notice.organisationCode, unit, at.seconds, batch, at.seconds])
                }
            }
        }
    }

    /// Pending deliveries due by `now` (`deliveries_pending`), oldest first.
    public func pendingDeliveries(dueBy now: Instant, limit: Int) throws(KeHoachError) -> [Delivery] {
        try deliveryRows("WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?", [now.seconds, limit])
    }

    /// Puts `ids` (pending) into the frozen batch `key`.
    public func freezeBatch(_ ids: [Int64], key: String) throws(KeHoachError) {
        try write { () throws(KeHoachError) in
            let update = try database.prepare("UPDATE deliveries SET batch_key = ? WHERE id = ? AND state = 'pending'")
            for id in ids { try update.execute([key, id]) }
        }
    }

    /// The outbox's notices `noticeIDs`, each with its task's description and deadline cell.
    public func deliveryItems(noticeIDs: [String]) throws(KeHoachError) -> [String: DeliveryItem] {
        var items: [String: DeliveryItem] = [:]
        for id in noticeIDs where items[id] == nil {
            guard let entry = try outbox("WHERE notice_id = ?", [id]).first else { continue }
            let task = try read { () throws(KeHoachError) -> (String, String) in
                let row = try database.prepare("""
                    SELECT t.description, t.deadline FROM occurrences o JOIN tasks t ON t.row_id = o.task_row WHERE o.id = ?
                    """)
                try row.bind([entry.notice.occurrenceID])
                return try row.step() ? (row.text(0), row.text(1)) : ("(nhiệm vụ \(entry.notice.taskRef))", "")
            }
            items[id] = DeliveryItem(notice: entry.notice, task: task.0, deadline: task.1)
        }
        return items
    }

    /// Records one attempt on `ids`.
    public func recordAttempt(_ ids: [Int64], state: Delivery.State, next: Instant?, error: String?, at: Instant) throws(KeHoachError) {
        try write { () throws(KeHoachError) in
            let update = try database.prepare("""
                UPDATE deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = coalesce(?, next_attempt_at),
                    last_error = ?, done_at = CASE WHEN ? = 'pending' THEN NULL ELSE ? END
                WHERE id = ? AND state = 'pending'
                """)
            for id in ids { try update.execute([state.rawValue, next?.seconds, error, state.rawValue, at.seconds, id]) }
        }
    }

    /// Deliveries in `state`, newest first.
    public func deliveries(state: Delivery.State?, limit: Int) throws(KeHoachError) -> [Delivery] {
        if let state { return try deliveryRows("WHERE state = ? ORDER BY id DESC LIMIT ?", [state.rawValue, limit]) }
        return try deliveryRows("ORDER BY id DESC LIMIT ?", [limit])
    }

    /// The earliest next attempt among pending deliveries.
    public func earliestDelivery() throws(KeHoachError) -> Instant? {
        try read { () throws(KeHoachError) -> Instant? in
            let row = try database.prepare("SELECT min(next_attempt_at) FROM deliveries WHERE state = 'pending'")
            guard try row.step() else { return nil }
            return row.optionalInteger(0).map { Instant(seconds: $0) }
        }
    }

    /// The unit's name in the organisation's latest plan.
    public func unitName(organisation: String, unit: String) throws(KeHoachError) -> String? {
        try read { () throws(KeHoachError) -> String? in
            let row = try database.prepare("""
                SELECT u.name FROM units u JOIN plans p ON p.id = u.plan_id JOIN organisations o ON o.id = p.organisation_id
                WHERE o.code_key = ? AND u.id = ? ORDER BY p.year DESC, p.id DESC LIMIT 1
                """)
            try row.bind([OrganisationRows.codeKey(organisation), unit])
            return try row.step() ? row.text(0) : nil
        }
    }

    private func deliveryRows(_ filter: String, _ values: [any SQLBindable]) throws(KeHoachError) -> [Delivery] {
        try read { () throws(KeHoachError) -> [Delivery] in
            let rows = try database.prepare("""
                SELECT id, notice_id, channel, org_code, unit_id, state, attempts, next_attempt_at, batch_key, last_error,
                    recorded_at, done_at FROM deliveries \(filter)
                """)
            try rows.bind(values)
            var result: [Delivery] = []
            while try rows.step() {
                guard let channel = Delivery.Channel(rawValue: rows.text(2)) else { throw SQLiteStore.corrupt("deliveries.channel", rows.text(2)) }
                guard let state = Delivery.State(rawValue: rows.text(5)) else { throw SQLiteStore.corrupt("deliveries.state", rows.text(5)) }
                result.append(Delivery(id: rows.integer(0), noticeID: rows.text(1), channel: channel, organisationCode: rows.text(3),
                                       unitID: rows.text(4), state: state, attempts: Int(rows.integer(6)),
                                       nextAttemptAt: Instant(seconds: rows.integer(7)), batchKey: rows.optionalText(8),
                                       lastError: rows.optionalText(9), recordedAt: Instant(seconds: rows.integer(10)),
                                       doneAt: rows.optionalInteger(11).map { Instant(seconds: $0) }))
            }
            return result
        }
    }
}
