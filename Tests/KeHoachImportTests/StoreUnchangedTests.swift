import Foundation
import KeHoach
import KeHoachStore
import Testing
@testable import KeHoachImport

@Suite("A refused import leaves the store as it was")
struct StoreUnchangedTests {
    @Test("after a good import, each malformed table is refused and the store still holds the one plan", arguments: [
        "malformed-missing-task-column.tsv", "malformed-too-many-cells.csv", "malformed-binary.tsv", "tcvn3.csv",
    ])
    func malformedLeavesStore(file: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        let example = try Fixture.example("da-loc-2025.json")
        let good = try TableFile.read(Fixture.data("da-loc-2025-phu-luc.tsv"), name: "da-loc.tsv",
                                      options: .init(source: "da-loc.tsv", planYear: 2025, units: example.units))
        var header = PlanHeader()
        header.number = example.number
        header.issuer = example.issuer
        header.title = example.title
        header.issuedOn = example.issuedOn
        _ = try store.importPlan(PlanAssembler.plan(header: header, table: good), actor: "test")
        let before = try store.plans()
        var refused = false
        do {
            let table = try TableFile.read(Fixture.data(file), name: file, options: .init(source: file, planYear: 2025))
            header.number = "99/KH-UBND"
            _ = try store.importPlan(PlanAssembler.plan(header: header, table: table), actor: "test")
        } catch let error as KeHoachError {
            refused = true
            #expect(error.message.contains("dòng"), "\(error.message)")
        }
        #expect(refused)
        #expect(try store.plans() == before)
        #expect(before.count == 1 && before.first?.taskCount == 61)
    }
}
