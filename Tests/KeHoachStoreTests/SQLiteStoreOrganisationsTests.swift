import Foundation
import KeHoach
@testable import KeHoachStore
import Testing

/// Đa Lộc's plan as another commune of the same province would issue it: same number
/// "01/KH-UBND", same units ("Văn phòng - Thống kê"), another issuer.
func tanAnPlan() throws -> Plan {
    var plan = try examplePlan("da-loc-2025")
    plan.issuer = "UBND xã Tân An"
    plan.place = "Tân An"
    return plan
}

@Suite("A store holds a province: organisations, stable plan keys and ids that travel")
struct SQLiteStoreOrganisationsTests {
    @Test("two communes' 01/KH-UBND are two plans of two organisations under one province, with distinct ids")
    func twoCommunesSameNumber() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let tanAn = try s.store.importPlan(try tanAnPlan(), actor: "vp.tanan")
        let listed = try s.store.plans()
        #expect(listed.map(\.key) == ["xa-da-loc:01/KH-UBND:2025", "xa-tan-an:01/KH-UBND:2025"])
        #expect(Set(try s.store.organisations().map(\.organisation)) == [
            Organisation(code: "tinh-hung-yen", name: "Tỉnh Hưng Yên", kind: .province),
            Organisation(code: "xa-da-loc", name: "Xã Đa Lộc", kind: .commune, parent: "tinh-hung-yen"),
            Organisation(code: "xa-tan-an", name: "Xã Tân An", kind: .commune, parent: "tinh-hung-yen"),
        ])
        let day = date("2025-07-05")
        let daLocIDs = Set(try s.store.occurrences(OccurrenceQuery(planID: s.planID, asOf: day)).map(\.occurrence.id))
        let tanAnIDs = Set(try s.store.occurrences(OccurrenceQuery(planID: tanAn, asOf: day)).map(\.occurrence.id))
        #expect(daLocIDs.count == 98 && tanAnIDs.count == 98 && daLocIDs.isDisjoint(with: tanAnIDs))
        #expect(tanAnIDs.contains("xa-tan-an:01/KH-UBND:2025:1.4:2025-06-30"))

        // By organisation: the commune alone, or the province with both its communes.
        let overdue = { (org: String?) throws -> [OccurrenceRecord] in
            try s.store.occurrences(OccurrenceQuery(unit: "vp ubnd xa", state: .overdue, asOf: day, organisation: org))
        }
        #expect(try Set(overdue("xa-tan-an").map(\.organisationCode)) == ["xa-tan-an"])
        #expect(try Set(overdue("tinh-hung-yen").map(\.organisationName)) == ["Xã Đa Lộc", "Xã Tân An"])
        #expect(try overdue("XA-DA-LOC").allSatisfy { $0.planKey == "xa-da-loc:01/KH-UBND:2025" })

        // The number alone no longer names one plan; with the organisation it does.
        #expect(throws: KeHoachError.self) { try s.store.planID(number: "01/KH-UBND") }
        #expect(try s.store.planID(number: "01/KH-UBND", organisation: "xa-tan-an") == tanAn)
        #expect(try s.store.planID(number: "01 kh ubnd", organisation: "Đa Lộc") == s.planID)
    }

    @Test("a query by unit says the role it matched, and --role narrows it to lead or coordinating")
    func roleOfTheUnit() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let day = date("2025-07-05")
        // Ủy ban MTTQ coordinates 1.6 ("Năm 2025", led by Văn phòng - Thống kê), 2.3, 2.4 and more.
        let any = try s.store.occurrences(OccurrenceQuery(unit: "ubmttq xa", asOf: day))
        let lead = try s.store.occurrences(OccurrenceQuery(unit: "ubmttq xa", asOf: day, role: .lead))
        let coordinating = try s.store.occurrences(OccurrenceQuery(unit: "ubmttq xa", asOf: day, role: .coordinating))
        #expect(!coordinating.isEmpty)
        #expect(lead.allSatisfy { $0.matchedRole == .lead && $0.leadUnitIDs.contains("mttq") })
        #expect(coordinating.allSatisfy { $0.coordinatingUnitIDs.contains("mttq") })
        #expect(Set(any.map(\.occurrence.id)) == Set(lead.map(\.occurrence.id)).union(coordinating.map(\.occurrence.id)))
        let yearly = try #require(any.first { $0.occurrence.id == "xa-da-loc:01/KH-UBND:2025:1.6:2025-12-31" })
        #expect(yearly.matchedRole == .coordinating)
        #expect(yearly.leadUnits == ["Văn phòng - Thống kê"] && yearly.leadUnitIDs == ["van-phong"])
        let office = try s.store.occurrences(OccurrenceQuery(unit: "vp ubnd xa", asOf: day, role: .lead))
        #expect(!office.isEmpty && office.allSatisfy { $0.matchedRole == .lead })
        #expect(office.contains { $0.occurrence.id == yearly.occurrence.id })
    }

    @Test("a plan exported and imported into a fresh store keeps its organisation and every occurrence id")
    func idsTravel() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        _ = try s.store.importPlan(try tanAnPlan(), actor: "vp.tanan")
        try s.store.saveOrganisation(Organisation(code: "xa-tan-an", name: "Xã Tân An (Ân Thi)", parent: "tinh-hung-yen"),
                                     by: "admin")
        let tanAn = try s.store.planID(number: "01/KH-UBND", organisation: "xa-tan-an")
        let exported = PlanDocument.encode(try s.store.plan(id: tanAn))
        let before = try s.store.occurrences(OccurrenceQuery(planID: tanAn, asOf: date("2025-07-05"))).map(\.occurrence.id)

        let other = try TemporaryDirectory()
        defer { other.remove() }
        let fresh = try SQLiteStore(path: other.path())
        // Other plans first, so that the row ids differ between the two stores.
        _ = try fresh.importPlan(try examplePlan("chieng-dong-2022"), actor: "test")
        _ = try fresh.importPlan(try examplePlan("duc-hop-2023-reporting"), actor: "test")
        let id = try fresh.importPlan(try PlanDocument.decode(exported), actor: "test")
        #expect(id != tanAn)
        #expect(try fresh.occurrences(OccurrenceQuery(planID: id, asOf: date("2025-07-05"))).map(\.occurrence.id) == before)
        #expect(try fresh.plan(id: id).organisation?.name == "Xã Tân An (Ân Thi)")
    }

    @Test("a commune's 01/KH-UBND of 2026 is another plan than its 2025 one; the same year again is a duplicate")
    func everyYearItsPlanOne() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        var next = try examplePlan("da-loc-2025")
        next.year = 2026
        next.issuedOn = date("2026-01-05")
        for i in next.tasks.indices { next.tasks[i].deadline = next.tasks[i].deadline.replacingOccurrences(of: "2025", with: "2026") }
        let id = try s.store.importPlan(next, actor: "vp.daloc")
        #expect(try s.store.plans().map(\.key) == ["xa-da-loc:01/KH-UBND:2025", "xa-da-loc:01/KH-UBND:2026"])
        #expect(try s.store.planID(number: "01/KH-UBND", organisation: "xa-da-loc") == id, "the latest year first")
        #expect(throws: KeHoachError.duplicatePlan(number: "01/KH-UBND")) { try s.store.importPlan(next, actor: "vp.daloc") }
        // Both keep their completions apart.
        try s.store.complete(occurrenceID: "xa-da-loc:01/KH-UBND:2026:1.4:2026-06-30", on: date("2026-06-29"), evidence: nil,
                             by: "vp", note: nil)
        #expect(try s.store.occurrence(id: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", asOf: date("2026-07-01")).state == .overdue)
    }

    @Test("ids of the old form (the store's plan row first) are still accepted where a user types one")
    func legacyIDs() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.complete(occurrenceID: "1:1.4:2025-06-30", on: date("2025-06-27"), evidence: nil, by: "vp", note: nil)
        let record = try s.store.occurrence(id: "1:1.4:2025-06-30", asOf: date("2025-07-05"))
        #expect(record.occurrence.id == "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30" && record.state == .done)
        try s.store.reopen(occurrenceID: "1:1.4:2025-06-30", by: "vp")
        #expect(try s.store.occurrence(id: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", asOf: date("2025-07-05")).state == .overdue)
        #expect(throws: KeHoachError.self) { try s.store.occurrence(id: "9:1.4:2025-06-30", asOf: date("2025-07-05")) }
    }

    @Test("a v4 store migrates: one organisation per issuer, ids rewritten in occurrences, completions and the outbox")
    func migrationFromV4() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        _ = try s.store.importPlan(try examplePlan("chieng-dong-2022"), actor: "test")
        let id = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"
        try s.store.complete(occurrenceID: id, on: date("2025-06-27"), evidence: "45/BC-UBND", by: "vp", note: nil)
        let input = try #require(try s.store.noticeInputs().first { $0.planID == s.planID })
        let notices = NoticeRules(calendar: .standard).notices(for: input.context, closed: [], after: nil,
                                                                through: Instant(local: "2025-06-30T08:00")!)
            .filter { $0.occurrenceID == id }
        #expect(try s.store.recordNotices(notices) == notices.count && !notices.isEmpty)
        try s.store.markSent(noticeIDs: notices.map(\.id), at: Instant(local: "2025-06-30T08:00")!)
        s.store.close()
        try rawSQL(s.dir.path(), downgradeToV4SQL)
        #expect(try rowCount(s.dir.path(), "occurrences WHERE id = '1:1.4:2025-06-30'") == 1)
        #expect(try rowCount(s.dir.path(), "outbox WHERE notice_id LIKE '1:1.4:2025-06-30/%'") == Int64(notices.count))

        let store = try SQLiteStore(path: s.dir.path())
        #expect(try store.plans().map(\.organisationCode) == ["xa-chieng-dong", "xa-da-loc"])
        #expect(try store.occurrence(id: id, asOf: date("2025-07-05")).completion?.evidence == "45/BC-UBND")
        // The notices already sent keep their (rewritten) ids: computing them again adds nothing.
        #expect(try store.unrecorded(notices).isEmpty)
        #expect(try rowCount(s.dir.path(), "occurrences WHERE id LIKE '1:%' OR id LIKE '2:%'") == 0)
    }
}
