import KeHoach

extension SQLiteStore {
    /// Replaces the stored plan `id` by a revised version of it (a "Kế hoạch điều chỉnh, bổ sung"
    /// re-imported), keeping everything recorded against it: in one transaction the header,
    /// units, dimensions, reporting rules and tasks are rewritten, the plan is expanded again,
    /// and a "plan.replace" audit entry says what changed.
    ///
    /// What is kept: the plan's id, its import instant, its events and notice settings, and every
    /// completion or waiver, keyed by occurrence id. Occurrence ids name the task and what the
    /// occurrence is for (``OccurrenceExpander``), so an occurrence the revision still produces
    /// keeps its completion; one it no longer produces keeps its record, reported among the
    /// ``ScheduleChange/orphanedCompletions`` and in a "completion.orphaned" audit entry (a later
    /// revision that brings it back finds it again). Unsent notices of removed occurrences are
    /// dropped; notices already sent stay in the outbox.
    ///
    /// Refused before anything is written: an invalid plan (the validation error), a read-only
    /// store, an unknown id (``KeHoachError/notFound(what:key:suggestion:)``), and a plan of
    /// another number or issuer (``KeHoachError/invalidValue(field:value:expected:row:)``):
    /// a plan with a new number is a new plan.
    @discardableResult
    public func replacePlan(id: Int64, with plan: Plan, actor: String) throws(KeHoachError) -> ScheduleChange {
        guard mode.isWritable else { throw .readOnly }
        try PlanDocument.validate(plan)
        return try write { () throws(KeHoachError) -> ScheduleChange in
            let header = try database.prepare("""
                SELECT p.number, p.issuer, o.code, o.name, o.kind, po.code FROM plans p
                LEFT JOIN organisations o ON o.id = p.organisation_id LEFT JOIN organisations po ON po.id = o.parent_id
                WHERE p.id = ?
                """)
            try header.bind([id])
            guard try header.step() else { throw .notFound(what: "kế hoạch", key: String(id), suggestion: nil) }
            let (number, issuer) = (header.text(0), header.text(1))
            // The revision stays with the stored plan's organisation, whatever its document says.
            var plan = plan
            plan.organisation = OrganisationRows.organisation(header, from: 2) ?? plan.organisation
            guard number == plan.number, issuer == plan.issuer else {
                throw .invalidValue(field: "number", value: "\(plan.number) của \(plan.issuer)",
                                    expected: "kế hoạch \(number) của \(issuer) (kế hoạch có số khác là kế hoạch mới: hãy nhập không kèm --replace)",
                                    row: nil)
            }
            var before = Set<String>()
            let ids = try database.prepare("SELECT id FROM occurrences WHERE plan_id = ?")
            try ids.bind([id])
            while try ids.step() { before.insert(ids.text(0)) }

            // Tasks go first (their occurrences, units and outputs with them), then what they refer to.
            for table in ["tasks", "reporting_rules", "dimensions", "units"] {
                try database.run("DELETE FROM \(table) WHERE plan_id = ?", [id])
            }
            try database.run("""
                UPDATE plans SET place = ?, province = ?, issued_on = ?, year = ?, title = ?, indices = ?,
                    parent_number = ?, parent_issued_on = ?, parent_issuer = ?, parent_title = ?,
                    signer_name = ?, signer_title = ?, recipients = ?, focal_unit = ?, notes = ?, plan_key = ?
                WHERE id = ?
                """, [
                    plan.place, plan.province, plan.issuedOn?.iso, plan.year, plan.title, JSONList.encode(plan.indices),
                    plan.implements?.number, plan.implements?.issuedOn?.iso, plan.implements?.issuer,
                    plan.implements?.title, plan.signer?.name, plan.signer?.title, JSONList.encode(plan.recipients),
                    plan.focalUnit, JSONList.encode(plan.notes), plan.key, id,
                ])
            let unitRows = try insertUnits(plan.units, planID: id)
            try insertDimensions(plan.dimensions, planID: id)
            try insertReporting(plan.reporting, planID: id)
            try insertTasks(plan.tasks, planID: id, unitRows: unitRows)
            let expanded = try storeSchedule(of: plan, planID: id, actor: actor)

            var after = Set<String>()
            try ids.bind([id])
            while try ids.step() { after.insert(ids.text(0)) }
            let removed = before.subtracting(after).sorted()
            var orphaned: [String] = []
            let completed = try database.prepare("SELECT 1 FROM completions WHERE occurrence_id = ?")
            let dropNotices = try database.prepare("DELETE FROM outbox WHERE occurrence_id = ? AND sent_at IS NULL")
            for occurrence in removed {
                try completed.bind([occurrence])
                if try completed.step() { orphaned.append(occurrence) }
                try dropNotices.execute([occurrence])
            }
            let added = expanded.added.filter { !before.contains($0.id) }
            if !orphaned.isEmpty {
                try appendAudit(actor: actor, action: "completion.orphaned", planID: id, subject: plan.number,
                                detail: "Giữ lại \(orphaned.count) kết quả đã ghi nhận nhưng kế hoạch điều chỉnh không còn "
                                    + "lần thực hiện tương ứng: " + orphaned.joined(separator: ", "))
            }
            try appendAudit(actor: actor, action: "plan.replace", planID: id, subject: plan.number,
                            detail: "Thay kế hoạch \(plan.number) của \(plan.issuer) bằng bản điều chỉnh: "
                                + "\(plan.tasks.count) nhiệm vụ, \(expanded.total) lần thực hiện (thêm \(added.count), "
                                + "bỏ \(removed.count))")
            return ScheduleChange(added: added, removed: removed, orphanedCompletions: orphaned, total: expanded.total)
        }
    }
}
