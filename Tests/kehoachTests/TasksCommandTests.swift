import Foundation
import Testing

/// `kehoach tasks` on Đa Lộc's 01/KH-UBND judged on 05/07/2025; expected sets read by hand from the
/// plan's cells (lead column, dimension, deadline).
@Suite("kehoach tasks: filters by unit alias, status, dimension, due window")
struct TasksCommandTests {
    let db: String

    init() throws {
        db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    func tasks(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(["tasks", "--db", db, "--as-of", "2025-07-05", "--json"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func refs(_ arguments: [String]) throws -> Set<String> { Set(try tasks(arguments).map { $0["task_ref"] as! String }) }

    @Test("an alias without diacritics finds the unit: 'cong chuc tu phap' leads 3.1, 3.2, 3.3, 4.3, 4.4, 4.5, 5.4")
    func byAlias() throws {
        let lines = try tasks(["--unit", "cong chuc tu phap"])
        #expect(Set(lines.map { $0["task_ref"] as! String }) == ["3.1", "3.2", "3.3", "4.3", "4.4", "4.5", "5.4"])
        #expect(lines.allSatisfy { ($0["lead_units"] as? [String]) == ["Tư pháp - Hộ tịch"] })
        // 3.2 "Theo Kế hoạch" names no date; 4.4 "Năm 2025" is due 31/12; 3.1 "Thường xuyên" missed its 04/07 report.
        let status = Dictionary(uniqueKeysWithValues: lines.map { ($0["task_ref"] as! String, $0["status"] as! String) })
        #expect(status["3.2"] == "needs_date" && status["4.4"] == "not_started" && status["3.1"] == "overdue")
        #expect(lines.first { $0["task_ref"] as? String == "3.2" }?["deadline"] as? String == "Theo Kế hoạch")
    }

    @Test("by status: waiting for an event are the four 'Khi ...' tasks 1.1, 1.2, 1.3, 1.9 and 3.9 'sau khi ... phê duyệt'")
    func byStatus() throws {
        #expect(try refs(["--status", "waiting_for_event"]) == ["1.1", "1.2", "1.3", "1.9", "3.9"])
        #expect(try refs(["--status", "needs_date"]) == ["3.2"])
        let bad = try CLIRunner.run(["tasks", "--db", db, "--status", "late"])
        #expect(bad.status == 2 && bad.stderr.contains("waiting_for_event"))
    }

    @Test("by dimension code or key: PAPI.5 is dimension 6 (task 6.1); dimension 2 has four 'Năm 2025' tasks not started")
    func byDimension() throws {
        #expect(try refs(["--dimension", "PAPI.5"]) == ["6.1"])
        let two = try tasks(["--dimension", "2", "--plan", "01/KH-UBND"])
        #expect(Set(two.map { $0["task_ref"] as! String }) == ["2.1", "2.2", "2.3", "2.4"])
        #expect(two.allSatisfy { $0["status"] as? String == "not_started" })
    }

    @Test("by due window: September 2025 holds 'Quý III/2025' (1.7, 3.3) and the quarterly 3.8 and 4.3")
    func byWindow() throws {
        #expect(try refs(["--from", "2025-09-01", "--to", "2025-09-30"]) == ["1.7", "3.3", "3.8", "4.3"])
    }

    @Test("an unknown unit exits 3 and names the closest unit")
    func unknownUnit() throws {
        let result = try CLIRunner.run(["tasks", "--db", db, "--unit", "tu phapp"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Không tìm thấy đơn vị 'tu phapp'; có phải 'Tư pháp - Hộ tịch'?"))
    }

    @Test("the table shows Vietnamese headings and the deadline verbatim; nothing matching exits 3")
    func table() throws {
        let result = try CLIRunner.run(["tasks", "--db", db, "--as-of", "2025-07-05", "--dimension", "PAPI.5"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Kế hoạch") && result.stdout.contains("Thường xuyên") && result.stdout.contains("Quá hạn"))
        let none = try CLIRunner.run(["tasks", "--db", db, "--as-of", "2025-07-05", "--dimension", "PAPI.5", "--status", "done"])
        #expect(none.status == 3)
    }
}
