import KeHoach
@testable import KeHoachStore
import Testing

@Suite("An organisation's unit directory: list, alias, rename, merge, each audited")
struct SQLiteStoreUnitDirectoryTests {
    @Test("units are listed per organisation: Đa Lộc's and Tân An's 'Văn phòng - Thống kê' are two entries")
    func listPerOrganisation() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        _ = try s.store.importPlan(try tanAnPlan(), actor: "test")
        let daLoc = try s.store.units(organisation: "xa-da-loc")
        let tanAn = try s.store.units(organisation: "xa-tan-an")
        #expect(daLoc.count == 30 && tanAn.count == 30)
        let office = try #require(daLoc.first { $0.unit.id == "van-phong" })
        #expect(office.unit.name == "Văn phòng - Thống kê" && office.organisation == "xa-da-loc" && office.leads == 17)
        #expect(tanAn.allSatisfy { $0.organisation == "xa-tan-an" })
    }

    @Test("an alias makes a new spelling find the unit, only in its organisation; one used by another unit is refused")
    func alias() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        _ = try s.store.importPlan(try tanAnPlan(), actor: "test")
        try s.store.addUnitAlias(organisation: "xa-tan-an", unit: "vp ubnd xa", alias: "VP-TK", by: "admin")
        let found = try s.store.occurrences(OccurrenceQuery(unit: "VP-TK", asOf: date("2025-07-05")))
        #expect(!found.isEmpty && found.allSatisfy { $0.organisationCode == "xa-tan-an" })
        #expect(throws: KeHoachError.self) {
            try s.store.addUnitAlias(organisation: "xa-tan-an", unit: "tu phap", alias: "VP-TK", by: "admin")
        }
        #expect(try s.store.auditTrail(planID: nil).last?.action == "unit.alias")
    }

    @Test("a rename keeps the old name as an alias, in every plan of the organisation")
    func rename() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.renameUnit(organisation: "xa-da-loc", unit: "van-phong", to: "Văn phòng HĐND và UBND xã", by: "admin")
        let unit = try #require(try s.store.units(organisation: "xa-da-loc").first { $0.unit.id == "van-phong" })
        #expect(unit.unit.name == "Văn phòng HĐND và UBND xã" && unit.unit.aliases.contains("Văn phòng - Thống kê"))
        let record = try s.store.occurrence(id: "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", asOf: date("2025-07-05"))
        #expect(record.leadUnits == ["Văn phòng HĐND và UBND xã"])
        #expect(try !s.store.occurrences(OccurrenceQuery(unit: "Văn phòng - Thống kê", asOf: date("2025-07-05"))).isEmpty)
    }

    @Test("a merge moves the tasks, keeps every completion and leaves one unit that answers to both names")
    func merge() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let id = "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"
        try s.store.complete(occurrenceID: id, on: date("2025-06-27"), evidence: nil, by: "vp", note: nil)
        let day = date("2025-07-05")
        let before = try s.store.occurrences(OccurrenceQuery(asOf: day))
        let led = try s.store.occurrences(OccurrenceQuery(unit: "tu-phap", asOf: day, role: .lead)).map(\.occurrence.id)
        try s.store.mergeUnits(organisation: "xa-da-loc", from: "tu-phap", into: "van-phong", by: "admin")
        #expect(try s.store.occurrences(OccurrenceQuery(asOf: day)).map(\.occurrence.id) == before.map(\.occurrence.id))
        #expect(try s.store.occurrence(id: id, asOf: day).state == .done)
        let units = try s.store.units(organisation: "xa-da-loc")
        #expect(!units.contains { $0.unit.id == "tu-phap" } && units.count == 29)
        let office = try s.store.occurrences(OccurrenceQuery(unit: "Tư pháp - Hộ tịch", asOf: day, role: .lead))
        #expect(Set(led).isSubset(of: Set(office.map(\.occurrence.id))) && office.allSatisfy { $0.leadUnitIDs.contains("van-phong") })
        let plan = try s.store.plan(id: s.planID)
        #expect(throws: Never.self) { try PlanDocument.validate(plan) }
        #expect(try s.store.auditTrail(planID: nil).last?.detail == "Gộp đơn vị tu-phap vào van-phong (1 kế hoạch)")
    }
}
