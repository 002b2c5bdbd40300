/// How much of a plan was done, and how much on time, on a given day: for the whole plan, per
/// dimension, per lead unit and per task. Pure: computed from occurrences, completions and the
/// day, never stored.
///
/// An occurrence is *assessed* on `asOf` when it is not waived and either already done or past
/// its effective due date: the completion rate is done / assessed and the on-time rate is done
/// on time / assessed. Occurrences not yet due and still open (pending) and waived ones are
/// counted but do not enter the rates. A task with several lead units counts for each of them;
/// coordinating units are not measured.
public struct CompletionRates: Hashable, Sendable {
    /// Counts of occurrences by outcome (``OccurrenceOutcome``) on one day.
    public struct Tally: Hashable, Sendable, Codable {
        /// Open and not yet due.
        public var pending = 0
        /// Open and past due.
        public var overdue = 0
        /// Done on or before the effective due date.
        public var doneOnTime = 0
        /// Done after the effective due date.
        public var doneLate = 0
        /// No longer required.
        public var waived = 0

        /// An empty tally.
        public init() {}

        /// Every occurrence counted.
        public var total: Int { pending + overdue + doneOnTime + doneLate + waived }
        /// Occurrences that enter the rates: done, or open past due.
        public var assessed: Int { overdue + doneOnTime + doneLate }
        /// Done (on time or late) over assessed; nil when nothing is assessed yet.
        public var completionRate: Double? {
            assessed == 0 ? nil : Double(doneOnTime + doneLate) / Double(assessed)
        }
        /// Done on time over assessed; nil when nothing is assessed yet.
        public var onTimeRate: Double? { assessed == 0 ? nil : Double(doneOnTime) / Double(assessed) }

        /// Counts one more occurrence with `outcome`.
        public mutating func add(_ outcome: OccurrenceOutcome) {
            switch outcome {
            case .pending: pending += 1
            case .overdue: overdue += 1
            case .doneOnTime: doneOnTime += 1
            case .doneLate: doneLate += 1
            case .waived: waived += 1
            }
        }
    }

    /// The day the rates are read on.
    public var asOf: CivilDate
    /// The whole plan.
    public var plan: Tally
    /// By dimension key (``PlanTask/dimension``; "" for tasks under none).
    public var byDimension: [String: Tally]
    /// By lead unit id.
    public var byUnit: [String: Tally]
    /// By task ref.
    public var byTask: [String: Tally]

    /// The rates of `plan`'s `occurrences` on `asOf`, given the completions recorded by
    /// occurrence id (a completion dated after `asOf` is not counted). Occurrences of refs the
    /// plan does not list count for the plan and their task only.
    public init(plan: Plan, occurrences: [Occurrence], completions: [String: Completion], asOf: CivilDate) {
        var tasks: [String: PlanTask] = [:]
        for task in plan.tasks { tasks[task.ref] = task }
        var total = Tally(), byDimension: [String: Tally] = [:], byUnit: [String: Tally] = [:]
        var byTask: [String: Tally] = [:]
        for occurrence in occurrences {
            let outcome = OccurrenceOutcome(occurrence, completion: completions[occurrence.id], asOf: asOf)
            total.add(outcome)
            byTask[occurrence.taskRef, default: Tally()].add(outcome)
            guard let task = tasks[occurrence.taskRef] else { continue }
            byDimension[task.dimension ?? "", default: Tally()].add(outcome)
            for unit in Set(task.lead) { byUnit[unit, default: Tally()].add(outcome) }
        }
        self.asOf = asOf
        self.plan = total
        self.byDimension = byDimension
        self.byUnit = byUnit
        self.byTask = byTask
    }
}
