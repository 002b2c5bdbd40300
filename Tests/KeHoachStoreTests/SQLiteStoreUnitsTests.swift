import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Looking units up by name or alias")
struct SQLiteStoreUnitsTests {
    @Test("an alias typed without accents, case or punctuation finds its unit with all its aliases", arguments: [
        ("VP UBND xã", "van-phong"),
        ("van phong ubnd xa", "van-phong"),
        ("Văn phòng - Thống kê", "van-phong"),
        ("VĂN PHÒNG–THỐNG KÊ", "van-phong"),
        ("tu phap - ht", "tu-phap"),
        ("Công chức Tư pháp Hộ tịch xã", "tu-phap"),
        ("tu-phap", "tu-phap"),
    ])
    func aliasLookup(name: String, id: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let planID = try store.importPlan(daLocPlan(), actor: "test")
        let found = try store.unit(named: name, planID: planID)
        #expect(found.planID == planID)
        #expect(found.unit == daLocPlan().units.first { $0.id == id })
        #expect(try store.unit(named: name).unit.id == id)
    }

    @Test("the lookup uses the folded-key indices, not a scan")
    func lookupUsesIndex() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let plan = try store.database.prepare(
            "EXPLAIN QUERY PLAN SELECT unit_row FROM unit_aliases WHERE folded = 'vpubndxa'")
        var details: [String] = []
        while try plan.step() { details.append(plan.text(3)) }
        #expect(details.contains { $0.contains("unit_aliases_by_folded") })
    }

    @Test("without a plan id the most recently imported plan that knows the name wins")
    func latestPlanWins() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        _ = try store.importPlan(daLocPlan(), actor: "test")
        let later = try store.importPlan(smallPlan("02/KH-UBND"), actor: "test")
        let found = try store.unit(named: "VP UBND xa")
        #expect(found.planID == later)
        #expect(found.unit.aliases == ["VP UBND xã"])
    }

    @Test("an unknown name is notFound with the closest unit name; an unknown plan is notFound too")
    func unknownUnit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let planID = try store.importPlan(daLocPlan(), actor: "test")
        #expect(throws: KeHoachError.notFound(what: "đơn vị", key: "Tư pháp xã", suggestion: "Tư pháp - Hộ tịch")) {
            try store.unit(named: "Tư pháp xã", planID: planID)
        }
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: "999", suggestion: nil)) {
            try store.unit(named: "VP UBND xã", planID: 999)
        }
    }
}
