import Foundation
import Testing

/// `kehoach situation` over a province: two communes' "01/KH-UBND" are not summed.
@Suite("kehoach situation with two communes in one store")
struct SituationProvinceTests {
    @Test("each commune's 'Văn phòng - Thống kê' is its own row, --org narrows to one commune, and the check's notices are listed")
    func twoCommunes() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        var plan = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: CLIRunner.example("da-loc-2025.json")))) as? [String: Any])
        plan["issuer"] = "UBND xã Tân An"
        let tanAn = dir.appendingPathComponent("tan-an.json")
        try JSONSerialization.data(withJSONObject: plan).write(to: tanAn)
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json"), tanAn.path])
        try #require(imported.status == 0, "\(imported.stderr)")

        let both = try CLIRunner.run(["situation", "--as-of", "2025-07-10", "--db", db]).stdout
        let offices = both.split(separator: "\n").filter { $0.hasPrefix("Văn phòng - Thống kê") }
        #expect(offices.count == 2 && offices.contains { $0.contains("(Xã Đa Lộc)") } && offices.contains { $0.contains("(Xã Tân An)") })
        // The same plan in two communes: the same counts on both rows, never their sum on one.
        let counts = offices.map { $0.split(separator: ")", maxSplits: 1).last.map(String.init) ?? "" }
        #expect(counts.count == 2 && counts[0] == counts[1])
        #expect(both.contains("xa-tan-an:01/KH-UBND:2025:1.4:2025-06-30/overdue/0") == false, "the table shows messages, not ids")
        let notices = both.components(separatedBy: "sẽ gửi (").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        #expect(notices > 0, "the 07:30 check's notices are listed")

        let one = try CLIRunner.run(["situation", "--as-of", "2025-07-10", "--db", db, "--org", "xa-tan-an"]).stdout
        let header = one.split(separator: "\n").first { $0.hasPrefix("Kế hoạch:") } ?? ""
        #expect(header.contains("UBND xã Tân An") && !header.contains("UBND xã Đa Lộc"), "\(header)")
        #expect(one.split(separator: "\n").contains { $0.hasPrefix("Văn phòng - Thống kê ") && !$0.contains("(Xã") })
    }
}
