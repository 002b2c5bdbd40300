extension OccurrenceExpander {
    /// The occurrences of one task, in the order its deadline cell gives them.
    func expand(_ task: PlanTask, spec: DeadlineSpec, plan: Plan, planKey: String, reports: ReportDates,
                events: [PlanEvent]) -> [Occurrence] {
        var result: [Occurrence] = []
        var used = Set<String>()
        func add(_ slot: String, _ label: String, _ source: Occurrence.Source, _ due: CivilDate,
                 period: DateRange? = nil, window: DateRange? = nil, notBefore: Instant? = nil) {
            var unique = slot, n = 2
            while !used.insert(unique).inserted { unique = "\(slot)-\(n)"; n += 1 }
            result.append(Occurrence(id: "\(planKey):\(task.ref):\(unique)", taskRef: task.ref, label: label,
                                     source: source, writtenDue: due, effectiveDue: calendar.effectiveDue(due),
                                     period: period, window: window, notBefore: notBefore))
        }

        // Milestones; a school year's end is one too ("Trong năm học": 31/05).
        let windows = spec.dataWindows
        for (i, milestone) in spec.milestones.enumerated() {
            let window = windows.count == 1 ? windows[0] : windows.count == spec.milestones.count ? windows[i] : nil
            let suffix = OccurrenceExpander.slotSuffix(milestone.label)
            if case .schoolYearEnd = milestone.rule, let period = milestone.period {
                add(OccurrenceExpander.slot(period) + suffix,
                    OccurrenceExpander.label(milestone.label, period.vietnamese), .schoolYear, milestone.due,
                    period: period.range, window: window)
                continue
            }
            var what = milestone.written
            var covered = milestone.period?.range
            switch milestone.rule {
            case .periodEnd: if let period = milestone.period { what = period.vietnamese }
            case .beforePeriod: covered = nil
            default: break
            }
            add(milestone.due.iso + suffix, OccurrenceExpander.label(milestone.label, what), .milestone,
                milestone.due, period: covered, window: window)
        }
        if let school = spec.schoolYear, !spec.milestones.contains(where: { $0.period == school }) {
            add(OccurrenceExpander.slot(school), school.vietnamese, .schoolYear, school.end, period: school.range)
        }

        // Recurrences: one per period of the plan year that has not ended before the plan was
        // issued (a plan of 18/08 reports on Q3 and Q4, not on the months before it existed;
        // a period that straddles the issue date is kept). Due on the day the cell names, else
        // on the plan's report date for the period, else at the period's end.
        let kinds = Set(spec.recurrences.map(\.period))
        for recurrence in spec.recurrences {
            var periods = Period.all(recurrence.period, in: plan.year)
            if recurrence.period == .halfYear, kinds.contains(.year) { periods = [periods[0]] }
            if let issued = plan.issuedOn { periods.removeAll { $0.end < issued } }
            for period in periods {
                let report = reports.rule(for: period)
                add(OccurrenceExpander.slot(period) + OccurrenceExpander.slotSuffix(recurrence.label),
                    OccurrenceExpander.label(recurrence.label ?? "Báo cáo", period.vietnamese), .recurrence,
                    recurrence.day?.due(in: period) ?? report?.due ?? period.end, period: period.range,
                    window: report?.window ?? period.range)
            }
        }

        // Continuous work: a progress report on every reporting deadline of the plan.
        if spec.continuous {
            if reports.rules.isEmpty {
                let year = Period.year(plan.year)
                add("tien-do-\(plan.year)", "Báo cáo tiến độ năm \(plan.year)", .continuous, year.end,
                    period: year.range, window: year.range)
            } else {
                for report in reports.rules {
                    add("tien-do-\(report.rule.key)", "Báo cáo tiến độ: \(report.rule.label)", .continuous,
                        report.due, period: report.period.range, window: report.window)
                }
            }
        }

        // Events: one occurrence per recorded event the task names.
        if let event = spec.event, let key = task.eventKey, !key.isEmpty {
            for happened in events where happened.key == key {
                let due: CivilDate
                if let offset = event.offsetDays {
                    due = event.workingDays ? calendar.adding(workingDays: offset, to: happened.happenedOn)
                                            : happened.happenedOn.adding(days: offset)
                } else {
                    due = happened.happenedOn.adding(days: settings.defaultEventOffsetDays)
                }
                add("su-kien-\(key)-\(happened.happenedOn.iso)",
                    "Sau sự kiện «\(happened.label)» ngày \(happened.happenedOn.vietnamese)", .event, due,
                    notBefore: happened.recordedAt)
            }
        }
        return result
    }

    /// The slot of a period occurrence: "2025-Q2", "2025-H1", "2025-M03", "2025-N9", "2025-Y", "NH2024-2025".
    static func slot(_ period: Period) -> String {
        switch period {
        case let .month(m, y): "\(y)-M\(m < 10 ? "0" : "")\(m)"
        case let .quarter(q, y): "\(y)-Q\(q)"
        case let .halfYear(h, y): "\(y)-H\(h)"
        case let .nineMonths(y): "\(y)-N9"
        case let .year(y): "\(y)-Y"
        case let .schoolYear(y): "NH\(y)-\(y + 1)"
        }
    }

    /// "-ban-hanh-ke-hoach" for the label "Ban hành Kế hoạch"; empty without a label.
    static func slotSuffix(_ label: String?) -> String {
        guard let label else { return "" }
        let words = VietnameseText.words(label)
        return words.isEmpty ? "" : "-" + words.joined(separator: "-")
    }

    /// "Báo cáo quý I/2025" from "Báo cáo" and "Quý I/2025"; the time words alone without a product.
    static func label(_ product: String?, _ when: String) -> String {
        guard let product, !product.isEmpty, let first = when.first else { return when }
        return product + " " + first.lowercased() + when.dropFirst()
    }
}
