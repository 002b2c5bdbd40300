import KeHoach

/// The periodic progress report the focal unit compiles for the level above: what was due in the
/// data cut-off window of a reporting period, judged on a day, per dimension and per lead unit,
/// with the evidence of each completed occurrence. Built by ``ProgressReport/build(store:planID:period:periodKey:asOf:calendar:)``;
/// rendered as Markdown, HTML, CSV or JSON (this model, encoded).
///
/// Dates in the model are ISO (`YYYY-MM-DD`) for programs; the renderers show dd/MM/yyyy.
public struct ProgressReport: Codable, Sendable {
    /// The plan reported on.
    public struct PlanHeader: Codable, Sendable {
        public var id: Int64
        public var number: String
        public var issuer: String
        public var title: String
        public var issuedOn: String?
        /// The focal unit's name (who compiles the report).
        public var focalUnit: String?
        /// The place written before the date ("Đa Lộc"), for the report's own date line.
        public var place: String?
        /// The issuer's province, when the plan states it.
        public var province: String?
        /// The higher-level plan this one implements: its issuer is who the report goes to.
        public var implements: ParentPlan?
        /// Who signed the plan: the report's signer unless the command names another.
        public var signer: Signer?
    }

    /// Counts of one group (the plan, a dimension, a unit) and its rates.
    public struct Counts: Codable, Sendable, Hashable {
        /// Nothing counted.
        public init() {}

        /// Occurrences done on or before their effective due date.
        public var doneOnTime = 0
        /// Occurrences done after it.
        public var doneLate = 0
        /// Open occurrences past their effective due date.
        public var overdue = 0
        /// Open occurrences not yet due on the day (the report's own items, due after the window).
        public var notYetDue = 0
        /// Waived occurrences (counted, not rated).
        public var waived = 0
        /// Tasks waiting for an event (no occurrence yet).
        public var waitingForEvent = 0
        /// Tasks whose deadline names no date.
        public var needsDate = 0
        /// done / (done + overdue); nil when nothing is assessed.
        public var completionRate: Double?
        /// done on time / (done + overdue); nil when nothing is assessed.
        public var onTimeRate: Double?

        /// Occurrences counted (tasks waiting or needing a date are not occurrences).
        public var occurrences: Int { doneOnTime + doneLate + overdue + notYetDue + waived }

        /// Counts one occurrence's outcome.
        public mutating func add(_ outcome: OccurrenceOutcome) {
            switch outcome {
            case .doneOnTime: doneOnTime += 1
            case .doneLate: doneLate += 1
            case .overdue: overdue += 1
            case .pending: notYetDue += 1
            case .waived: waived += 1
            }
            var tally = CompletionRates.Tally()
            tally.doneOnTime = doneOnTime; tally.doneLate = doneLate; tally.overdue = overdue
            completionRate = tally.completionRate
            onTimeRate = tally.onTimeRate
        }
    }

    /// One row of a breakdown: a dimension or a lead unit.
    public struct Group: Codable, Sendable {
        /// Dimension key or unit name.
        public var key: String
        /// What the reader sees: "1. Tham gia của người dân (PAPI.1)", or the unit's name.
        public var title: String
        /// Its counts.
        public var counts: Counts

        /// A group from its parts.
        public init(key: String, title: String, counts: Counts) {
            self.key = key
            self.title = title
            self.counts = counts
        }
    }

    /// One occurrence in the report, with its evidence when done.
    public struct Item: Codable, Sendable {
        public var id: String
        public var taskRef: String
        public var task: String
        public var label: String
        public var dimension: String?
        public var leadUnits: [String]
        public var writtenDue: String
        public var effectiveDue: String
        /// ``OccurrenceOutcome`` raw value on the report's day.
        public var outcome: String
        public var completedOn: String?
        public var evidence: String?
        public var recordedBy: String?
        /// The remark recorded with the completion, or the reason of a waiver.
        public var note: String?
    }

    /// A task without occurrences: waiting for an event or needing a date.
    public struct PendingTask: Codable, Sendable {
        public var taskRef: String
        public var task: String
        public var dimension: String?
        public var leadUnits: [String]
        /// The deadline cell, verbatim.
        public var deadline: String
        /// ``TaskStatus`` raw value.
        public var status: String
    }

    public var plan: PlanHeader
    /// The `--period` key ("6-thang").
    public var period: String
    /// "6 tháng đầu năm 2025".
    public var periodLabel: String
    /// The data cut-off window.
    public var windowFrom: String
    public var windowTo: String
    /// The regime's report this is (label and due date), when the plan has a rule for the period.
    public var reportLabel: String?
    /// The report's due date as the plan writes it.
    public var reportDue: String?
    /// The day the report is really due: the written date moved to the next working day when it
    /// falls on a day off (Civil Code 2015 art. 148(5)).
    public var reportEffectiveDue: String?
    /// Why the written date is not a working day ("Chủ nhật", "Tết Dương lịch"), when it moved.
    public var reportDueDayOff: String?
    /// The day judged on.
    public var asOf: String
    public var totals: Counts
    public var byDimension: [Group]
    public var byUnit: [Group]
    public var items: [Item]
    public var tasksWithoutDates: [PendingTask]
    /// The targets ("chỉ tiêu") of the tasks in the report, read, with their judgement.
    public var targets: [TargetRow]
}

extension OccurrenceOutcome {
    /// The Vietnamese word a report shows.
    public var reportLabel: String {
        switch self {
        case .doneOnTime: "Hoàn thành đúng hạn"
        case .doneLate: "Hoàn thành muộn"
        case .overdue: "Quá hạn"
        case .pending: "Chưa đến hạn"
        case .waived: "Miễn thực hiện"
        }
    }
}

extension CivilDate {
    /// dd/MM/yyyy from an ISO string of the report model ("" when absent or malformed).
    public static func vietnamese(iso: String?) -> String {
        iso.flatMap { CivilDate(iso: $0) }?.vietnamese ?? ""
    }
}
