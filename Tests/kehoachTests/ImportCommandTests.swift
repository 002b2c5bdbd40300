import Foundation
import Testing

@Suite("kehoach import, plans, show: the official's first look at a plan")
struct ImportCommandTests {
    @Test("the example plans import, and plans --json lists them with their task counts")
    func importExamples() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json"), CLIRunner.example("chieng-dong-2022.json")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("01/KH-UBND"))
        let listed = try CLIRunner.run(["plans", "--db", db, "--json"])
        #expect(listed.status == 0)
        let plans = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as! [[String: Any]]
        #expect(plans.count == 2)
        #expect(plans.contains { ($0["number"] as? String) == "01/KH-UBND" && ($0["year"] as? Int) == 2025 })
    }

    @Test("--dry-run says what the import would add, writes no file, and foretells the refusal of a plan already stored")
    func dryRunForetells() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let file = CLIRunner.example("da-loc-2025.json")
        let dry = try CLIRunner.run(["import", "--db", db, "--dry-run", file])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(dry.stdout.hasPrefix("Sẽ nhập kế hoạch mới 01/KH-UBND của UBND xã Đa Lộc: 61 nhiệm vụ, 30 đơn vị; "))
        // Đa Lộc's five "Khi ..."/"sau khi ..." tasks wait for events; 3.2 "Theo Kế hoạch" needs a date.
        #expect(dry.stdout.contains("; 5 nhiệm vụ chờ sự kiện; 1 nhiệm vụ cần xác định thời hạn"))
        let foretold = try #require(dry.stdout.firstMatch(of: /; (\d+) lần thực hiện có hạn/)).1

        let imported = try CLIRunner.run(["import", "--db", db, file])
        #expect(imported.status == 0 && imported.stdout.contains("; \(foretold) lần thực hiện có hạn"))
        let stored = try CLIRunner.run(["occurrences", "--db", db, "--json"]).stdout.split(separator: "\n").count
        #expect(String(stored) == foretold, "the dry run counts the occurrences the store then holds")

        let again = try CLIRunner.run(["import", "--db", db, "--dry-run", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("Sẽ bị từ chối: kế hoạch số 01/KH-UBND của UBND xã Đa Lộc đã có trong cơ sở dữ liệu (mã 1)"))
        let real = try CLIRunner.run(["import", "--db", db, file])
        #expect(real.status == 1 && real.stderr.contains("đã có trong cơ sở dữ liệu"))
    }

    @Test("a store of an older schema (before kehoachd restarted on a new release) is upgraded by the first read command")
    func olderSchemaUpgradedOnRead() throws {
        let db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        let downgrade = Process()
        downgrade.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        let toV4 = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/schema-to-v4.sql"), encoding: .utf8)
        downgrade.arguments = [db, toV4 + "DROP TABLE working_calendar; PRAGMA user_version = 3;"]
        try downgrade.run()
        downgrade.waitUntilExit()
        #expect(downgrade.terminationStatus == 0)
        let listed = try CLIRunner.run(["plans", "--db", db])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr.contains("Đã nâng cấp cơ sở dữ liệu \(db) từ lược đồ 3 lên "))
        #expect(listed.stdout.contains("01/KH-UBND"))
        let again = try CLIRunner.run(["plans", "--db", db])
        #expect(again.status == 0 && again.stderr.isEmpty, "upgraded once")
    }

    @Test("--replace puts a revised plan in place of the stored one: 1.4 moved to Quý III, 1.11 dropped, 1.12 added; progress kept")
    func replaceByRevision() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        #expect(try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1", "--on", "2025-03-28", "--db", db]).status == 0)
        #expect(try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--db", db]).status == 0)

        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLIRunner.example("da-loc-2025.json")))) as! [String: Any]
        var tasks = (plan["tasks"] as! [[String: Any]]).filter { $0["ref"] as? String != "1.11" }
        for i in tasks.indices where tasks[i]["ref"] as? String == "1.4" { tasks[i]["deadline"] = "Quý III/2025" }
        var added = tasks.first { $0["ref"] as? String == "1.5" }!
        added["ref"] = "1.12"
        added["description"] = "Công khai kết quả lấy ý kiến cử tri"
        added["deadline"] = "Quý IV/2025"
        plan["tasks"] = tasks + [added]
        let revision = dir.appendingPathComponent("dieu-chinh.json").path
        try JSONSerialization.data(withJSONObject: plan).write(to: URL(fileURLWithPath: revision))

        let dry = try CLIRunner.run(["import", "--db", db, "--dry-run", "--replace", revision])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Sẽ thay kế hoạch 01/KH-UBND (mã 1) bằng bản điều chỉnh: 61 nhiệm vụ"))
        #expect(dry.stdout.contains("thêm 2, bỏ 3 lần thực hiện"))
        let replaced = try CLIRunner.run(["import", "--db", db, "--replace", revision])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(replaced.stdout.contains("thêm 2, bỏ 3 lần thực hiện"))
        #expect(replaced.stdout.contains("Giữ lại 1 kết quả đã ghi nhận của lần thực hiện không còn trong bản điều chỉnh: xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30"))
        let occurrences = try CLIRunner.run(["occurrences", "--db", db, "--as-of", "2025-07-05", "--json"]).stdout
        #expect(occurrences.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.4:2025-09-30\"") && occurrences.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:1.12:2025-12-31\""))
        #expect(!occurrences.contains("\"task_ref\":\"1.11\""))
        let kept = try #require(occurrences.split(separator: "\n").first { $0.contains("\"id\":\"xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1\"") })
        #expect(kept.contains("\"state\":\"done\""))
        #expect(try CLIRunner.run(["plans", "--db", db, "--json"]).stdout.contains("\"tasks\":61"))
    }

    @Test("show prints each deadline cell verbatim, under its dimension, with the lead unit's name")
    func showKeepsDeadlinesVerbatim() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        let file = CLIRunner.example("da-loc-2025.json")
        #expect(try CLIRunner.run(["import", "--db", db, file]).status == 0)
        let shown = try CLIRunner.run(["show", "--db", db, "01/kh-ubnd"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Tham gia của người dân"))
        #expect(shown.stdout.contains("Quý II/2025"))
        #expect(shown.stdout.contains("Theo đơn vị chủ trì"))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        let tasks = plan["tasks"] as! [[String: Any]]
        // Every deadline's words appear in the output (wrapping may break lines between words).
        let shownWords = Set(shown.stdout.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        for task in tasks {
            for word in (task["deadline"] as! String).split(whereSeparator: { $0.isWhitespace }) {
                #expect(shownWords.contains(String(word)), "missing '\(word)' of task \(task["ref"]!)")
            }
        }
    }

    @Test("a plan with an unknown unit is refused with the field and row, and the store stays empty")
    func refusesUnknownUnit() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        var plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLIRunner.example("da-loc-2025.json")))) as! [String: Any]
        var tasks = plan["tasks"] as! [[String: Any]]
        tasks[2]["lead"] = ["phong-khong-co"]
        plan["tasks"] = tasks
        let bad = dir.appendingPathComponent("bad.json")
        try JSONSerialization.data(withJSONObject: plan).write(to: bad)
        let result = try CLIRunner.run(["import", "--db", db, bad.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("phong-khong-co"))
        #expect(result.stderr.contains("dòng nhiệm vụ 3"))
        let listed = try CLIRunner.run(["plans", "--db", db])
        #expect(listed.status == 3, "no plan may have been stored")
    }

    @Test("an unknown plan number exits 3 and names the closest one")
    func unknownPlan() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0)
        let result = try CLIRunner.run(["show", "--db", db, "02/KH-UBND"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Không tìm thấy kế hoạch '02/KH-UBND'"))
        #expect(result.stderr.contains("01/KH-UBND"))
    }

    @Test("a missing file and invalid JSON are errors, exit 1")
    func badFiles() throws {
        let dir = CLIRunner.temporaryDirectory()
        let db = dir.appendingPathComponent("k.db").path
        let garbage = dir.appendingPathComponent("garbage.json")
        try Data("{\"number\": ".utf8).write(to: garbage)
        let result = try CLIRunner.run(["import", "--db", db, garbage.path, dir.appendingPathComponent("none.json").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("JSON không hợp lệ"))
        #expect(result.stderr.contains("không đọc được tệp"))
    }
}
