import KeHoach
import KeHoachStore
import Testing
@testable import kehoachd

@Suite("The daily digest: per lead unit, due this week, overdue, needs a date")
struct DigestTests {
    @Test("counts agree with the store's own occurrence states, unit by unit (Đa Lộc, Thursday 03/04/2025)")
    func countsMatchTheStore() throws {
        let fixture = try DaemonFixture()
        let day = CivilDate(iso: "2025-04-03")!
        let digest = Digest(inputs: try fixture.store.noticeInputs(), day: day)
        var overdue: [String: Int] = [:], dueThisWeek: [String: Int] = [:]
        for record in try fixture.store.occurrences(OccurrenceQuery(state: .overdue, asOf: day)) {
            for unit in Set(record.leadUnits) { overdue[unit, default: 0] += 1 }
        }
        let week = OccurrenceQuery(state: .open, dueFrom: day, dueTo: CivilDate(iso: "2025-04-06")!, asOf: day)
        for record in try fixture.store.occurrences(week) {
            for unit in Set(record.leadUnits) { dueThisWeek[unit, default: 0] += 1 }
        }
        #expect(!overdue.isEmpty, "the Q1 reports of 31/03/2025 are overdue on 03/04")
        for line in digest.lines where line.unit != "(chưa giao)" {
            #expect(line.overdue == overdue[line.unit, default: 0], "\(line.unit)")
            #expect(line.dueThisWeek == dueThisWeek[line.unit, default: 0], "\(line.unit)")
        }
        #expect(digest.lines.map(\.unit) == digest.lines.map(\.unit).sorted(), "in name order")
    }

    @Test("a line's entry has its own message id, the counts as fields, and priority 5 only when something is overdue")
    func entry() {
        let digest = Digest(inputs: [], day: CivilDate(iso: "2025-04-03")!)
        let busy = digest.entry(.init(unit: "Văn phòng - Thống kê", dueThisWeek: 2, overdue: 1, needsDate: 3))
        #expect(busy.priority == 5)
        #expect(busy.value(of: "MESSAGE_ID") == MessageID.digest)
        #expect(busy.value(of: "KEHOACH_UNIT") == "Văn phòng - Thống kê")
        #expect(busy.value(of: "KEHOACH_DUE_WEEK") == "2")
        #expect(busy.value(of: "KEHOACH_OVERDUE") == "1")
        #expect(busy.value(of: "KEHOACH_NEEDS_DATE") == "3")
        #expect(busy.message.hasPrefix("Tổng hợp ngày 03/04/2025 — Văn phòng - Thống kê:"))
        #expect(digest.entry(.init(unit: "x", dueThisWeek: 1)).priority == 6)
    }
}
