import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Storing a plan's schedule at import")
struct SQLiteStoreScheduleTests {
    @Test("'Quý II/2025' gives one occurrence due Monday 30/06/2025, written and effective alike")
    func quarterMilestone() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let o = try s.only("1.4").occurrence
        #expect(o.writtenDue == date("2025-06-30") && o.effectiveDue == date("2025-06-30"))
        #expect(o.id.hasPrefix("xa-da-loc:01/KH-UBND:2025:1.4:"))
        #expect(o.source == .milestone)
    }

    @Test("'Năm 2025' is due on 31/12/2025")
    func yearMilestone() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let o = try s.only("1.5").occurrence
        #expect(o.writtenDue == date("2025-12-31") && o.effectiveDue == date("2025-12-31"))
    }

    @Test("'Trong năm học' in a plan issued 02/01/2025 is due 31/05/2025, a Saturday, so effectively Monday 02/06")
    func schoolYear() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let all = try s.occurrences(of: "7.4").map(\.occurrence)
        #expect(all.count == 1)
        let o = try #require(all.first { $0.source == .schoolYear })
        #expect(all.allSatisfy { $0.writtenDue == date("2025-05-31") && $0.effectiveDue == date("2025-06-02") })
        #expect(o.period == DateRange(from: date("2024-09-01"), to: date("2025-05-31")))
    }

    @Test("a continuous task gets one progress report per reporting rule: Friday 04/07/2025 and Sunday 04/01/2026 (effective Monday 05/01)")
    func continuousReports() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let reports = try s.occurrences(of: "1.10").map(\.occurrence)
        #expect(reports.map(\.writtenDue) == [date("2025-07-04"), date("2026-01-04")])
        #expect(reports.map(\.effectiveDue) == [date("2025-07-04"), date("2026-01-05")])
        #expect(reports.allSatisfy { $0.source == .continuous })
        #expect(reports[0].window == DateRange(from: date("2025-01-01"), to: date("2025-06-30")))
    }

    @Test("an event task waits and an undated one needs a date; both are marked on the task row")
    func undatedTasks() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        #expect(try s.occurrences(of: "1.1").isEmpty && s.occurrences(of: "3.2").isEmpty)
        let statuses = Dictionary(uniqueKeysWithValues: try s.store.taskStatuses(planID: s.planID, asOf: date("2025-01-02"))
            .map { ($0.taskRef, $0.status) })
        #expect(statuses["1.1"] == .waitingForEvent && statuses["3.9"] == .waitingForEvent)
        #expect(statuses["3.2"] == .needsDate)  // "Theo Kế hoạch"
        #expect(statuses["1.4"] == .notStarted)
        let waiting = try s.store.database.integer(
            "SELECT count(*) FROM tasks WHERE schedule_state = 'waiting_for_event' AND plan_id = ?", [s.planID])
        #expect(waiting == 5)  // 1.1, 1.2, 1.3, 1.9, 3.9 name event keys
    }

    @Test("overdue on Saturday 05/07/2025: the Quý II task and the half-year reports of 04/07, nothing due later")
    func overdue() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let asOf = date("2025-07-05")
        let overdue = try s.store.occurrences(OccurrenceQuery(state: .overdue, asOf: asOf))
        let refs = Set(overdue.map(\.occurrence.taskRef))
        #expect(refs.contains("1.4") && refs.contains("1.10") && refs.contains("3.8") && refs.contains("4.3"))
        #expect(!refs.contains("1.7") && !refs.contains("1.5"))  // Quý III, Năm 2025
        #expect(overdue.allSatisfy { $0.occurrence.effectiveDue < asOf && $0.state == .overdue && $0.completion == nil })
        let everything = try s.store.occurrences(OccurrenceQuery(asOf: asOf))
        #expect(overdue.map(\.occurrence.id) == everything.filter { $0.occurrence.effectiveDue < asOf }.map(\.occurrence.id))
        #expect(overdue.map(\.occurrence.effectiveDue) == overdue.map(\.occurrence.effectiveDue).sorted())
        let open = try s.store.occurrences(OccurrenceQuery(state: .open, asOf: asOf))
        #expect(open.count + overdue.count == everything.count)
    }

    @Test("'vp ubnd xa' (an alias, no accents) finds every occurrence of tasks the office leads or coordinates")
    func byUnitAlias() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let records = try s.store.occurrences(OccurrenceQuery(unit: "vp ubnd xa", asOf: date("2025-01-02")))
        let expected: Set<String> = ["1.4", "1.6", "1.7", "1.8", "1.10", "2.1", "2.2", "4.1", "4.2", "5.3", "6.1",
                                     "9.3", "9.4", "7.12", "7.14", "9.2"]
        #expect(Set(records.map(\.occurrence.taskRef)) == expected)
        #expect(records.allSatisfy { ($0.leadUnits + $0.coordinatingUnits).contains("Văn phòng - Thống kê") })
        let task = try #require(records.first { $0.occurrence.taskRef == "7.12" })
        #expect(task.leadUnits == ["Công an xã"] && task.coordinatingUnits == ["Văn phòng - Thống kê"])
        #expect(task.planNumber == "01/KH-UBND" && task.dimension == "7")
    }

    @Test("an unknown unit name is not found, with the closest name suggested")
    func unknownUnit() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        #expect {
            try s.store.occurrences(OccurrenceQuery(unit: "Cong an xa Da Loc", asOf: date("2025-01-02")))
        } throws: { error in
            guard case let .notFound(what, key, suggestion) = error as? KeHoachError else { return false }
            return what == "đơn vị" && key == "Cong an xa Da Loc" && suggestion != nil
        }
    }

    @Test("a dimension is matched by key or by catalog code in any case: 'papi.8' is dimension 9")
    func byDimension() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let byCode = try s.store.occurrences(OccurrenceQuery(dimension: "papi.8", asOf: date("2025-01-02")))
        #expect(Set(byCode.map(\.occurrence.taskRef)) == ["9.1", "9.2", "9.3", "9.4", "9.5", "9.6"])
        let byKey = try s.store.occurrences(OccurrenceQuery(dimension: "9", asOf: date("2025-01-02")))
        #expect(byKey == byCode)
    }

    @Test("a due window and a limit narrow the list, in due order")
    func window() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let q3 = try s.store.occurrences(OccurrenceQuery(dueFrom: date("2025-07-01"), dueTo: date("2025-09-30"),
                                                         asOf: date("2025-01-02")))
        #expect(Set(q3.map(\.occurrence.taskRef)).isSuperset(of: ["1.7", "3.3", "1.10"]))
        #expect(q3.allSatisfy { $0.occurrence.effectiveDue >= date("2025-07-01") && $0.occurrence.effectiveDue <= date("2025-09-30") })
        let first = try s.store.occurrences(OccurrenceQuery(dueFrom: date("2025-07-01"), dueTo: date("2025-09-30"),
                                                            asOf: date("2025-01-02"), limit: 2))
        #expect(first == Array(q3.prefix(2)))
    }

    @Test("one occurrence by id; an unknown id is not found as a 'lần thực hiện'")
    func byID() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = try s.only("1.4").occurrence.id
        #expect(try s.store.occurrence(id: id, asOf: date("2025-07-01")).state == .overdue)
        #expect(try s.store.occurrence(id: id, asOf: date("2025-06-30")).state == .open)
        #expect(throws: KeHoachError.notFound(what: "lần thực hiện", key: "xa-da-loc:01/KH-UBND:2025:9.9:2025-Y", suggestion: "xa-da-loc:01/KH-UBND:2025:9.2:2025-Y")) {
            try s.store.occurrence(id: "xa-da-loc:01/KH-UBND:2025:9.9:2025-Y", asOf: date("2025-07-01"))
        }
    }

    @Test("deleting the plan deletes its occurrences, completions and settings")
    func deleteCascades() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.complete(occurrenceID: try s.only("1.4").occurrence.id, on: date("2025-06-20"), evidence: nil,
                             by: "vp", note: nil)
        try s.store.setNoticeSettings(NoticeSettings(reminders: [5]), planID: s.planID, by: "vp")
        try s.store.deletePlan(id: s.planID, actor: "vp")
        for table in ["occurrences", "completions", "notice_settings"] {
            #expect(try rowCount(s.dir.path(), table) == 0, "\(table)")
        }
    }
}
