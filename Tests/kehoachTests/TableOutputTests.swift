import Foundation
import Testing

/// The tables an official reads, as printed to a pipe: Vietnamese headings, dd/MM/yyyy dates,
/// columns that line up, no colour. Facts worked out by hand from the example plans and the 2025
/// calendar.
@Suite("kehoach plans, holidays, due, needs-date, deadline, lunar: the tables as an official reads them")
struct TableOutputTests {
    let db: String

    init() throws {
        db = CLIRunner.temporaryDirectory().appendingPathComponent("k.db").path
        for example in ["chieng-dong-2022.json", "da-loc-2025.json"] {
            let imported = try CLIRunner.run(["import", "--db", db, CLIRunner.example(example)])
            precondition(imported.status == 0, imported.stderr)
        }
    }

    /// The table's lines: headings, rule, then rows, where a row starts at a line that does not
    /// begin with a space (wrapped cells continue on indented lines).
    struct Table {
        var headings: String
        var rule: String
        var rows: [String]

        init(_ text: String) {
            let lines = text.split(separator: "\n").map(String.init)
            headings = lines.first ?? ""
            rule = lines.count > 1 ? lines[1] : ""
            rows = lines.dropFirst(2).filter { !$0.hasPrefix(" ") }
        }

        /// The display column where `text` starts in `line` (NFC text: one character, one column).
        static func column(of text: String, in line: String) -> Int? {
            line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }

        /// The columns where each rule segment starts: where every cell of that column starts.
        var columnStarts: [Int] {
            var starts: [Int] = [], previous: Character = " "
            for (i, c) in rule.enumerated() {
                if c == "─", previous == " " { starts.append(i) }
                previous = c
            }
            return starts
        }
    }

    func run(_ arguments: [String]) throws -> String {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "no colour in a pipe")
        #expect(!result.stdout.split(separator: "\n").contains { $0.last == " " }, "no trailing spaces")
        return result.stdout
    }

    @Test("plans: one row per plan under Vietnamese headings, the task count in its column")
    func plans() throws {
        let table = Table(try run(["plans", "--db", db]))
        #expect(table.headings.hasPrefix("Mã  Số"))
        for heading in ["Cơ quan ban hành", "Năm", "Nhiệm vụ", "Tên kế hoạch"] { #expect(table.headings.contains(heading)) }
        #expect(table.rows.count == 2)
        let daLoc = try #require(table.rows.first { $0.contains("01/KH-UBND") })
        #expect(daLoc.contains("UBND xã Đa Lộc") && daLoc.contains("2025"))
        let tasksColumn = try #require(Table.column(of: "Nhiệm vụ", in: table.headings))
        #expect(Table.column(of: "61 ", in: daLoc) == tasksColumn)
        let chiengDong = try #require(table.rows.first { $0.contains("UBND xã Chiềng Đông") })
        #expect(Table.column(of: "43 ", in: chiengDong) == tasksColumn)
    }

    @Test("holidays 2025: 13 days off and swaps, each with its weekday, kind and name, in date order")
    func holidays() throws {
        let table = Table(try run(["holidays", "2025"]))
        #expect(table.headings.split(separator: " ", omittingEmptySubsequences: true) == ["Ngày", "Thứ", "Loại", "Tên"])
        #expect(table.rows.count == 13)
        #expect(table.rows.first?.hasPrefix("01/01/2025  Thứ Tư") == true)
        #expect(table.rows.contains { $0.hasPrefix("07/04/2025  Thứ Hai") && $0.hasSuffix("Giỗ Tổ Hùng Vương") })
        #expect(table.rows.contains { $0.hasPrefix("26/04/2025  Thứ Bảy") && $0.contains("Làm bù") })
        #expect(table.rows.contains { $0.hasPrefix("02/05/2025  Thứ Sáu") && $0.contains("Nghỉ hoán đổi") })
        #expect(table.rows.last?.hasSuffix("Quốc khánh") == true && table.rows.last?.hasPrefix("02/09/2025") == true)
        let nameColumn = try #require(table.columnStarts.last)
        #expect(Table.column(of: "Tên", in: table.headings) == nameColumn)
        for (row, name) in zip(table.rows, ["Tết Dương lịch", "Tết Nguyên Đán"]) { #expect(Table.column(of: name, in: row) == nameColumn) }
        #expect(Table.column(of: "Nghỉ hoán đổi (làm bù", in: table.rows[10]) == nameColumn)
    }

    @Test("due on 25/06/2025 for 7 days: Quý II's three occurrences on Monday 30/06, not yet due")
    func due() throws {
        let table = Table(try run(["due", "--db", db, "--as-of", "2025-06-25"]))
        #expect(table.headings.hasPrefix("Hạn") && table.headings.hasSuffix("Mã lần thực hiện"))
        // 1.4 "Quý II/2025", 3.8 "Hàng quý, 06 tháng, năm", 4.3 "Định kỳ theo quý"; the 6-month
        // reports (04/07) are past the 7 days, the school-year items (02/06) before them.
        #expect(table.rows.map { $0.split(separator: " ").last.map(String.init) ?? "" }
                == ["xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q2", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q2"])
        #expect(table.rows.allSatisfy { $0.hasPrefix("30/06/2025  01/KH-UBND") && $0.contains("Chưa đến hạn") })
    }

    @Test("overdue for 'tu phap' on 05/07/2025: 4.3's quarters I and II, then the 6-month reports of 3.1, 4.5, 5.4")
    func overdueForUnit() throws {
        // Tư pháp - Hộ tịch leads 3.1, 3.2, 3.3, 4.3, 4.4, 4.5, 5.4. On Saturday 05/07 past due: 4.3
        // "Định kỳ theo quý" Q1 (31/03) and Q2 (30/06); the continuous 3.1, 4.5, 5.4's 6-month
        // reports (04/07). Not yet: 3.3 "Quý III/2025", 4.4 "Năm 2025"; 3.2 "Theo Kế hoạch" has no date.
        let table = Table(try run(["overdue", "--db", db, "--as-of", "05/07/2025", "--unit", "tu phap", "--plan", "01/KH-UBND"]))
        #expect(table.rows.map { $0.split(separator: " ").last.map(String.init) ?? "" }
                == ["xa-da-loc:01/KH-UBND:2025:4.3:2025-Q1", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q2", "xa-da-loc:01/KH-UBND:2025:3.1:tien-do-6-thang", "xa-da-loc:01/KH-UBND:2025:4.5:tien-do-6-thang", "xa-da-loc:01/KH-UBND:2025:5.4:tien-do-6-thang"])
        #expect(table.rows.map { String($0.prefix(10)) } == ["31/03/2025", "30/06/2025", "04/07/2025", "04/07/2025", "04/07/2025"])
        #expect(table.rows.allSatisfy { $0.contains("Tư pháp - Hộ tịch  Quá hạn") })
    }

    @Test("done, waive and reopen confirm the occurrence in words: its label, task and plan, with dates dd/MM/yyyy")
    func progressConfirmations() throws {
        #expect(try run(["done", "xa-da-loc:01/KH-UBND:2025:1.4:2025-06-30", "--on", "2025-06-25", "--evidence", "Thông báo số 45/TB-UBND", "--db", db])
                == "Đã ghi nhận hoàn thành Quý II/2025 (nhiệm vụ 1.4, 01/KH-UBND) ngày 25/06/2025\n")
        #expect(try run(["waive", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q1", "--on", "01/07/2025", "--db", db])
                == "Đã ghi nhận miễn thực hiện Báo cáo quý I/2025 (nhiệm vụ 4.3, 01/KH-UBND) từ ngày 01/07/2025\n")
        #expect(try run(["reopen", "xa-da-loc:01/KH-UBND:2025:4.3:2025-Q1", "--db", db])
                == "Đã mở lại Báo cáo quý I/2025 (nhiệm vụ 4.3, 01/KH-UBND), hạn 31/03/2025\n")
    }

    @Test("needs-date: Đa Lộc's five event tasks and 3.2 'Theo Kế hoạch', the cell verbatim")
    func needsDate() throws {
        let table = Table(try run(["needs-date", "--db", db, "--plan", "01/KH-UBND"]))
        #expect(table.headings.contains("Thời hạn (nguyên văn)") && table.headings.hasSuffix("Tình trạng"))
        #expect(table.rows.map { $0.split(separator: " ")[1] } == ["1.1", "1.2", "1.3", "1.9", "3.2", "3.9"])
        #expect(table.rows.first { $0.contains(" 3.2 ") }?.hasSuffix("Theo Kế hoạch                       Cần xác định thời hạn") == true)
        #expect(table.rows.first { $0.contains(" 3.9 ") }?.hasSuffix("Chờ sự kiện 'phe-duyet-qhkhsdd'") == true)
    }

    @Test("deadline prints each reading in words with dd/MM/yyyy dates, and flags what it does not understand")
    func deadlineText() throws {
        let lines = try run(["deadline", "--year", "2022", "Quý I, II/2022", "Thường xuyên", "theo quy định"]).split(separator: "\n")
        #expect(lines == ["Quý I/2022 (hạn 31/03/2022), Quý II/2022 (hạn 30/06/2022)", "Thường xuyên", "Cần nhập ngày: 'theo quy định'"])
    }
}
