import Foundation
import Testing
@testable import KeHoach

/// The example plans in `examples/` are transcriptions of the seed plans in `../shared/seeds/`;
/// they are the project's demo data and fixtures, so they must stay valid and faithful.
@Suite("Example plans transcribed from the seeds")
struct ExamplePlansTests {
    /// What each example must hold. Counts were made by hand from the seed, as each comment says.
    struct Example: CustomTestStringConvertible, Sendable {
        let file: String
        let seed: String
        let tasks: Int
        let units: Int
        let dimensions: Int
        let reports: Int
        /// True when the tasks come from an appendix table (each under a dimension).
        let tabular: Bool
        var testDescription: String { file }
    }

    static let examples: [Example] = [
        // Seed 001, appendix from line 205: 61 task rows once page-break continuations are merged
        // (dimension 1: 11, 2: 4, 3: 9, 4: 5, 5: 4, 6: 1, 7: 16, 8: 5, 9: 6); 9 values in the
        // "Chỉ số nội dung" column (1 to 9); 30 distinct units named in the lead/coordinating
        // cells and the reporting paragraph; 2 reports (6 months, year) in section III.1.b.
        Example(file: "da-loc-2025.json", seed: "001_9db4eaef75d29c64.txt",
                tasks: 61, units: 30, dimensions: 9, reports: 2, tabular: true),
        // Seed 000, appendix from line 573: sections I-VIII hold 5, 9, 6, 5, 4, 8, 3, 3 numbered
        // rows (section III is numbered 1, 2, 3, 5, 7, 8) = 43; 12 distinct "Bộ phận tham mưu"
        // (the cell "VH-XH xã; BQL các bản" names two); no plan-wide reporting deadline.
        Example(file: "chieng-dong-2022.json", seed: "000_87e4079361337a19.txt",
                tasks: 43, units: 12, dimensions: 8, reports: 0, tabular: true),
        // Seed 002, prose only: 2 reports in III.1.b (06 tháng, năm), 3 prose tasks with a
        // deadline word (III.2.c "khi có kế hoạch", III.2.d "theo quy định", III.4 "Hàng năm");
        // 10 units named in sections III.1 to III.5; the 8 PAPI dimensions of II.1.a.
        Example(file: "duc-hop-2023-reporting.json", seed: "002_aaf5190e761d9138.txt",
                tasks: 5, units: 10, dimensions: 8, reports: 2, tabular: false),
    ]

    @Test("each example decodes and passes validation", arguments: examples)
    func decodes(example: Example) throws {
        let plan = try Self.plan(example)
        #expect(!plan.tasks.isEmpty)
        #expect(plan.focalUnit.map { plan.directory.resolve($0) != nil } ?? true)
    }

    @Test("each example encodes and decodes back to an equal plan", arguments: examples)
    func roundTrip(example: Example) throws {
        let plan = try Self.plan(example)
        let again = try PlanDocument.decode(PlanDocument.encode(plan))
        #expect(again == plan)
    }

    @Test("each example has the task, unit, dimension and report counts counted from its seed", arguments: examples)
    func counts(example: Example) throws {
        let plan = try Self.plan(example)
        #expect(plan.tasks.count == example.tasks)
        #expect(plan.units.count == example.units)
        #expect(plan.dimensions.count == example.dimensions)
        #expect(plan.reporting.count == example.reports)
    }

    @Test("every deadline is seed text, verbatim up to whitespace", arguments: examples)
    func deadlinesVerbatim(example: Example) throws {
        let plan = try Self.plan(example)
        let seed = try Self.normalised(Self.read(Self.seedsDirectory(), example.seed))
        // A cell split by a page break is kept as one deadline; its lines are checked one by one.
        for task in plan.tasks {
            for line in task.deadline.split(separator: "\n") {
                let text = Self.collapse(String(line))
                #expect(seed.contains(text), "task \(task.ref): '\(text)' not in \(example.seed)")
            }
        }
        for rule in plan.reporting {
            #expect(seed.contains(Self.collapse(rule.deadline)), "report \(rule.key)")
        }
    }

    @Test("dimensions carry the catalog code their heading matches, and none for headings no index has",
          arguments: examples)
    func dimensionsMapToCatalog(example: Example) throws {
        let plan = try Self.plan(example)
        let catalogs = plan.indices.compactMap(IndexCatalog.named)
        #expect(catalogs.count == plan.indices.count, "every index the plan names has a catalog")
        for dimension in plan.dimensions {
            let matched = catalogs.lazy.compactMap { $0.match(heading: dimension.title) }.first
            #expect(matched?.code == dimension.catalog, "dimension \(dimension.key) '\(dimension.title)'")
        }
    }

    @Test("every task sits under a dimension the plan lists, and every row has a lead unit")
    func tasksComplete() throws {
        for example in Self.examples where example.tabular {
            let plan = try Self.plan(example)
            let keys = Set(plan.dimensions.map(\.key))
            for task in plan.tasks {
                #expect(task.dimension.map(keys.contains) == true, "\(example.file) \(task.ref)")
                #expect(!task.lead.isEmpty, "\(example.file) \(task.ref)")
            }
        }
    }

    // MARK: - Seed 001 specifics

    @Test("Đa Lộc: header, parent plan and reporting windows are those of 01/KH-UBND")
    func daLocHeader() throws {
        let plan = try Self.plan(Self.examples[0])
        #expect(plan.number == "01/KH-UBND")
        #expect(plan.issuer == "UBND xã Đa Lộc")
        #expect(plan.issuedOn == CivilDate(year: 2025, month: 1, day: 2))
        #expect(plan.year == 2025)
        #expect(plan.implements?.number == "183/KH-UBND")
        #expect(plan.implements?.issuedOn == CivilDate(year: 2024, month: 12, day: 20))
        #expect(plan.focalUnit == "van-phong")
        let half = try #require(plan.reporting.first { $0.period == .halfYear })
        #expect(half.deadline == "trước ngày 05/7/2025")
        #expect(half.window == DateRange(from: CivilDate(year: 2025, month: 1, day: 1)!, to: CivilDate(year: 2025, month: 6, day: 30)!))
        let year = try #require(plan.reporting.first { $0.period == .year })
        #expect(year.deadline == "trước 05/01/2026")
        #expect(year.window?.to == CivilDate(year: 2025, month: 12, day: 31))
    }

    @Test("Đa Lộc: the spellings of one unit resolve to it")
    func daLocAliases() throws {
        let directory = try Self.plan(Self.examples[0]).directory
        for name in ["VP UBND xã", "Văn phòng UBND xã", "Văn phòng - Thống kê", "Văn phòng – Thống kê xã"] {
            #expect(directory.resolve(name)?.id == "van-phong", "\(name)")
        }
        for name in ["Công chức Tư pháp Hộ tịch", "Công chức Tư pháp Hộ tịch xã", "Tư pháp - Hộ tịch"] {
            #expect(directory.resolve(name)?.id == "tu-phap", "\(name)")
        }
        #expect(directory.resolve("Các ban, ngành xã")?.kind == .group)
        #expect(directory.resolve("BHXH huyện")?.kind == .external)
    }

    @Test("Đa Lộc: shifted and page-split rows are rebuilt into the right fields")
    func daLocRepairedRows() throws {
        let tasks = try Self.plan(Self.examples[0]).tasks
        // Seed line 218: the task sits in the 'Chỉ số nội dung' column, the rest one column left.
        let shifted = try #require(tasks.first { $0.description.hasPrefix("Chủ trì hoặc phối hợp ban hành kế hoạch kiểm tra") })
        #expect(shifted.deadline == "Năm 2025")
        #expect(shifted.outputs == ["Kế hoạch, Công văn"])
        #expect(shifted.lead == ["van-phong"])
        #expect(shifted.note != nil)
        // Seed lines 254 and 257: one deadline cell split by a page break.
        let land = try #require(tasks.first { $0.description.hasPrefix("UBND cấp xã công bố công khai QHKHSDĐ") })
        #expect(land.deadline.contains("chậm nhất là 15 ngày"))
        #expect(land.description.hasSuffix("tại trụ sở UBND xã"))
        // No HTML fragment survives.
        for task in tasks {
            let text = [task.description, task.target ?? "", task.deadline, task.component ?? ""] + task.outputs
            #expect(!text.contains { $0.contains("<p>") || $0.contains("</p>") || $0.contains("<ul") || $0.contains("<i>") }, "\(task.ref)")
        }
    }

    // MARK: - Seeds 000 and 002 specifics

    @Test("Chiềng Đông: a blank plan number stays blank, the rows keep their printed numbers")
    func chiengDong() throws {
        let plan = try Self.plan(Self.examples[1])
        #expect(plan.number == "/KH-UBND")
        #expect(plan.issuedOn == CivilDate(year: 2022, month: 2, day: 22))
        #expect(plan.implements?.number == "72/KH-UBND")
        #expect(plan.implements?.issuer == "UBND huyện Yên Châu")
        #expect(plan.dimensions.map(\.key) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"])
        #expect(plan.tasks.filter { $0.dimension == "III" }.map(\.ref) == ["III.1", "III.2", "III.3", "III.5", "III.7", "III.8"])
        let first = try #require(plan.tasks.first)
        #expect(first.ref == "I.1")
        #expect(first.outputs == ["Quyết định của UBND xã", "Báo cáo kết quả thực hiện"])
        #expect(first.lead == ["vhxh"])
        #expect(first.deadline == "-Ban hành Kế hoạch quý I/2022;\n- Báo cáo 6 tháng, năm")
        #expect(plan.directory.resolve("Tư pháp - HT")?.id == "tu-phap")
        #expect(plan.notes.contains { $0.contains("Số kế hoạch để trống") })
    }

    @Test("Đức Hợp: both report windows start on 01/11 of the year before the plan year")
    func ducHop() throws {
        let plan = try Self.plan(Self.examples[2])
        #expect(plan.year == 2023)
        let start = CivilDate(year: 2022, month: 11, day: 1)!
        #expect(plan.reporting.map(\.window?.from) == [start, start])
        #expect(plan.reporting.map(\.window?.to) == [CivilDate(year: 2023, month: 5, day: 31), CivilDate(year: 2023, month: 10, day: 25)])
        #expect(plan.reporting.map(\.deadline) == ["trước ngày 03/6", "trước ngày 25/10/2023"])
        #expect(plan.reporting.allSatisfy { $0.recipient == "van-phong" })
        #expect(plan.tasks.filter { $0.note?.contains("chế độ báo cáo") == true }.count == 2)
    }

    // MARK: - Finding the files

    static func plan(_ example: Example) throws -> Plan {
        try PlanDocument.decode(Data(read(packageRoot().appendingPathComponent("examples"), example.file).utf8))
    }

    static func packageRoot() -> URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }

    /// `../shared/seeds/` relative to the package root, or the first `shared/seeds` found above it.
    static func seedsDirectory() -> URL {
        var url = packageRoot()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            url.deleteLastPathComponent()
        }
        return packageRoot().deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }

    static func read(_ directory: URL, _ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The seed with HTML-ish fragments removed and every run of whitespace made one space.
    static func normalised(_ text: String) -> String {
        var out = text
        for tag in ["<p>", "</p>", "<i>", "</i>", "</ul>"] { out = out.replacingOccurrences(of: tag, with: " ") }
        out = out.replacingOccurrences(of: "<ul[^>]*>", with: " ", options: .regularExpression)
        return collapse(out)
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
