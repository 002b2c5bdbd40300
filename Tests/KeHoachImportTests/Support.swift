import Foundation
import KeHoach
@testable import KeHoachImport

/// Paths of the committed fixtures and of the example plans they must reproduce.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func example(_ name: String) throws -> Plan {
        try PlanDocument.decode(Data(contentsOf: examples.appendingPathComponent(name)))
    }
}

/// A field-by-field comparison of imported tasks with an example's: ref, dimension, component,
/// description, target, outputs, lead, coordinating, implementing, deadline. Not compared: the
/// `note` (the transcriber's own words) and `event_key` (editorial, not in the seeds).
struct TaskComparison {
    var differences: [String] = []

    init(imported: [PlanTask], expected: [PlanTask]) {
        if imported.count != expected.count {
            differences.append("task count \(imported.count) != \(expected.count)")
        }
        for (a, e) in zip(imported, expected) {
            func check<T: Equatable>(_ field: String, _ x: T, _ y: T) {
                if x != y { differences.append("\(e.ref).\(field): got \(x) expected \(y)") }
            }
            check("ref", a.ref, e.ref)
            check("dimension", a.dimension, e.dimension)
            check("component", a.component, e.component)
            check("description", a.description, e.description)
            check("target", a.target, e.target)
            check("outputs", a.outputs, e.outputs)
            check("lead", a.lead, e.lead)
            check("coordinating", a.coordinating, e.coordinating)
            check("implementing", a.implementing, e.implementing)
            check("deadline", a.deadline, e.deadline)
        }
    }
}
