/// Turns a plan's tasks into dated occurrences: the expansion rules of DESIGN.md, as a pure
/// function of the plan, its recorded events, the calendar and the plan's notice settings.
///
/// - A dated milestone gives one occurrence, labelled with its period ("Quý I/2022") or its
///   written words ("trước tháng 11/2025"), prefixed by the product the cell names ("Báo cáo").
/// - A recurrence gives one occurrence per period of the plan year, due on the plan's report
///   date for that period where its reporting regime sets one (seed 001: the 6-month report
///   "trước ngày 05/7/2025", so 04/07/2025; the annual one "trước 05/01/2026", so 04/01/2026),
///   else at the period's end. When a cell recurs both by half-year and by year ("Báo cáo 6
///   tháng, năm"), the second half-year is the annual report, so the half-year gives only the
///   first half.
/// - A continuous task gives one progress report per dated reporting rule of the plan, due on
///   that rule's date and covering its window; one at the year's end when the plan sets none.
/// - An event-triggered task gives one occurrence per recorded event whose key the task names
///   (``PlanTask/eventKey``), due the cell's offset after the event ("chậm nhất là 15 ngày kể
///   từ ...": 15 calendar days; "03 ngày làm việc": 3 working days), else
///   ``NoticeSettings/defaultEventOffsetDays`` calendar days after it (30 by default).
/// - A school year gives one occurrence on its last day (31/5).
/// - A task with nothing dated gets none and is listed in ``Schedule/needsDate``.
///
/// Every occurrence's effective due date is its written one moved to the next working day when
/// it is a day off. Ids are "<plan key>:<task ref>:<slot>", the slot naming what the occurrence
/// is for (written due date, period, reporting rule, event and its date), so re-expanding an
/// edited plan keeps the ids of everything that did not change; completed occurrences that an
/// edit no longer produces are kept (``expand(_:planKey:events:previous:completed:)``).
public struct OccurrenceExpander: Sendable {
    /// The calendar for the day-off rule and working-day offsets.
    public var calendar: WorkingCalendar
    /// The plan's settings, for the default event offset.
    public var settings: NoticeSettings

    /// An expander over a calendar, with the plan's settings.
    public init(calendar: WorkingCalendar = .standard, settings: NoticeSettings = .standard) {
        self.calendar = calendar
        self.settings = settings
    }

    /// A plan's expansion.
    public struct Schedule: Sendable {
        /// Every occurrence, in task order then by written due date and id.
        public var occurrences: [Occurrence]
        /// Each task's parsed deadline, by ref.
        public var specs: [String: DeadlineSpec]
        /// Refs of tasks with no occurrence and no event to wait for: unspecified or not
        /// understood ("Theo Kế hoạch"). Someone must set a date.
        public var needsDate: [String]
        /// Refs of event-triggered tasks none of whose events has been recorded yet.
        public var waitingForEvent: [String]
        /// Refs of event-triggered tasks that name no event key: no recorded event can reach
        /// them until someone sets one (``EventKeys/propose(from:)`` suggests one).
        public var needsEventKey: [String]
        /// Ids of completed occurrences kept from the previous expansion although the plan no
        /// longer produces them.
        public var retained: [String]

        /// The occurrences of one task.
        public func occurrences(of ref: String) -> [Occurrence] {
            occurrences.filter { $0.taskRef == ref }
        }

        /// A task's status on `asOf` (see ``TaskStatus/derive(occurrences:completions:asOf:waitingForEvent:needsDate:)``).
        public func status(of ref: String, completions: [String: Completion], asOf: CivilDate) -> TaskStatus {
            TaskStatus.derive(occurrences: occurrences(of: ref), completions: completions, asOf: asOf,
                              waitingForEvent: waitingForEvent.contains(ref), needsDate: needsDate.contains(ref))
        }
    }

    /// Expands every task of `plan`; `planKey` prefixes occurrence ids (the store's plan id).
    public func expand(_ plan: Plan, planKey: String, events: [PlanEvent] = []) -> Schedule {
        expand(plan, planKey: planKey, events: events, previous: [], completed: [])
    }

    /// Re-expands `plan` after an edit: as ``expand(_:planKey:events:)``, keeping every
    /// occurrence of `previous` whose id is in `completed` (done or waived) that the plan no
    /// longer produces, unchanged, so that recorded work is never lost. Occurrences whose ids
    /// are produced again take their new dates and labels and keep their completions by id.
    public func expand(_ plan: Plan, planKey: String, events: [PlanEvent], previous: [Occurrence],
                       completed: Set<String>) -> Schedule {
        let reports = ReportDates(plan: plan)
        var schedule = Schedule(occurrences: [], specs: [:], needsDate: [], waitingForEvent: [], needsEventKey: [],
                                retained: [])
        var byTask: [[Occurrence]] = []
        var produced = Set<String>()
        for task in plan.tasks {
            let spec = DeadlineParser.parse(task.deadline, planYear: plan.year, issuedOn: plan.issuedOn)
            schedule.specs[task.ref] = spec
            let occurrences = expand(task, spec: spec, plan: plan, planKey: planKey, reports: reports, events: events)
            if occurrences.isEmpty, spec.event == nil { schedule.needsDate.append(task.ref) }
            if spec.event != nil {
                if !occurrences.contains(where: { $0.source == .event }) { schedule.waitingForEvent.append(task.ref) }
                if (task.eventKey ?? "").isEmpty { schedule.needsEventKey.append(task.ref) }
            }
            for occurrence in occurrences { produced.insert(occurrence.id) }
            byTask.append(occurrences)
        }
        let position = Dictionary(plan.tasks.enumerated().map { ($1.ref, $0) }, uniquingKeysWith: { a, _ in a })
        var orphans: [Occurrence] = []
        for old in previous where completed.contains(old.id) && !produced.contains(old.id) {
            produced.insert(old.id)
            schedule.retained.append(old.id)
            if let i = position[old.taskRef] { byTask[i].append(old) } else { orphans.append(old) }
        }
        for group in byTask + [orphans] {
            schedule.occurrences += group.sorted { ($0.writtenDue, $0.id) < ($1.writtenDue, $1.id) }
        }
        return schedule
    }
}
