import ArgumentParser
import Foundation
import KeHoach
import KeHoachImport
import KeHoachStore

/// `kehoach import FILE...`: stores whole plans from plan JSON, from an appendix table (.tsv,
/// .csv) or from a Word document (.docx), and reports what each import read.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Language.text("Nhập kế hoạch từ tệp JSON, bảng phụ lục (.tsv, .csv, .xlsx) hoặc văn bản Word (.docx).",
                                en: "Import plans from plan JSON, an appendix table (.tsv, .csv, .xlsx) or a Word document (.docx)."),
        discussion: Language.text("""
            Mỗi tệp được nhập trọn vẹn hoặc không nhập gì.
            Bảng và .docx: sau mỗi lần nhập có báo cáo (số dòng, nhiệm vụ, đơn vị khớp/mới, thời hạn \
            hiểu được/cần xem lại, dòng bỏ qua). Đơn vị chưa có trong danh mục (--units, hoặc danh mục \
            có sẵn) chỉ được thêm khi có --accept-new-units. Xem docs/import.md.
            """, en: """
            Each file imports whole or not at all.
            Tables and .docx: each import prints a report (rows, tasks, units matched/new, deadlines \
            understood/to review, rows skipped). Units not in the directory (--units, or the built-in \
            one) are added only with --accept-new-units. See docs/import.md.
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .vi("Chỉ kiểm tra và báo cáo, không ghi.", en: "Check and report, write nothing."))
    var dryRun = false

    @OptionGroup var actor: ActorOption

    @Option(name: .long, help: .vi("Danh mục đơn vị: tệp kế hoạch JSON hoặc mảng JSON các đơn vị.",
                               en: "The unit directory: a plan JSON file or a JSON array of units."))
    var units: String?

    @Flag(name: .long, help: .vi("Thay kế hoạch cùng số và cơ quan ban hành đã có bằng bản điều chỉnh này, giữ các kết quả đã ghi nhận.",
                                 en: "Replace the stored plan of the same number and issuer by this revision, keeping what was recorded."))
    var replace = false

    @Flag(name: .long, help: .vi("Thêm các đơn vị mới đề xuất.", en: "Accept the proposed new units."))
    var acceptNewUnits = false

    @Option(name: .long, help: .vi("Gắn một tên trong bảng với một đơn vị: 'VP-TK=Văn phòng - Thống kê' (tên, bí danh hoặc mã); lặp lại được.",
                               en: "Tie a name of the table to a unit (name, alias or id), e.g. 'VP-TK=van-phong'; repeatable."))
    var map: [String] = []

    @Option(name: .long, help: .vi("Số kế hoạch, vd. 01/KH-UBND (bảng .tsv/.csv; ghi đè .docx).",
                               en: "Plan number, e.g. 01/KH-UBND (for .tsv/.csv tables; overrides the number in a .docx)."))
    var number: String?

    @Option(name: .long, help: .vi("Cơ quan ban hành, vd. 'UBND xã Đa Lộc'.", en: "Issuing authority, e.g. 'UBND xã Đa Lộc'."))
    var issuer: String?

    @Option(name: .long, help: .vi("Tên kế hoạch.", en: "Plan title."))
    var title: String?

    @Option(name: .long, help: .vi("Ngày ban hành (dd/MM/yyyy hoặc YYYY-MM-DD).", en: "Issue date, dd/MM/yyyy or YYYY-MM-DD."))
    var date: String?

    @Option(name: .long, help: .vi("Năm kế hoạch (mặc định: năm của ngày ban hành).", en: "Plan year (default: the year of the issue date)."))
    var year: Int?

    @Option(name: .long, help: .vi("Chỉ rõ cột của bảng: 'task=2,lead=4,deadline=6' (số thứ tự từ 1 hoặc chữ cột A, B, ...).",
                               en: "Map the table's columns by hand: 'task=2,lead=4,deadline=6' (1-based, or column letters)."))
    var columns: String?

    @Option(name: .long, help: .vi("Đơn vị chủ trì mọi nhiệm vụ của bảng không có cột chủ trì.",
                               en: "The lead unit of every task of a table that has no lead column."))
    var lead: String?

    @Option(name: .customLong("emit-json"),
            help: .vi("Ghi kế hoạch JSON sẽ được lưu ra TỆP ('-': đầu ra chuẩn, báo cáo sang stderr).",
                      en: "Write the plan JSON that is stored to FILE ('-': standard output, the report to standard error)."))
    var emitJSON: String?

    @Argument(help: .vi("Tệp .json, .tsv, .csv, .docx hoặc .xlsx.", en: "Plan files: .json, .tsv, .csv, .docx or .xlsx."))
    var files: [String]

    /// Where the human report goes: standard error when the plan JSON takes standard output.
    private var out: Terminal { emitJSON == "-" ? .standardError : .standardOutput }

    func run() throws {
        try reporting {
            // A dry run reads the store, when there is one, to tell a new plan from one already stored.
            let database = dryRun
                ? (FileManager.default.fileExists(atPath: store.path) ? try store.open(readOnly: true) : nil)
                : try store.open(create: true)
            let known = try UnitMap.apply(map, to: loadUnits())
            var failures = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Terminal.standardError.write("Lỗi: không đọc được tệp '\(file)'\n")
                    failures += 1
                    continue
                }
                do throws(KeHoachError) {
                    let ext = (file as NSString).pathExtension.lowercased()
                    let plan = ext == "json" ? try PlanDocument.decode(data) : try importDocument(data, file: file, ext: ext, known: known)
                    guard var plan else {
                        failures += 1
                        continue
                    }
                    if let org = store.org { plan.organisation = try ImportCommand.organisation(org, of: plan, in: database) }
                    if let emitJSON, !emit(plan, to: emitJSON) { failures += 1; continue }
                    if !write(plan, file: file, database: database) { failures += 1 }
                } catch {
                    Terminal.standardError.write("Lỗi ở tệp '\(file)': \(error.message)\n")
                    failures += 1
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }

    /// Writes the plan JSON to `path` ("-": standard output); false when the file cannot be written.
    private func emit(_ plan: Plan, to path: String) -> Bool {
        let json = PlanDocument.encode(plan) + "\n"
        if path == "-" {
            Terminal.standardOutput.write(json)
            return true
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(json.utf8)) else {
            Terminal.standardError.write("Lỗi: không ghi được tệp '\(path)' (--emit-json)\n")
            return false
        }
        return true
    }

    /// Stores `plan` or, in a dry run, says what the import would do; false when the store
    /// refused it (or would).
    private func write(_ plan: Plan, file: String, database: (any ScheduleStore)?) -> Bool {
        let out = self.out
        let summary = ImportCommand.summary(plan)
        // The stored plan this one would replace: the same organisation, number and year.
        let stored = database.flatMap { (try? $0.plans())?.first(where: {
            $0.key == plan.key || ($0.issuer == plan.issuer && $0.number == plan.number && $0.year == plan.year)
        }) }
        /// Runs `body`; a refusal is printed with the file's name and gives false.
        func attempt(_ body: () throws(KeHoachError) -> Void) -> Bool {
            do {
                try body()
                return true
            } catch {
                Terminal.standardError.write("Lỗi ở tệp '\(file)': \(error.message)\n")
                return false
            }
        }
        if dryRun {
            if let database, let stored, replace {
                return attempt { () throws(KeHoachError) in
                    let change = try ImportCommand.foreseenReplacement(of: stored.id, by: plan, in: database)
                    out.write("Sẽ thay kế hoạch \(out.bold(plan.number)) (mã \(stored.id)) bằng bản điều chỉnh: \(summary); "
                        + "thêm \(change.added), bỏ \(change.removed) lần thực hiện — \(file) (không ghi)\n")
                }
            }
            if let stored {
                Terminal.standardError.write("Sẽ bị từ chối: kế hoạch số \(plan.number) của \(plan.issuer) đã có trong cơ sở dữ liệu "
                    + "(mã \(stored.id)); thêm --replace để thay bằng bản điều chỉnh — \(file) (không ghi)\n")
                return false
            }
            out.write("Sẽ nhập kế hoạch mới \(out.bold(plan.number)) của \(plan.issuer): \(summary) — \(file) (không ghi)\n")
            return true
        }
        guard let database else { return false }
        if let stored, replace {
            return attempt { () throws(KeHoachError) in
                let change = try database.replacePlan(id: stored.id, with: plan, actor: actor.by)
                out.write("Đã thay kế hoạch \(out.bold(plan.number)) (mã \(stored.id)) bằng bản điều chỉnh: \(summary); "
                    + "thêm \(change.added.count), bỏ \(change.removed.count) lần thực hiện — \(file)\n")
                if !change.orphanedCompletions.isEmpty {
                    out.write("Giữ lại \(change.orphanedCompletions.count) kết quả đã ghi nhận của lần thực hiện không còn trong bản điều chỉnh: "
                        + change.orphanedCompletions.joined(separator: ", ") + "\n")
                }
            }
        }
        return attempt { () throws(KeHoachError) in
            let id = try database.importPlan(plan, actor: actor.by)
            out.write("Đã nhập kế hoạch \(out.bold(plan.number)) (mã \(id)): \(summary) — \(file)\n")
        }
    }

    /// The organisation `--org CODE` names for `plan`: the stored one with that code (or name),
    /// else a new one of that code, named and placed as the plan's issuer says
    /// (``Organisation/derived(issuer:province:)``), so that an administrator can give the
    /// administrative unit code ("mã đơn vị hành chính") of a commune at its first import.
    static func organisation(_ reference: String, of plan: Plan, in store: (any ScheduleStore)?) throws(KeHoachError) -> Organisation {
        if let store, let stored = try? store.organisation(code: reference) { return stored }
        guard Organisation.isValidCode(reference) else {
            throw .invalidValue(field: "--org", value: reference,
                                expected: "mã tổ chức từ 1 đến 64 chữ cái không dấu, chữ số, '-', '.' hoặc '_'", row: nil)
        }
        var organisation = plan.issuingOrganisation
        organisation.code = reference
        return organisation
    }

    /// How many occurrences replacing plan `id` by `plan` would add and remove: the revision
    /// expanded as the store would (its calendar, the plan's settings and recorded events)
    /// against the stored occurrence ids.
    static func foreseenReplacement(of id: Int64, by plan: Plan, in store: any ScheduleStore) throws(KeHoachError) -> (added: Int, removed: Int) {
        let expander = OccurrenceExpander(calendar: try store.calendar, settings: try store.noticeSettings(planID: id))
        // The revision keeps the stored plan's organisation, so its ids are built on the same key.
        var revised = plan
        revised.organisation = try store.plan(id: id).organisation
        let next = Set(expander.expand(revised, planKey: revised.key, events: try store.events(planID: id)).occurrences.map(\.id))
        let now = Set(try store.occurrences(OccurrenceQuery(planID: id, asOf: DateArgument.today)).map(\.occurrence.id))
        return (next.subtracting(now).count, now.subtracting(next).count)
    }

    /// "61 nhiệm vụ, 30 đơn vị; 93 lần thực hiện có hạn; 5 nhiệm vụ chờ sự kiện; 1 nhiệm vụ cần
    /// xác định thời hạn": what the plan will put on the officials' lists.
    static func summary(_ plan: Plan) -> String {
        let schedule = OccurrenceExpander().expand(plan, planKey: "0")
        var parts = ["\(plan.tasks.count) nhiệm vụ, \(plan.units.count) đơn vị", "\(schedule.occurrences.count) lần thực hiện có hạn"]
        if !schedule.waitingForEvent.isEmpty { parts.append("\(schedule.waitingForEvent.count) nhiệm vụ chờ sự kiện") }
        if !schedule.needsDate.isEmpty { parts.append("\(schedule.needsDate.count) nhiệm vụ cần xác định thời hạn (xem kehoach needs-date)") }
        return parts.joined(separator: "; ")
    }

    /// Reads a table or .docx, prints its report, and returns the plan, or nil when new units
    /// were proposed without `--accept-new-units`.
    private func importDocument(_ data: Data, file: String, ext: String, known: [KeHoach.Unit]) throws(KeHoachError) -> Plan? {
        let overrides = try headerOptions()
        if let refusal = DocumentRefusal.refusal(file: file, ext: ext, data: [UInt8](data.prefix(8))) { throw refusal }
        let options = TableImporter.Options(source: file, planYear: year ?? overrides.issuedOn?.year ?? 0,
                                            issuedOn: overrides.issuedOn, units: known,
                                            columns: try columns.map(TableColumn.mapping), lead: lead)
        let bar = ProgressBar(label: (file as NSString).lastPathComponent)
        let header: PlanHeader
        let table: TableImporter.Result
        switch ext {
        case "docx":
            (header, table) = try DocxFile.read(data, name: file, options: options, progress: bar.update)
        case "xlsx":
            table = try TableFile.readWorkbook(data, name: file, options: options, progress: bar.update)
            header = PlanHeader(preamble: table.preamble)
        default:
            // The year may come from the table's "(Kèm theo Kế hoạch số ... ngày ...)" line;
            // every field still missing is reported at once when the plan is assembled.
            table = try TableFile.read(data, name: file, options: options, progress: bar.update)
            header = PlanHeader(preamble: table.preamble)
        }
        bar.finish()
        out.write(table.report.text)
        if !table.report.newUnits.isEmpty, !acceptNewUnits {
            Terminal.standardError.write("""
                Lỗi ở tệp '\(file)': có \(table.report.newUnits.count) đơn vị chưa có trong danh mục (xem báo cáo). \
                Thêm chúng vào tệp --units, hoặc chạy lại với --accept-new-units để nhập kèm các đơn vị mới.\n
                """)
            return nil
        }
        let plan = try PlanAssembler.plan(header: header, overrides: overrides, year: year, table: table)
        out.write(PlanReport.regime(plan) + (plan.reporting.isEmpty
            ? "Chế độ báo cáo: không đọc được kỳ báo cáo nào có hạn; nhiệm vụ thường xuyên báo cáo vào cuối năm\n" : ""))
        return plan
    }

    private func headerOptions() throws(KeHoachError) -> PlanHeader {
        var header = PlanHeader()
        header.number = number
        header.issuer = issuer
        header.title = title
        if let date {
            guard let parsed = DateArgument.date(date) else {
                throw .invalidValue(field: "--date", value: date, expected: "ngày dạng \(DateArgument.forms)", row: nil)
            }
            header.issuedOn = parsed
        }
        return header
    }

    /// The units of `--units` (a plan JSON or a JSON array of units), else the starter directory.
    private func loadUnits() throws -> [KeHoach.Unit] {
        guard let units else { return StarterUnits.all }
        guard let data = FileManager.default.contents(atPath: units) else {
            throw CLIError.kehoach(.invalidValue(field: "--units", value: units, expected: "tệp đọc được", row: nil))
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        if let list = try? decoder.decode([KeHoach.Unit].self, from: data) { return list }
        return try PlanDocument.decode(data).units
    }
}

/// A one-line progress bar on standard error, drawn only on a terminal and only for long
/// imports (more than 200 rows), so pipes and logs stay clean.
final class ProgressBar {
    private let label: String
    private let enabled = isatty(2) == 1
    private var drawn = false

    init(label: String) { self.label = label }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 200, done % 10 == 0 || done == total else { return }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.standardError.write("\r\(label) [\(bar)] \(done)/\(total) dòng")
        drawn = true
    }

    func finish() {
        if drawn { Terminal.standardError.write("\n") }
    }
}
