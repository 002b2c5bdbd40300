import Foundation
import Testing

/// `kehoach settings` and `kehoach delete` on Đa Lộc's 01/KH-UBND.
@Suite("kehoach settings and delete: a plan's notice schedule, and removing a plan imported by mistake")
struct SettingsDeleteCommandTests {
    let db: String

    init() throws {
        db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")])
        precondition(imported.status == 0, imported.stderr)
    }

    func settingsJSON() throws -> [String: Any] {
        let result = try CLIRunner.run(["settings", "01/KH-UBND", "--db", db, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    @Test("a new plan has DESIGN.md's schedule: reminders 7, 3, 1, overdue every 5, the focal unit after 10, at 07:30")
    func defaults() throws {
        let shown = try CLIRunner.run(["settings", "01/KH-UBND", "--db", db])
        #expect(shown.stdout.contains("Nhắc trước hạn:       7, 3, 1 ngày làm việc"))
        #expect(shown.stdout.contains("sau 10 ngày làm việc quá hạn (Văn phòng - Thống kê)"))
        #expect(shown.stdout.contains("Giờ gửi:              07:30"))
        let json = try settingsJSON()
        #expect(json["reminders"] as? [Int] == [7, 3, 1] && json["overdue_every"] as? Int == 5 && json["escalate_after"] as? Int == 10)
    }

    @Test("settings are stored and audited; a shorter event offset moves 1.1's due date: event 02/06/2025 + 15 days = 17/06/2025")
    func changeSettings() throws {
        #expect(try CLIRunner.run(["event", "01/KH-UBND", "van-ban-huong-dan-trung-uong", "--on", "2025-06-02", "--db", db]).status == 0)
        let due = { () throws -> String? in
            let lines = try CLIRunner.run(["occurrences", "--db", db, "--json"]).stdout.split(separator: "\n")
            let line = try #require(lines.first { $0.contains("\"task_ref\":\"1.1\"") })
            return (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["due"] as? String
        }
        #expect(try due() == "2025-07-02", "the default: 30 days after the event")
        let set = try CLIRunner.run(["settings", "01/KH-UBND", "--reminders", "5,2", "--no-escalation", "--time", "08:00",
                                     "--event-offset", "15", "--by", "vp-da-loc", "--db", db])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.hasPrefix("Đã lưu. "))
        #expect(set.stdout.contains("Báo đơn vị đầu mối:   không"))
        let json = try settingsJSON()
        #expect(json["reminders"] as? [Int] == [5, 2] && json["escalate_after"] is NSNull && json["minute_of_day"] as? Int == 480)
        #expect(try due() == "2025-06-17")
        let history = try CLIRunner.run(["history", "--db", db, "--json"]).stdout
        #expect(history.contains("\"actor\":\"vp-da-loc\""))
    }

    @Test("bad settings are usage errors (exit 2) saying the expected form, and nothing is stored")
    func badSettings() throws {
        for arguments in [["--reminders", "0,a"], ["--time", "7h30"], ["--overdue-every", "0"], ["--no-escalation", "--escalate-after", "3"]] {
            let result = try CLIRunner.run(["settings", "01/KH-UBND", "--db", db] + arguments)
            #expect(result.status == 2, "\(arguments)")
        }
        #expect(try CLIRunner.run(["settings", "01/KH-UBND", "--time", "7h30", "--db", db]).stderr.contains("HH:MM"))
        #expect(try settingsJSON()["reminders"] as? [Int] == [7, 3, 1])
    }

    @Test("delete without --yes says what would go and deletes nothing (exit 2); with --yes the plan is gone and audited")
    func delete() throws {
        #expect(try CLIRunner.run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--db", db]).status == 0)
        let dry = try CLIRunner.run(["delete", "01/KH-UBND", "--db", db])
        #expect(dry.status == 2)
        #expect(dry.stderr.contains("Sẽ xóa kế hoạch 01/KH-UBND của UBND xã Đa Lộc (mã 1): 61 nhiệm vụ,"))
        #expect(dry.stderr.contains("1 kết quả đã ghi nhận"))
        #expect(try CLIRunner.run(["plans", "--db", db]).stdout.contains("01/KH-UBND"))
        let deleted = try CLIRunner.run(["delete", "01/KH-UBND", "--yes", "--by", "qtv", "--db", db])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try CLIRunner.run(["plans", "--db", db]).status == 3)
        #expect(try CLIRunner.run(["history", "--db", db, "--json"]).stdout.contains("\"actor\":\"qtv\",\"action\":\"plan.delete\""))
        #expect(try CLIRunner.run(["import", "--db", db, CLIRunner.example("da-loc-2025.json")]).status == 0, "it can be imported again")
    }
}
