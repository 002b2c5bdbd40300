import Foundation
import Testing

/// Three communes of Hưng Yên with the same small plan, progress recorded differently: the
/// province's roll-up for the first 6 months of 2025, judged on Tuesday 15/07/2025, counted by
/// hand below.
///
/// Tasks: 1 "Quý I/2025" (PAPI.1, due Monday 31/03), 2 "Tháng 5/2025" (PAPI.1, 31/05 is a
/// Saturday: due Monday 02/06), 3 "Quý II/2025" (PAPI.2, due Monday 30/06), 4 "Tháng 12/2025"
/// (outside the period).
/// - Xã An Bình: 1 done 28/03 (on time), 2 done 10/06 (late), 3 open (overdue 15 days).
/// - Xã Bình Minh: 1 done 31/03, 2 done 02/06, 3 done 30/06: all on time.
/// - Xã Cẩm Xá: nothing done: 1 overdue 106 days (> 90), 2 overdue 43 days (> 30), 3 overdue 15 days.
@Suite("kehoach report --org PROVINCE: the roll-up of a province's communes")
struct RollUpCommandTests {
    static func plan(_ commune: String) -> String {
        """
        {"number": "02/KH-UBND", "issuer": "UBND xã \(commune)", "province": "Hưng Yên", "year": 2025,
         "title": "Nâng cao Chỉ số PAPI năm 2025",
         "dimensions": [{"key": "1", "title": "Tham gia của người dân ở cấp cơ sở", "catalog": "PAPI.1"},
                        {"key": "2", "title": "Công khai, minh bạch", "catalog": "PAPI.2"}],
         "units": [{"id": "van-phong", "name": "Văn phòng - Thống kê"}],
         "tasks": [
           {"ref": "1", "dimension": "1", "description": "Niêm yết công khai", "lead": ["van-phong"], "deadline": "Quý I/2025"},
           {"ref": "2", "dimension": "1", "description": "Hội nghị đối thoại", "lead": ["van-phong"], "deadline": "Tháng 5/2025"},
           {"ref": "3", "dimension": "2", "description": "Công khai ngân sách", "lead": ["van-phong"], "deadline": "Quý II/2025"},
           {"ref": "4", "dimension": "2", "description": "Tổng kết", "lead": ["van-phong"], "deadline": "Tháng 12/2025"}]}
        """
    }

    let directory: URL
    let db: String

    init() throws {
        directory = CLIRunner.temporaryDirectory()
        db = directory.appendingPathComponent("k.db").path
        for commune in ["An Bình", "Bình Minh", "Cẩm Xá"] {
            let file = directory.appendingPathComponent("\(commune).json")
            try Self.plan(commune).write(to: file, atomically: true, encoding: .utf8)
            let imported = try CLIRunner.run(["import", "--db", db, file.path])
            try #require(imported.status == 0, "\(imported.stderr)")
        }
        for (commune, ref, slot, on) in [("xa-an-binh", "1", "2025-03-31", "2025-03-28"), ("xa-an-binh", "2", "2025-05-31", "2025-06-10"),
                                         ("xa-binh-minh", "1", "2025-03-31", "2025-03-31"), ("xa-binh-minh", "2", "2025-05-31", "2025-06-02"),
                                         ("xa-binh-minh", "3", "2025-06-30", "2025-06-30")] {
            let done = try CLIRunner.run(["done", "\(commune):02/KH-UBND:2025:\(ref):\(slot)", "--on", on, "--db", db])
            try #require(done.status == 0, "\(done.stderr)")
        }
    }

    func json() throws -> [String: Any] {
        let result = try CLIRunner.run(["report", "--db", db, "--org", "tinh-hung-yen", "--period", "6-thang", "--year", "2025",
                                        "--as-of", "2025-07-15", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("per commune the four cells, overdue ages and the rank, checked by hand")
    func perCommune() throws {
        let r = try json()
        let rows = try #require(r["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Xã Bình Minh", "Xã An Bình", "Xã Cẩm Xá"])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 3])
        func cells(_ row: [String: Any]) -> [Int] {
            let c = row["cells"] as? [String: Any] ?? [:]
            return ["done_on_time", "done_late", "open_in_time", "open_overdue", "overdue_over30", "overdue_over90", "overdue_over120", "waived"]
                .map { c[$0] as? Int ?? -1 }
        }
        #expect(cells(rows[0]) == [3, 0, 0, 0, 0, 0, 0, 0])
        #expect(cells(rows[1]) == [1, 1, 0, 1, 0, 0, 0, 0])
        #expect(cells(rows[2]) == [0, 0, 0, 3, 2, 1, 0, 0])
        #expect(cells(["cells": r["total"] ?? [:]]) == [4, 1, 0, 4, 2, 1, 0, 0])
    }

    @Test("per dimension, by catalog code: PAPI.1 and PAPI.2 of each commune")
    func perDimension() throws {
        let r = try json()
        let rows = try #require(r["rows"] as? [[String: Any]])
        #expect((r["dimensions"] as? [[String: Any]])?.map { $0["key"] as? String } == ["PAPI.1", "PAPI.2"])
        func cell(_ row: Int, _ key: String, _ name: String) -> Int? {
            ((rows[row]["by_dimension"] as? [String: Any])?[key] as? [String: Any])?[name] as? Int
        }
        #expect(cell(1, "PAPI.1", "done_on_time") == 1 && cell(1, "PAPI.1", "done_late") == 1 && cell(1, "PAPI.2", "open_overdue") == 1)
        #expect(cell(0, "PAPI.1", "done_on_time") == 2 && cell(0, "PAPI.2", "done_on_time") == 1)
        #expect(cell(2, "PAPI.1", "open_overdue") == 2 && cell(2, "PAPI.2", "open_overdue") == 1)
    }

    @Test("the roll-up as a report: the province's frame, the ranked table and the chart; one commune alone with --org")
    func document() throws {
        let md = try CLIRunner.run(["report", "--db", db, "--org", "tinh-hung-yen", "--period", "6-thang", "--year", "2025",
                                    "--as-of", "2025-07-15"]).stdout
        #expect(md.contains("ỦY BAN NHÂN DÂN") && md.contains("TỈNH HƯNG YÊN"))
        #expect(md.contains("| 1 | Xã Bình Minh | 3 | 0 | 0 | 0 |"))
        #expect(md.contains("44,4%"), "4 on time of 9 judged in the province")
        let html = directory.appendingPathComponent("tong-hop.html").path
        #expect(try CLIRunner.run(["report", "--db", db, "--org", "tinh-hung-yen", "--period", "6-thang", "--year", "2025",
                                   "--as-of", "2025-07-15", "-o", html]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("Xã Cẩm Xá") && page.contains("Hoàn thành quá hạn"))
        let one = try CLIRunner.run(["report", "--db", db, "--org", "xa-cam-xa", "--period", "6-thang", "--year", "2025",
                                     "--as-of", "2025-07-15", "--format", "csv"]).stdout
        #expect(one.contains("Xã Cẩm Xá") && !one.contains("Xã An Bình"))
        let missing = try CLIRunner.run(["report", "--db", db, "--period", "6-thang"])
        #expect(missing.status == 2 && missing.stderr.contains("--org"))
    }
}
