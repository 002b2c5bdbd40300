/// Turns a plan's tasks into dated occurrences: the expansion rules of DESIGN.md, as a pure
/// function of the plan, its recorded events, the calendar and the notice settings.
///
/// - A milestone gives one occurrence.
/// - A recurrence gives one per period of the plan year, due on the plan's report date for that
///   period where its reporting regime sets one, else at the period's end. When a cell recurs
///   both by half-year and by year ("Báo cáo 6 tháng, năm"), the second half-year is the annual
///   report, so the half-year gives only the first half.
/// - A continuous task gives one progress report per reporting deadline of the plan (one at the
///   year's end when the plan sets none).
/// - An event-triggered task gives one occurrence per recorded event whose key it names, due
///   after the cell's offset or the plan's default.
/// - A school year gives one milestone on its last day (31/5).
/// - A task with nothing dated gets none and is listed as needing a date.
public struct OccurrenceExpander: Sendable {
    /// The calendar for the day-off rule and working-day offsets.
    public var calendar: WorkingCalendar
    /// For the default event offset.
    public var settings: NoticeSettings

    public init(calendar: WorkingCalendar = .standard, settings: NoticeSettings = .standard) {
        self.calendar = calendar
        self.settings = settings
    }

    /// A plan's expansion.
    public struct Schedule: Sendable {
        /// Every occurrence, in task order then due order.
        public var occurrences: [Occurrence]
        /// Each task's parsed deadline, by ref.
        public var specs: [String: DeadlineSpec]
        /// Refs of tasks with no date: unspecified or not understood.
        public var needsDate: [String]
        /// Refs of event-triggered tasks whose event has not been recorded (or that name no key).
        public var waitingForEvent: [String]
    }

    /// Expands every task of `plan`; `planKey` prefixes occurrence ids (the store's plan id).
    public func expand(_ plan: Plan, planKey: String, events: [PlanEvent] = []) -> Schedule {
        let reports = ReportDates(plan: plan)
        var schedule = Schedule(occurrences: [], specs: [:], needsDate: [], waitingForEvent: [])
        for task in plan.tasks {
            let spec = DeadlineParser.parse(task.deadline, planYear: plan.year, issuedOn: plan.issuedOn)
            schedule.specs[task.ref] = spec
            var produced = expand(task, spec: spec, plan: plan, planKey: planKey, reports: reports, events: events)
            produced.sort { ($0.writtenDue, $0.id) < ($1.writtenDue, $1.id) }
            if produced.isEmpty {
                if spec.event != nil { schedule.waitingForEvent.append(task.ref) }
                else if !spec.continuous && spec.recurrences.isEmpty { schedule.needsDate.append(task.ref) }
            }
            schedule.occurrences += produced
        }
        return schedule
    }

    func expand(_ task: PlanTask, spec: DeadlineSpec, plan: Plan, planKey: String, reports: ReportDates,
                events: [PlanEvent]) -> [Occurrence] {
        var result: [Occurrence] = []
        var used = Set<String>()
        func add(_ slot: String, _ label: String, _ source: Occurrence.Source, _ due: CivilDate,
                 period: DateRange? = nil, window: DateRange? = nil) {
            var unique = slot, n = 2
            while !used.insert(unique).inserted { unique = "\(slot)-\(n)"; n += 1 }
            result.append(Occurrence(id: "\(planKey):\(task.ref):\(unique)", taskRef: task.ref, label: label,
                                     source: source, writtenDue: due, effectiveDue: calendar.effectiveDue(due),
                                     period: period, window: window))
        }
        for milestone in spec.milestones {
            let what = milestone.label.map { "\($0): " } ?? ""
            add(milestone.due.iso + OccurrenceExpander.slotSuffix(milestone.label), what + milestone.written,
                .milestone, milestone.due, period: milestone.period?.range)
        }
        let kinds = Set(spec.recurrences.map(\.period))
        for recurrence in spec.recurrences {
            var periods = Period.all(recurrence.period, in: plan.year)
            if recurrence.period == .halfYear, kinds.contains(.year) { periods = [periods[0]] }
            for period in periods {
                let report = reports.rule(for: period)
                let label = (recurrence.label ?? "Báo cáo") + " " + OccurrenceExpander.lowercasedFirst(period.vietnamese)
                add(OccurrenceExpander.slot(period), label, .recurrence, report?.due ?? period.end,
                    period: period.range, window: report?.window ?? period.range)
            }
        }
        if spec.continuous {
            if reports.rules.isEmpty {
                let year = Period.year(plan.year)
                add("tien-do-nam", "Báo cáo tiến độ năm \(plan.year)", .continuous, year.end,
                    period: year.range, window: year.range)
            } else {
                for report in reports.rules {
                    add("tien-do-\(report.rule.key)", "Báo cáo tiến độ: \(report.rule.label)", .continuous,
                        report.due, window: report.window)
                }
            }
        }
        if let event = spec.event, let key = task.eventKey {
            for happened in events where happened.key == key {
                let offset = event.offsetDays ?? settings.defaultEventOffsetDays
                let due = event.workingDays && event.offsetDays != nil
                    ? calendar.adding(workingDays: offset, to: happened.happenedOn)
                    : happened.happenedOn.adding(days: offset)
                add("su-kien-\(key)-\(happened.happenedOn.iso)", "Sau sự kiện «\(happened.label)» ngày \(happened.happenedOn.vietnamese)",
                    .event, due)
            }
        }
        if let school = spec.schoolYear {
            add(OccurrenceExpander.slot(school), school.vietnamese, .schoolYear, school.end, period: school.range)
        }
        return result
    }

    /// The slot of a period occurrence: "2025-Q2", "2025-H1", "2025-M03", "2025-N9", "2025-Y", "NH2024".
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

    static func slotSuffix(_ label: String?) -> String {
        guard let label else { return "" }
        let words = VietnameseText.words(label)
        return words.isEmpty ? "" : "-" + words.joined(separator: "-")
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
