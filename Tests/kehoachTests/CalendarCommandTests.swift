import Foundation
import Testing

@Suite("kehoach deadline, lunar, holidays: the contracts other tools rely on")
struct CalendarCommandTests {
    @Test("deadline --json prints one object per text with the contract's fields")
    func deadlineJSON() throws {
        let result = try CLIRunner.run(["deadline", "--year", "2022", "--issued", "2022-02-22", "--json",
                                        "Quý I, II/2022", "Thường xuyên", "Báo cáo 6 tháng, năm"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["text"] as? String == "Quý I, II/2022")
        let dues = (first["milestones"] as! [[String: Any]]).map { $0["due"] as! String }
        #expect(dues == ["2022-03-31", "2022-06-30"])
        for key in ["recurrence", "continuous", "event", "school_year", "unspecified", "diagnostics"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as! [String: Any]
        #expect(second["continuous"] as? Bool == true)
        let third = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as! [String: Any]
        #expect(third["recurrence"] as? [String] == ["half_year", "year"])
    }

    @Test("deadline refuses a malformed --issued date with exit 2")
    func deadlineBadDate() throws {
        let result = try CLIRunner.run(["deadline", "--year", "2022", "--issued", "2022-02-30", "Quý I/2022"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("lunar: Tết 2025 (29/01/2025) is 1/1 of lunar 2025; 2023-03-22 is in leap month 2")
    func lunar() throws {
        let result = try CLIRunner.run(["lunar", "--json", "2025-01-29", "2023-03-22"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines[0]["day"] as? Int == 1 && lines[0]["month"] as? Int == 1 && lines[0]["year"] as? Int == 2025)
        #expect(lines[0]["leap"] as? Bool == false)
        #expect(lines[1]["month"] as? Int == 2 && lines[1]["leap"] as? Bool == true)
    }

    @Test("lunar in words: 29/01/2025 is day 1 of month 1 of lunar 2025, 22/03/2023 is in leap month 2")
    func lunarText() throws {
        let result = try CLIRunner.run(["lunar", "2025-01-29", "22/03/2023"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "29/01/2025: ngày 1 tháng 1 năm 2025 âm lịch\n22/03/2023: ngày 1 tháng 2 nhuận năm 2023 âm lịch\n")
    }

    @Test("holidays --json lists 2025's days off, Giỗ Tổ on 07/04/2025 and Quốc khánh on 02/09/2025 among them")
    func holidays() throws {
        let result = try CLIRunner.run(["holidays", "2025", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let days = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: String]]
        #expect(days.contains { $0["date"] == "2025-04-07" && $0["kind"] == "holiday" })
        #expect(days.contains { $0["date"] == "2025-09-02" && $0["kind"] == "holiday" })
        #expect(days.allSatisfy { ["holiday", "compensatory", "swapped_day_off", "swapped_workday"].contains($0["kind"]!) })
        #expect(days.allSatisfy { !$0["name"]!.isEmpty })
    }
}
