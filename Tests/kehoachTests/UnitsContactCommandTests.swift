import Foundation
import Testing

/// `kehoach units contact` and `kehoach deliveries` on Đa Lộc's 01/KH-UBND.
@Suite("kehoach units contact and deliveries: how alerts reach a unit, and what was sent")
struct UnitsContactCommandTests {
    let db: String
    let directory: URL

    init() throws {
        directory = CLIRunner.temporaryDirectory()
        db = directory.appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    func units() throws -> [[String: Any]] {
        try CLIRunner.run(["units", "--db", db, "--json"]).stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    @Test("a unit named as officials write it gets its addresses and phone, shown by kehoach units")
    func setByName() throws {
        let set = try CLIRunner.run(["units", "contact", "Văn phòng - Thống kê", "--db", db, "--email", "vp@daloc.gov.vn",
                                     "--email", "ct@daloc.gov.vn", "--phone", "0912345678"])
        #expect(set.status == 0, "\(set.stderr)")
        let office = try #require(try units().first { ($0["name"] as? String) == "Văn phòng - Thống kê" })
        #expect(office["emails"] as? [String] == ["vp@daloc.gov.vn", "ct@daloc.gov.vn"] && office["phone"] as? String == "0912345678")
        #expect(try CLIRunner.run(["units", "--db", db]).stdout.contains("vp@daloc.gov.vn"), "the table's Liên hệ column")
        let cleared = try CLIRunner.run(["units", "contact", "Văn phòng - Thống kê", "--db", db, "--clear"])
        #expect(cleared.status == 0)
        #expect(try units().allSatisfy { ($0["emails"] as? [String])?.isEmpty ?? false })
    }

    @Test("a wrong address is refused in Vietnamese with exit 1; an unknown unit is refused naming the closest one; a file with one bad line stores nothing")
    func refusals() throws {
        let bad = try CLIRunner.run(["units", "contact", "van-phong", "--db", db, "--email", "vp-daloc.gov.vn"])
        #expect(bad.status == 1 && bad.stderr.contains("ten@mien.vn"), "\(bad.stderr)")
        let unknown = try CLIRunner.run(["units", "contact", "Văn phòng Hội đồng thi đua", "--db", db, "--email", "a@b.vn"])
        #expect(unknown.status != 0 && unknown.stderr.contains("Văn phòng"), "\(unknown.stderr)")
        let file = directory.appendingPathComponent("contacts.tsv")
        try "xa-da-loc\tvan-phong\tvp@daloc.gov.vn\t0912345678\nxa-da-loc\ttu-phap\tkhong-hop-le\n".write(to: file, atomically: true, encoding: .utf8)
        let loaded = try CLIRunner.run(["units", "contact", "--file", file.path, "--db", db])
        #expect(loaded.status == 1 && loaded.stderr.contains("dòng 2"), "\(loaded.stderr)")
        #expect(try units().allSatisfy { ($0["emails"] as? [String])?.isEmpty ?? false }, "nothing stored from the refused file")
    }

    @Test("kehoach deliveries on a store kehoachd never sent from says there is none (exit 3)")
    func noDeliveries() throws {
        let none = try CLIRunner.run(["deliveries", "--db", db, "--failed"])
        #expect(none.status == 3 && none.stderr.contains("Không có lần gửi nào"), "\(none.stderr)")
        #expect(try CLIRunner.run(["deliveries", "--db", db, "--failed", "--sent"]).status == 2)
    }
}
