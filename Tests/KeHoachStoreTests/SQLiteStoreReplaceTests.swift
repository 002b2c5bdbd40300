import Foundation
import KeHoach
import Testing
@testable import KeHoachStore

/// Replacing Đa Lộc's 01/KH-UBND by a revision: 1.4 moved from "Quý II/2025" to "Quý III/2025",
/// the continuous task 1.11 dropped, a task 1.12 "Quý IV/2025" added.
@Suite("replacePlan: a revised plan replaces the stored one, keeping what was recorded")
struct SQLiteStoreReplaceTests {
    /// The revision described above.
    static func revision() throws -> Plan {
        var plan = try examplePlan("da-loc-2025")
        let index = try #require(plan.tasks.firstIndex { $0.ref == "1.4" })
        plan.tasks[index].deadline = "Quý III/2025"
        var added = try #require(plan.tasks.first { $0.ref == "1.5" })
        added.ref = "1.12"
        added.description = "Công khai kết quả lấy ý kiến cử tri"
        added.deadline = "Quý IV/2025"
        plan.tasks.removeAll { $0.ref == "1.11" }
        plan.tasks.append(added)
        return plan
    }

    @Test("kept occurrences keep their completions, removed ones keep theirs as orphans, the counts add up, and it is audited")
    func replaceKeepsRecords() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let before = try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-07-05")))
        try s.store.complete(occurrenceID: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", on: date("2025-06-25"), evidence: "Thông báo số 45/TB-UBND", by: "vp", note: nil)
        try s.store.complete(occurrenceID: "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1", on: date("2025-03-28"), evidence: "Báo cáo số 12/BC-UBND", by: "tc", note: nil)

        let change = try s.store.replacePlan(id: s.planID, with: try Self.revision(), actor: "vp.daloc")
        #expect(Set(change.added.map(\.id)) == ["xa-da-loc:01/KH-UBND:2025:1.4:2025-09-30", "xa-da-loc:01/KH-UBND:2025:1.12:2025-12-31"])
        #expect(Set(change.removed) == ["xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "xa-da-loc:01/KH-UBND:2025:1.11:tien-do-6-thang", "xa-da-loc:01/KH-UBND:2025:1.11:tien-do-nam"])
        #expect(change.orphanedCompletions == ["xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"])
        #expect(change.total == before.count - 3 + 2)

        let after = try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-07-05")))
        #expect(after.count == change.total)
        #expect(after.first { $0.occurrence.id == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1" }?.completion?.evidence == "Báo cáo số 12/BC-UBND")
        #expect(try s.store.plan(id: s.planID).tasks.map(\.ref).contains("1.12"))
        let actions = try s.store.auditTrail(planID: s.planID).map(\.action)
        #expect(actions.suffix(2) == ["completion.orphaned", "plan.replace"])

        // A revision that brings 1.4's second quarter back finds its completion again.
        let back = try s.store.replacePlan(id: s.planID, with: try examplePlan("da-loc-2025"), actor: "vp.daloc")
        #expect(back.added.map(\.id).contains("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"))
        #expect(try s.store.occurrence(id: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", asOf: date("2025-07-05")).completion?.evidence == "Thông báo số 45/TB-UBND")
    }

    @Test("unsent notices of removed occurrences are dropped; those of kept occurrences stay")
    func unsentNoticesOfRemovedOccurrences() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let through = Instant(date: date("2025-07-05"), hour: 12)
        let computed = try s.store.noticeInputs().flatMap { input in
            NoticeRules(settings: input.settings).notices(for: input.context, closed: input.closed, after: nil, through: through)
        }
        _ = try s.store.recordNotices(computed)
        try s.store.replacePlan(id: s.planID, with: try Self.revision(), actor: "vp.daloc")
        let unsent = try s.store.unsentNotices(limit: 100_000).map(\.notice.occurrenceID)
        #expect(!unsent.contains("xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30") && !unsent.contains("xa-da-loc:01/KH-UBND:2025:1.11:tien-do-6-thang"))
        #expect(unsent.contains("xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1"))
    }

    @Test("refused, with nothing written: another number, an unknown id, an invalid plan, a read-only store")
    func refusals() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let before = try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-07-05")))
        var renumbered = try Self.revision()
        renumbered.number = "45/KH-UBND"
        #expect(throws: KeHoachError.self) { try s.store.replacePlan(id: s.planID, with: renumbered, actor: "x") }
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: "99", suggestion: nil)) {
            try s.store.replacePlan(id: 99, with: try Self.revision(), actor: "x")
        }
        var invalid = try Self.revision()
        invalid.tasks[0].lead = ["khong-co"]
        #expect(throws: KeHoachError.self) { try s.store.replacePlan(id: s.planID, with: invalid, actor: "x") }
        let reader = try SQLiteStore(path: s.dir.path(), mode: .readOnly)
        #expect(throws: KeHoachError.readOnly) { try reader.replacePlan(id: s.planID, with: try Self.revision(), actor: "x") }
        #expect(try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-07-05"))) == before)
    }
}
