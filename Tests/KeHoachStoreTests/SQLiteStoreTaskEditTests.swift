import Foundation
import KeHoach
@testable import KeHoachStore
import Testing

/// Seed 001 as examples/da-loc-2025.json holds it (61 tasks; 3.2 is "Theo Kế hoạch").
private func daLocExample() throws -> Plan {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
    return try PlanDocument.decode(Data(contentsOf: url.appendingPathComponent("examples/da-loc-2025.json")))
}

/// `kehoach task set`: a task given a date, a deadline text or an event key by hand, audited,
/// the plan's words kept, the schedule laid out again.
@Suite("Editing a task's schedule by hand")
struct SQLiteStoreTaskEditTests {
    @Test("a task 'Theo Kế hoạch' (3.2) given a date gets its occurrence and leaves 'needs a date'; the old text stays in its note")
    func dateForNeedsDate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocExample(), actor: "test")
        let before = try store.occurrences(OccurrenceQuery(planID: id, asOf: date("2025-01-02"))).filter { $0.occurrence.taskRef == "3.2" }
        #expect(before.isEmpty)
        let change = try store.editTask(planID: id, ref: "3.2", TaskEdit(deadline: "30/09/2025"), by: "chuyen-vien")
        #expect(change.added.map(\.writtenDue) == [date("2025-09-30")])
        let task = try #require(try store.plan(id: id).tasks.first { $0.ref == "3.2" })
        #expect(task.deadline == "30/09/2025")
        #expect(task.note?.contains("Thời hạn trước khi sửa: 'Theo Kế hoạch'.") == true)
        let statuses = try store.taskStatuses(planID: id, asOf: date("2025-01-02"))
        #expect(statuses.first { $0.taskRef == "3.2" }?.status != .needsDate)
    }

    @Test("the edit is audited with what was and what is, by whom")
    func audited() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocExample(), actor: "test")
        try store.editTask(planID: id, ref: "3.2", TaskEdit(deadline: "Trước ngày 05 hàng tháng"), by: "chuyen-vien")
        let entry = try #require(try store.auditTrail(planID: id).last { $0.action == "task.set" })
        #expect(entry.actor == "chuyen-vien")
        #expect(entry.subject == "3.2")
        #expect(entry.detail.contains("thời hạn 'Theo Kế hoạch' → 'Trước ngày 05 hàng tháng'"))
    }

    @Test("an event key set by hand reaches the task's occurrences when the event is recorded; '' clears it")
    func eventKey() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocExample(), actor: "test")
        try store.editTask(planID: id, ref: "1.3", TaskEdit(eventKey: "chinh-sach-moi-2025"), by: "t")
        #expect(try store.plan(id: id).tasks.first { $0.ref == "1.3" }?.eventKey == "chinh-sach-moi-2025")
        let added = try store.recordEvent(planID: id, key: "chinh-sach-moi-2025", label: nil, on: date("2025-03-03"), by: "t")
        #expect(added.map(\.taskRef) == ["1.3"])
        try store.editTask(planID: id, ref: "1.3", TaskEdit(eventKey: ""), by: "t")
        #expect(try store.plan(id: id).tasks.first { $0.ref == "1.3" }?.eventKey == nil)
    }

    @Test("an unknown task is refused with the closest ref; an empty edit or deadline is refused; nothing is written")
    func refusals() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocExample(), actor: "test")
        let audits = try store.auditTrail(planID: id).count
        #expect(throws: KeHoachError.notFound(what: "nhiệm vụ", key: "3.22", suggestion: "3.2")) {
            try store.editTask(planID: id, ref: "3.22", TaskEdit(deadline: "30/09/2025"), by: "t")
        }
        #expect(throws: KeHoachError.self) { try store.editTask(planID: id, ref: "3.2", TaskEdit(), by: "t") }
        #expect(throws: KeHoachError.self) { try store.editTask(planID: id, ref: "3.2", TaskEdit(deadline: "  "), by: "t") }
        #expect(try store.auditTrail(planID: id).count == audits)
    }
}
