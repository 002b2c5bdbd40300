import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Completing, waiving and reopening occurrences; events")
struct SQLiteStoreProgressTests {
    @Test("done after the due date is done late; reopening makes it overdue again; each step is audited")
    func completeThenReopen() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = try s.only("1.4").occurrence.id  // due 30/06/2025
        try s.store.complete(occurrenceID: id, on: date("2025-07-10"), evidence: "Báo cáo số 12/BC-UBND",
                             by: "vp.daloc", note: nil)
        let late = try s.store.occurrence(id: id, asOf: date("2025-07-15"))
        #expect(late.state == .doneLate)
        #expect(late.completion == Completion(occurrenceID: id, state: .done, on: date("2025-07-10"),
                                              evidence: "Báo cáo số 12/BC-UBND", by: "vp.daloc"))
        let status = try s.store.taskStatuses(planID: s.planID, asOf: date("2025-07-15")).first { $0.taskRef == "1.4" }
        #expect(status == TaskStatusRecord(taskRef: "1.4", status: .doneLate, occurrenceCount: 1, closedCount: 1))
        #expect(try s.store.occurrences(OccurrenceQuery(state: .doneLate, asOf: date("2025-07-15"))).map(\.occurrence.id) == [id])

        try s.store.reopen(occurrenceID: id, by: "vp.daloc")
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-15")).state == .overdue)
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-15")).completion == nil)

        try s.store.complete(occurrenceID: id, on: date("2025-06-30"), evidence: nil, by: "vp.daloc", note: "đúng hạn")
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-15")).state == .done)
        try s.store.waive(occurrenceID: id, on: date("2025-07-01"), by: "chu.tich", note: "bỏ theo chỉ đạo")
        #expect(try s.store.occurrences(OccurrenceQuery(state: .waived, asOf: date("2025-07-15"))).map(\.occurrence.id) == [id])
        let actions = try s.store.auditTrail(planID: s.planID).map(\.action)
        #expect(actions == ["plan.import", "occurrence.complete", "occurrence.reopen", "occurrence.complete",
                            "occurrence.waive"])
        #expect(try s.store.auditTrail(planID: s.planID).last?.detail.contains("thay ghi nhận done") == true)
    }

    @Test("completing, waiving or reopening an unknown occurrence is not found")
    func unknownOccurrence() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        // The only occurrence of task 1.4 is suggested, never taken in its place.
        let missing = KeHoachError.notFound(what: "lần thực hiện", key: "xa-da-loc:01/KH-UBND:2025:1.4:2030-01-01", suggestion: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30")
        #expect(throws: missing) {
            try s.store.complete(occurrenceID: "xa-da-loc:01/KH-UBND:2025:1.4:2030-01-01", on: date("2025-06-30"), evidence: nil, by: "vp", note: nil)
        }
        #expect(throws: missing) { try s.store.waive(occurrenceID: "xa-da-loc:01/KH-UBND:2025:1.4:2030-01-01", on: date("2025-06-30"), by: "vp", note: nil) }
        #expect(throws: missing) { try s.store.reopen(occurrenceID: "xa-da-loc:01/KH-UBND:2025:1.4:2030-01-01", by: "vp") }
        #expect(try s.store.auditTrail(planID: s.planID).count == 1)
    }

    @Test("a completion survives re-expansion; when an edit removes its occurrence it is kept, reported, and found again")
    func completionSurvivesReexpansion() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = try s.only("1.4").occurrence.id
        try s.store.complete(occurrenceID: id, on: date("2025-06-25"), evidence: "QĐ 45/QĐ-UBND", by: "vp", note: nil)
        let same = try s.store.reexpand(planID: s.planID, by: "vp")
        #expect(same.added.isEmpty && same.removed.isEmpty && same.orphanedCompletions.isEmpty)
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-15")).state == .done)

        try rawSQL(s.dir.path(), "UPDATE tasks SET deadline = 'Quý III/2025' WHERE plan_id = 1 AND ref = '1.4'")
        let moved = try s.store.reexpand(planID: s.planID, by: "vp")
        #expect(moved.removed == [id] && moved.orphanedCompletions == [id])
        #expect(moved.added.map(\.effectiveDue) == [date("2025-09-30")])
        #expect(try rowCount(s.dir.path(), "completions") == 1)
        let orphaned = try #require(try s.store.auditTrail(planID: s.planID).first { $0.action == "completion.orphaned" })
        #expect(orphaned.detail.contains(id))

        try rawSQL(s.dir.path(), "UPDATE tasks SET deadline = 'Quý II/2025' WHERE plan_id = 1 AND ref = '1.4'")
        try s.store.reexpand(planID: s.planID, by: "vp")
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-15")).completion?.evidence == "QĐ 45/QĐ-UBND")
    }

    @Test("recording 'bầu Trưởng thôn' on Monday 10/03/2025 gives task 1.9 one occurrence due 30 days later, 09/04/2025")
    func eventDefaultOffset() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let added = try s.store.recordEvent(planID: s.planID, key: "bau-truong-thon", label: "Bầu Trưởng thôn",
                                            on: date("2025-03-10"), by: "vp")
        #expect(added.map(\.taskRef) == ["1.9"])
        #expect(added.first?.writtenDue == date("2025-04-09") && added.first?.source == .event)
        #expect(try s.occurrences(of: "1.9").map(\.occurrence) == added)
        let events = try s.store.events(planID: s.planID)
        #expect(events.map { PlanEvent(key: $0.key, label: $0.label, happenedOn: $0.happenedOn) }
                == [PlanEvent(key: "bau-truong-thon", label: "Bầu Trưởng thôn", happenedOn: date("2025-03-10"))])
        #expect(events.first?.recordedAt != nil, "the recording instant is kept: notices start there")
        let status = try s.store.taskStatuses(planID: s.planID, asOf: date("2025-03-11")).first { $0.taskRef == "1.9" }
        #expect(status?.status == .notStarted)
        // Recording it again is harmless: nothing new.
        #expect(try s.store.recordEvent(planID: s.planID, key: "bau-truong-thon", label: nil, on: date("2025-03-10"), by: "vp").isEmpty)
        #expect(try s.store.events(planID: s.planID).count == 1)

        // A shorter default offset moves the event occurrence (same id) to 20/03.
        try s.store.setNoticeSettings(NoticeSettings(defaultEventOffsetDays: 10), planID: s.planID, by: "vp")
        #expect(try s.store.noticeSettings(planID: s.planID).defaultEventOffsetDays == 10)
        #expect(try s.occurrences(of: "1.9").map(\.occurrence.id) == added.map(\.id))
        #expect(try s.occurrences(of: "1.9").first?.occurrence.writtenDue == date("2025-03-20"))
    }

    @Test("'chậm nhất là 15 ngày kể từ ngày ... phê duyệt' (task 3.9) is due 15 days after the approval")
    func eventWrittenOffset() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let added = try s.store.recordEvent(planID: s.planID, key: "phe-duyet-qhkhsdd", label: nil,
                                            on: date("2025-03-10"), by: "dia.chinh")
        #expect(added.map(\.taskRef) == ["3.9"])
        #expect(added.first?.writtenDue == date("2025-03-25"))
        #expect(try s.store.events(planID: s.planID).first?.label.hasPrefix("Thực hiện sau khi QHKHSDĐ") == true)
    }

    @Test("an event no task names is refused as not found, with the closest key, and nothing is recorded")
    func eventNoTaskNames() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let before = try s.store.auditTrail(planID: s.planID).count
        #expect(throws: KeHoachError.notFound(what: "sự kiện (event_key) của kế hoạch 01/KH-UBND", key: "phe-duyet-qhkhsd",
                                              suggestion: "phe-duyet-qhkhsdd")) {
            try s.store.recordEvent(planID: s.planID, key: "phe-duyet-qhkhsd", label: nil, on: date("2025-02-01"), by: "vp")
        }
        #expect(try s.store.events(planID: s.planID).isEmpty)
        #expect(try s.store.auditTrail(planID: s.planID).count == before)
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: "99", suggestion: nil)) {
            try s.store.recordEvent(planID: 99, key: "le-hoi", label: nil, on: date("2025-02-01"), by: "vp")
        }
    }

    @Test("completion, waiver and event dates outside 1900-2100 are refused and nothing is recorded")
    func datesOutOfRange() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = try #require(try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: date("2025-07-01"))).first).occurrence.id
        let early = try #require(CivilDate(year: 1899, month: 12, day: 31))
        let late = try #require(CivilDate(year: 2101, month: 1, day: 1))
        #expect(throws: KeHoachError.invalidValue(field: "done_on", value: early.iso, expected: "một ngày trong các năm 1900-2100", row: nil)) {
            try s.store.complete(occurrenceID: id, on: early, evidence: nil, by: "vp", note: nil)
        }
        #expect(throws: KeHoachError.self) { try s.store.waive(occurrenceID: id, on: late, by: "vp", note: nil) }
        #expect(throws: KeHoachError.self) {
            try s.store.recordEvent(planID: s.planID, key: "phe-duyet-qhkhsdd", label: nil, on: late, by: "vp")
        }
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-01")).completion == nil)
        #expect(try s.store.events(planID: s.planID).isEmpty)
    }
}
