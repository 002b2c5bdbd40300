import KeHoach

/// The periodic progress report the focal unit compiles for the level above: what was due in the
/// data cut-off window of a reporting period, judged on a day, per dimension and per lead unit,
/// with the evidence of each completed occurrence. Built by ``ProgressReport/build(store:planID:period:periodKey:asOf:calendar:)``;
/// rendered as Markdown, HTML, CSV or JSON (this model, encoded).
///
/// Dates in the model are ISO (`YYYY-MM-DD`) for programs; the renderers show dd/MM/yyyy.
struct ProgressReport: Codable, Sendable {
    /// The plan reported on.
    struct PlanHeader: Codable, Sendable {
        var id: Int64
        var number: String
        var issuer: String
        var title: String
        var issuedOn: String?
        /// The focal unit's name (who compiles the report).
        var focalUnit: String?
        /// The place written before the date ("Đa Lộc"), for the report's own date line.
        var place: String?
        /// The issuer's province, when the plan states it.
        var province: String?
        /// The higher-level plan this one implements: its issuer is who the report goes to.
        var implements: ParentPlan?
        /// Who signed the plan: the report's signer unless the command names another.
        var signer: Signer?
    }

    /// Counts of one group (the plan, a dimension, a unit) and its rates.
    struct Counts: Codable, Sendable, Hashable {
        /// Occurrences done on or before their effective due date.
        var doneOnTime = 0
        /// Occurrences done after it.
        var doneLate = 0
        /// Open occurrences past their effective due date.
        var overdue = 0
        /// Open occurrences not yet due on the day (the report's own items, due after the window).
        var notYetDue = 0
        /// Waived occurrences (counted, not rated).
        var waived = 0
        /// Tasks waiting for an event (no occurrence yet).
        var waitingForEvent = 0
        /// Tasks whose deadline names no date.
        var needsDate = 0
        /// done / (done + overdue); nil when nothing is assessed.
        var completionRate: Double?
        /// done on time / (done + overdue); nil when nothing is assessed.
        var onTimeRate: Double?

        /// Occurrences counted (tasks waiting or needing a date are not occurrences).
        var occurrences: Int { doneOnTime + doneLate + overdue + notYetDue + waived }

        /// Counts one occurrence's outcome.
        mutating func add(_ outcome: OccurrenceOutcome) {
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
    struct Group: Codable, Sendable {
        /// Dimension key or unit name.
        var key: String
        /// What the reader sees: "1. Tham gia của người dân (PAPI.1)", or the unit's name.
        var title: String
        var counts: Counts
    }

    /// One occurrence in the report, with its evidence when done.
    struct Item: Codable, Sendable {
        var id: String
        var taskRef: String
        var task: String
        var label: String
        var dimension: String?
        var leadUnits: [String]
        var writtenDue: String
        var effectiveDue: String
        /// ``OccurrenceOutcome`` raw value on the report's day.
        var outcome: String
        var completedOn: String?
        var evidence: String?
        var recordedBy: String?
        /// The remark recorded with the completion, or the reason of a waiver.
        var note: String?
    }

    /// A task without occurrences: waiting for an event or needing a date.
    struct PendingTask: Codable, Sendable {
        var taskRef: String
        var task: String
        var dimension: String?
        var leadUnits: [String]
        /// The deadline cell, verbatim.
        var deadline: String
        /// ``TaskStatus`` raw value.
        var status: String
    }

    var plan: PlanHeader
    /// The `--period` key ("6-thang").
    var period: String
    /// "6 tháng đầu năm 2025".
    var periodLabel: String
    /// The data cut-off window.
    var windowFrom: String
    var windowTo: String
    /// The regime's report this is (label and due date), when the plan has a rule for the period.
    var reportLabel: String?
    /// The report's due date as the plan writes it.
    var reportDue: String?
    /// The day the report is really due: the written date moved to the next working day when it
    /// falls on a day off (Civil Code 2015 art. 148(5)).
    var reportEffectiveDue: String?
    /// Why the written date is not a working day ("Chủ nhật", "Tết Dương lịch"), when it moved.
    var reportDueDayOff: String?
    /// The day judged on.
    var asOf: String
    var totals: Counts
    var byDimension: [Group]
    var byUnit: [Group]
    var items: [Item]
    var tasksWithoutDates: [PendingTask]
    /// The targets ("chỉ tiêu") of the tasks in the report, read, with their judgement.
    var targets: [TargetRow]
}

extension OccurrenceOutcome {
    /// The Vietnamese word a report shows.
    var reportLabel: String {
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
    static func vietnamese(iso: String?) -> String {
        iso.flatMap { CivilDate(iso: $0) }?.vietnamese ?? ""
    }
}
