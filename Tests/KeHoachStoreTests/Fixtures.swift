import Foundation
import KeHoach
@testable import KeHoachStore

/// A fresh directory under the system temp dir for one test's database files.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("kehoach-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file named `name` inside the directory.
    func path(_ name: String = "kehoach.db") -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Raw SQL on a store file, bypassing the store: what an administrator with `sqlite3` could do.
func rawSQL(_ path: String, _ sql: String) throws {
    let database = try Database(path: path, flags: try OpenMode.create.sqliteFlags())
    defer { database.close() }
    try database.execute(sql)
}

/// The number of rows in `table`, read with raw SQL.
func rowCount(_ path: String, _ table: String) throws -> Int64 {
    let database = try Database(path: path, flags: try OpenMode.readOnly.sqliteFlags())
    defer { database.close() }
    return try database.integer("SELECT count(*) FROM \(table)")
}

/// Every table that holds plan data, its schedule or its audit trail.
let planTables = ["plans", "units", "unit_aliases", "dimensions", "reporting_rules", "tasks",
                  "task_units", "task_outputs", "events", "audit", "occurrences", "completions",
                  "notice_settings"]

func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

/// Đa Lộc's plan 01/KH-UBND (seed 001) with every field of the model set, in the seed's words.
func daLocPlan() -> Plan {
    Plan(
        number: "01/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025,
        title: "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025",
        place: "Đa Lộc", province: "Hưng Yên", issuedOn: date("2025-01-02"), indices: ["PAPI"],
        implements: ParentPlan(number: "183/KH-UBND", issuedOn: date("2024-12-20"), issuer: "UBND huyện Ân Thi",
                               title: "nâng cao hiệu quả Quản trị và Hành chính công huyện Ân Thi năm 2025"),
        signer: Signer(name: "Nguyễn Văn Giản", title: "TM. ỦY BAN NHÂN DÂN XÃ\nCHỦ TỊCH"),
        recipients: ["Phòng Nội vụ huyện;", "TT ĐU – HĐND - UBND TTQ xã;", "Lãnh đạo UBND xã;",
                     "Đài truyền thanh xã;", "Cổng thông tin điện tử xã;", "6 thôn;", "Lưu: VP."],
        focalUnit: "van-phong",
        dimensions: [
            Dimension(key: "1", title: "Tham gia của người dân", catalog: "PAPI.1"),
            Dimension(key: "3", title: "Công khai, minh bạch trong việc ra quyết định", catalog: "PAPI.3"),
            Dimension(key: "x", title: "Nhiệm vụ chung"),
        ],
        units: [
            Unit(id: "van-phong", name: "Văn phòng - Thống kê", aliases: ["VP UBND xã", "Văn phòng UBND xã"]),
            Unit(id: "tu-phap", name: "Tư pháp - Hộ tịch",
                 aliases: ["Tư pháp - HT", "Công chức Tư pháp Hộ tịch xã"]),
            Unit(id: "mttq", name: "Ủy ban MTTQ Việt Nam xã", kind: .body),
            Unit(id: "ban-nganh", name: "Các ban, ngành xã", aliases: ["Các ban, ngành và các thôn"], kind: .group),
            Unit(id: "phong-noi-vu", name: "Phòng Nội vụ huyện", kind: .external),
        ],
        reporting: [
            ReportingRule(key: "6-thang", label: "Báo cáo 6 tháng đầu năm", period: .halfYear,
                          deadline: "trước ngày 05/7/2025",
                          window: DateRange(from: date("2025-01-01"), to: date("2025-06-30")),
                          recipient: "van-phong"),
            ReportingRule(key: "nam", label: "Báo cáo năm", period: .year, deadline: "trước 05/01/2026"),
        ],
        tasks: [
            PlanTask(ref: "1", dimension: "1", component: "a) Tri thức công dân",
                     description: "- Tham mưu UBND xã ban hành quy chế tổ chức và hoạt động của thôn; - Ban hành hướng dẫn về bầu cử Trưởng thôn;",
                     target: "Triển khai, ban hành đầy đủ", outputs: ["Quyết định", "Hướng dẫn"],
                     lead: ["van-phong"], coordinating: ["mttq"],
                     deadline: "Khi có văn bản, Thông tư hướng dẫn mới của Trung ương",
                     eventKey: "van-ban-trung-uong", note: "Ô 'Chỉ số nội dung' gộp cho các dòng 1.x"),
            PlanTask(ref: "3.a", dimension: "3", component: "a) Tiếp cận thông tin",
                     description: "Phối hợp với các cơ quan, đơn vị, địa phương tiếp tục tuyên truyền, phổ biến nội dung của Luật Tiếp cận thông tin.",
                     target: "Thực hiện tuyên truyền, phổ biến",
                     outputs: ["Các văn bản triển khai, báo cáo", "Các hình thức Công khai...."],
                     lead: ["tu-phap"], coordinating: ["ban-nganh", "mttq"], implementing: ["tu-phap", "van-phong"],
                     deadline: "Thường xuyên"),
            PlanTask(ref: "2", dimension: "x", description: "Kiểm tra quy trình các bước thực hiện việc bầu Trưởng thôn.",
                     lead: ["van-phong"], deadline: "Khi thực hiện bầu Trưởng thôn", eventKey: "bau-truong-thon"),
        ],
        notes: ["Ngày ký lấy theo dòng \"Đa Lộc, ngày 02 tháng 01 năm 2025\"",
                "Dấu gạch chéo \\ và tab\tgiữ nguyên"])
}

/// A small valid plan numbered `number` with `tasks` tasks led by the office.
func smallPlan(_ number: String, issuer: String = "UBND xã Đa Lộc", tasks: Int = 1) -> Plan {
    Plan(number: number, issuer: issuer, year: 2025, title: "Kế hoạch PAPI năm 2025",
         units: [Unit(id: "van-phong", name: "Văn phòng - Thống kê", aliases: ["VP UBND xã"])],
         tasks: (1...max(tasks, 1)).map {
             PlanTask(ref: String($0), description: "Nhiệm vụ \($0)", lead: ["van-phong"], deadline: "Quý II/2025")
         })
}

/// SQL that takes a schema-v5 file back to schema v4 as a library before organisations wrote it
/// (`Tests/Fixtures/schema-to-v4.sql`, shared with the CLI's tests).
let downgradeToV4SQL: String = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/schema-to-v4.sql")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? "SELECT missing_fixture_schema_v5_to_v4();"
}()

/// `plan` as the store gives it back: with the organisation its issuer names filled in.
func asStored(_ plan: Plan) -> Plan {
    var plan = plan
    plan.organisation = plan.issuingOrganisation
    return plan
}
