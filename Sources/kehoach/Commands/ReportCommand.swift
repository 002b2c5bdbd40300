import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach report PLAN --period 6-thang|9-thang|nam|quy-N [--as-of DATE] --format md|html|csv|json [-o FILE]`:
/// the periodic progress report the focal unit sends to the level above (see docs/reports.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Language.text("Báo cáo kết quả thực hiện kế hoạch theo kỳ.", en: "The periodic progress report of a plan."),
        discussion: Language.text("""
            Số liệu theo thời gian chốt số liệu của kỳ báo cáo trong kế hoạch (nếu không có, là chính kỳ đó).
            CSV: UTF-8 có BOM để Excel đọc đúng tiếng Việt.
            """, en: """
            The data cover the cut-off window of the plan's reporting rule for the period (else the period itself).
            CSV: UTF-8 with a BOM so Excel reads Vietnamese correctly.
            """))

    /// The output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, docx, csv, json
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số kế hoạch hoặc mã; bỏ trống với --org: báo cáo tổng hợp các xã của tổ chức đó (vd. tỉnh).",
                        en: "Plan number or id; left out with --org: the roll-up across that organisation's communes (e.g. a province)."))
    var plan: String?
    @Option(name: .long, help: .vi("Năm của kỳ báo cáo tổng hợp (mặc định năm của --as-of).",
                                   en: "The roll-up's year (default the year of --as-of)."))
    var year: Int?
    @Option(name: .long, help: .vi("Kỳ báo cáo: \(ReportPeriodArgument.forms).",
                                           en: "The reporting period: \(ReportPeriodArgument.forms).")) var period: String
    @OptionGroup var asOf: AsOfOption
    @Option(name: .long, help: .vi("Định dạng: md, html, docx, csv, json (mặc định theo đuôi tệp -o, không có thì md).",
                                   en: "Output format: md, html, docx, csv, json (default from -o's extension, else md).")) var format: Format?
    @Option(name: .shortAndLong, help: .vi("Ghi ra tệp này (mặc định ra màn hình).", en: "Write to this file (default standard output).")) var output: String?
    @OptionGroup var frame: ReportFrameOptions

    /// The format asked for: `--format`, else `-o`'s extension (.md, .html/.htm, .docx, .csv,
    /// .json), else Markdown. An extension that names no format is a usage error, never a guess.
    static func format(explicit: Format?, output: String?) throws -> Format {
        if let explicit { return explicit }
        guard let output else { return .md }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .md }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": return .md
        case "html", "htm": return .html
        case "docx": return .docx
        case "csv": return .csv
        case "json": return .json
        case let other:
            throw ValidationError("Không biết định dạng của tệp '\(output)' (đuôi .\(other)): dùng .md, .html, .docx, .csv, .json hoặc --format")
        }
    }

    func validate() throws {
        try ReportPeriodArgument.validate(period)
        if plan == nil, store.org == nil {
            throw ValidationError("Cần số kế hoạch, hoặc --org MÃ để lập báo cáo tổng hợp các xã của tổ chức đó")
        }
        if try Self.format(explicit: format, output: output) == .docx, output == nil {
            throw ValidationError("Định dạng docx cần tệp ra: -o bao-cao.docx")
        }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            guard let plan else { return try rollUp(database) }
            let planID = try database.planID(reference: plan, organisation: store.org)
            let year = try database.plan(id: planID).year
            let chosen = try ReportPeriodArgument.period(period, year: year)
            let report = try ProgressReport.build(store: database, planID: planID, period: chosen,
                                                  periodKey: VietnameseText.fold(period).lowercased(), asOf: asOf.date,
                                                  calendar: try database.calendar)
            let data: Data
            switch try Self.format(explicit: format, output: output) {
            case .md: data = Data(MarkdownReport.render(OfficialReport.document(report, options: frame.frame)).utf8)
            case .html: data = Data(HTMLReport.render(OfficialReport.document(report, options: frame.frame)).utf8)
            case .docx: data = try DocxReport.render(OfficialReport.document(report, options: frame.frame))
            case .csv: data = Data(CSVReport.render(report).utf8)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                data = try encoder.encode(report) + Data("\n".utf8)
            }
            try write(data)
        }
    }

    /// `--org PROVINCE` without a plan: the roll-up across the organisations under it.
    private func rollUp(_ database: any ScheduleStore) throws {
        let chosen = try ReportPeriodArgument.period(period, year: year ?? asOf.date.year)
        let rollUp = try ProvinceRollUp.build(store: database, organisation: store.org ?? "", from: chosen.start, to: chosen.end,
                                              asOf: asOf.date)
        let label = chosen.vietnamese.lowercasedFirst
        let data: Data
        switch try Self.format(explicit: format, output: output) {
        case .md: data = Data(MarkdownReport.render(RollUpReport.document(rollUp, periodLabel: label, options: frame.frame)).utf8)
        case .html: data = Data(HTMLReport.render(RollUpReport.document(rollUp, periodLabel: label, options: frame.frame)).utf8)
        case .docx: data = try DocxReport.render(RollUpReport.document(rollUp, periodLabel: label, options: frame.frame))
        case .csv: data = Data(RollUpReport.csv(rollUp).utf8)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            data = try encoder.encode(rollUp) + Data("\n".utf8)
        }
        try write(data)
    }

    /// Writes the report to `-o` whole (or not at all), or to standard output.
    private func write(_ data: Data) throws {
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError.kehoach(.storage(code: 10, detail: "không ghi được tệp \(output): \(error)"))  // SQLITE_IOERR
            }
            Terminal.standardError.write("Đã ghi báo cáo vào \(output)\n")
        } else {
            Terminal.standardOutput.write(String(decoding: data, as: UTF8.self))
        }
    }
}
