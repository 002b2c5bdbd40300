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
        #expect(digest.lines.map(\.unit) == digest.lines.map(\.unit).sorted(), "in name order (one commune)")
    }

    @Test("two communes' 'Văn phòng - Thống kê' are two lines, each naming its commune; a task led by two units counts under both")
    func perOrganisationAndUnit() throws {
        let fixture = try DaemonFixture()
        var tanAn = try examplePlan("da-loc-2025")
        tanAn.issuer = "UBND xã Tân An"
        // Tân An's 1.4 is led by two units, the second being the MTTQ.
        tanAn.tasks[tanAn.tasks.firstIndex { $0.ref == "1.4" }!].lead = ["van-phong", "mttq"]
        _ = try fixture.store.importPlan(tanAn, actor: "test")
        let day = CivilDate(iso: "2025-07-07")!
        let digest = Digest(inputs: try fixture.store.noticeInputs(), day: day)
        let offices = digest.lines.filter { $0.unit == "Văn phòng - Thống kê" }
        #expect(offices.map(\.organisation) == ["xa-da-loc", "xa-tan-an"])
        #expect(offices.map(\.organisationName) == ["Xã Đa Lộc", "Xã Tân An"])
        #expect(offices[0].overdue == offices[1].overdue, "the same plan in two communes: the same counts, never their sum")
        // The MTTQ leads nothing in Đa Lộc's plan; in Tân An's it leads 1.4 beside the office.
        #expect(!digest.lines.contains { $0.organisation == "xa-da-loc" && $0.unitID == "mttq" })
        let tanAnFront = try #require(digest.lines.first { $0.organisation == "xa-tan-an" && $0.unitID == "mttq" })
        #expect(tanAnFront.overdue == 1, "1.4's Quý II, overdue on 07/07, counted under its second lead unit too")
        let entry = digest.entry(offices[1])
        #expect(entry.value(of: "KEHOACH_ORG") == "xa-tan-an" && entry.value(of: "KEHOACH_ORG_NAME") == "Xã Tân An")
        #expect(entry.value(of: "KEHOACH_UNIT_ID") == "van-phong")
        #expect(entry.message.contains("Văn phòng - Thống kê (Xã Tân An)"))
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
