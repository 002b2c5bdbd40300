import KeHoach


extension ProgressReport {
    /// The report of plan `planID` for `period`, judged on `asOf`.
    ///
    /// The window is the data cut-off window of the plan's reporting rule for the period
    /// (``ReportDates/rule(for:)``), else the period itself. The report holds:
    /// - every occurrence whose effective due date falls in the window;
    /// - every occurrence due before the window that is still open on `asOf` (carried over);
    /// - the report's own items: occurrences due after the window whose data window or period
    ///   lies inside it (the 6-month progress reports of continuous tasks, due 04/07 for a window
    ///   ending 30/06; a quarterly report on Quý II). They are "not yet due" until their date.
    ///
    /// A completion dated after `asOf` is not known on `asOf` (``OccurrenceOutcome``), nor a
    /// target value measured after it; each target's measures are judged on the value recorded
    /// for the task's latest occurrence in the report. Tasks
    /// without occurrences that wait for an event or need a date are counted as tasks. The
    /// report's own due date moves off a day off by `calendar`: the store's, which its stored
    /// due dates were computed with (no default, so that no caller counts on another one).
    public static func build(store: any ScheduleStore, planID: Int64, period: Period, periodKey: String,
                      asOf: CivilDate, calendar: WorkingCalendar) throws(KeHoachError) -> ProgressReport {
        let plan = try store.plan(id: planID)
        let rule = ReportDates(plan: plan).rule(for: period)
        let window = rule?.window ?? period.range
        let all = try store.occurrences(OccurrenceQuery(planID: planID, asOf: asOf))
        let records = all.filter { r in
            let o = r.occurrence
            let outcome = OccurrenceOutcome(o, completion: r.completion, asOf: asOf)
            if window.contains(o.effectiveDue) { return true }
            if o.effectiveDue < window.from { return outcome == .pending || outcome == .overdue }
            guard let data = o.window ?? o.period else { return false }
            return window.from <= data.from && data.to <= window.to
        }

        let directory = plan.directory
        let dimensions = Dictionary(plan.dimensions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        func dimensionTitle(_ key: String) -> String {
            guard let d = dimensions[key] else { return key.isEmpty ? "(không thuộc nội dung nào)" : key }
            return "\(d.key). \(d.title)" + (d.catalog.map { " (\($0))" } ?? "")
        }

        var totals = Counts(), byDimension: [String: Counts] = [:], byUnit: [String: Counts] = [:]
        var items: [Item] = []
        for r in records {
            let outcome = OccurrenceOutcome(r.occurrence, completion: r.completion, asOf: asOf)
            totals.add(outcome)
            byDimension[r.dimension ?? "", default: Counts()].add(outcome)
            for unit in Set(r.leadUnits.isEmpty ? ["(chưa giao)"] : r.leadUnits) { byUnit[unit, default: Counts()].add(outcome) }
            let known = r.completion.flatMap { $0.on <= asOf ? $0 : nil }
            items.append(Item(id: r.occurrence.id, taskRef: r.occurrence.taskRef, task: r.taskDescription,
                              label: r.occurrence.label, dimension: r.dimension, leadUnits: r.leadUnits,
                              writtenDue: r.occurrence.writtenDue.iso, effectiveDue: r.occurrence.effectiveDue.iso,
                              outcome: outcome.rawValue, completedOn: known?.on.iso, evidence: known?.evidence,
                              recordedBy: known?.by, note: known?.note))
        }

        var pending: [PendingTask] = []
        let tasks = Dictionary(plan.tasks.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        for status in try store.taskStatuses(planID: planID, asOf: asOf)
        where status.status == .waitingForEvent || status.status == .needsDate {
            guard let task = tasks[status.taskRef] else { continue }
            let leads = task.lead.map { directory.name(of: $0) }
            let waiting = status.status == .waitingForEvent
            func bump(_ c: inout Counts) { if waiting { c.waitingForEvent += 1 } else { c.needsDate += 1 } }
            bump(&totals)
            bump(&byDimension[task.dimension ?? "", default: Counts()])
            for unit in Set(leads.isEmpty ? ["(chưa giao)"] : leads) { bump(&byUnit[unit, default: Counts()]) }
            pending.append(PendingTask(taskRef: task.ref, task: task.description, dimension: task.dimension,
                                       leadUnits: leads, deadline: task.deadline, status: status.status.rawValue))
        }

        for d in plan.dimensions where byDimension[d.key] == nil { byDimension[d.key] = Counts() }  // every dimension is listed
        let dimensionOrder = plan.dimensions.map(\.key) + [""]
        let dimensionGroups = byDimension.sorted {
            (dimensionOrder.firstIndex(of: $0.key) ?? .max, $0.key) < (dimensionOrder.firstIndex(of: $1.key) ?? .max, $1.key)
        }.map { Group(key: $0.key, title: dimensionTitle($0.key), counts: $0.value) }
        let unitOrder = plan.units.map(\.name)
        let unitGroups = byUnit.sorted {
            (unitOrder.firstIndex(of: $0.key) ?? .max, $0.key) < (unitOrder.firstIndex(of: $1.key) ?? .max, $1.key)
        }.map { Group(key: $0.key, title: $0.key, counts: $0.value) }

        let header = PlanHeader(id: planID, number: plan.number, issuer: plan.issuer, title: plan.title,
                                issuedOn: plan.issuedOn?.iso,
                                focalUnit: plan.focalUnit.map { directory.name(of: $0) }, place: plan.place,
                                province: plan.province, implements: plan.implements, signer: plan.signer)
        return ProgressReport(plan: header, period: periodKey, periodLabel: period.vietnamese.lowercasedFirst,
                              windowFrom: window.from.iso, windowTo: window.to.iso,
                              reportLabel: rule?.rule.label, reportDue: rule?.due.iso,
                              reportEffectiveDue: rule.map { calendar.effectiveDue($0.due).iso },
                              reportDueDayOff: rule.flatMap { calendar.dayOffName($0.due) }, asOf: asOf.iso,
                              totals: totals, byDimension: dimensionGroups, byUnit: unitGroups, items: items,
                              tasksWithoutDates: pending,
                              targets: TargetRow.rows(plan: plan, reported: Set(items.map(\.taskRef) + pending.map(\.taskRef)),
                                                      achieved: achieved(try store.targetValues(planID: planID), items: items, asOf: asOf)))
    }
}

extension String {
    /// The string with its first letter lowercased ("Quý II/2025" → "quý II/2025"), for a
    /// label inside a sentence.
    public var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
