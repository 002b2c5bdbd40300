import Foundation
@testable import KeHoach

/// The seed plans as the engine sees them, and small helpers to write dates and instants the
/// way the specifications below state them.
enum Seeds {
    /// Seed 001: Kế hoạch 01/KH-UBND of xã Đa Lộc, 2025 (61 tasks, reports before 05/7/2025 and
    /// before 05/01/2026).
    static let daLoc = load("da-loc-2025.json")
    /// Seed 000: the 2022 plan of xã Chiềng Đông (43 tasks, no plan-wide reporting deadline).
    static let chiengDong = load("chieng-dong-2022.json")

    static func load(_ file: String) -> Plan {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        let data = FileManager.default.contents(atPath: url.appendingPathComponent("examples/\(file)").path)!
        return try! PlanDocument.decode(data)
    }

    /// `plan` with the deadline cell of task `ref` replaced.
    static func editing(_ plan: Plan, _ ref: String, deadline: String) -> Plan {
        var plan = plan
        let i = plan.tasks.firstIndex { $0.ref == ref }!
        plan.tasks[i].deadline = deadline
        return plan
    }
}

/// "2025-07-04" as a civil date.
func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

/// "2025-07-04T07:30" (local time, UTC+7) as an instant.
func at(_ local: String) -> Instant { Instant(local: local)! }

extension OccurrenceExpander.Schedule {
    /// The occurrence with this id (the test fails loudly when it is missing).
    func occurrence(_ id: String) -> Occurrence? { occurrences.first { $0.id == id } }
}
