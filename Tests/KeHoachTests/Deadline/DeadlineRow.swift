import Testing
@testable import KeHoach

/// One row of a deadline table test: a phrase, its plan, and what it must mean, written by
/// hand from the text of the plan.
struct DeadlineRow: Sendable, CustomTestStringConvertible {
    /// A milestone as the JSON shows it: label and due date (ISO).
    struct Due: Sendable, Equatable {
        var label: String?
        var due: String
    }

    var text: String
    var planYear: Int
    var issuedOn: String?
    var milestones: [Due] = []
    var recurrence: [ReportPeriod] = []
    /// The days of the period the recurrences are due on, in recurrence order (none: none named).
    var recurringDays: [RecurringDay] = []
    var continuous = false
    /// Trigger, offset, working days.
    var event: (trigger: String, offset: Int?, working: Bool)?
    /// Start and end of the school year (ISO).
    var schoolYear: (start: String, end: String)?
    var unspecified = false
    /// True when the cell must carry at least one diagnostic, false when it must carry none.
    var flagged = false
    /// Where the phrase was met (corpus rows): a seed file and line, a public document.
    var source = ""

    var testDescription: String { source.isEmpty ? text : "\(text) — \(source)" }

    /// Parses the row's text with its plan's year and issue date.
    func parse() -> DeadlineSpec {
        DeadlineParser.parse(text, planYear: planYear, issuedOn: issuedOn.flatMap { CivilDate(iso: $0) })
    }

    /// Checks every field of the contract against the row.
    func check() {
        let spec = parse()
        #expect(spec.text == text, "the text is kept verbatim")
        #expect(spec.milestones.map { Due(label: $0.label, due: $0.due.iso) } == milestones, "\(spec.json)")
        #expect(spec.recurrence == recurrence, "\(spec.json)")
        #expect(spec.recurrences.compactMap(\.day) == recurringDays, "\(spec.json)")
        #expect(spec.continuous == continuous, "\(spec.json)")
        #expect(spec.event?.trigger == event?.trigger, "\(spec.json)")
        #expect(spec.event?.offsetDays == event?.offset, "\(spec.json)")
        #expect((spec.event?.workingDays ?? false) == (event?.working ?? false), "\(spec.json)")
        #expect(spec.schoolYear?.start.iso == schoolYear?.start, "\(spec.json)")
        #expect(spec.schoolYear?.end.iso == schoolYear?.end, "\(spec.json)")
        #expect(spec.unspecified == unspecified, "\(spec.json)")
        #expect(spec.diagnostics.isEmpty != flagged, "\(spec.json)")
    }
}

/// Shorthand for a labelled milestone in a row.
func due(_ label: String?, _ date: String) -> DeadlineRow.Due { DeadlineRow.Due(label: label, due: date) }
