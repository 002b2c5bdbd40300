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

    /// The four output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, csv, json
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số kế hoạch hoặc mã.", en: "Plan number or id.")) var plan: String
    @Option(name: .long, help: .vi("Kỳ báo cáo: \(ReportPeriodArgument.forms).",
                                           en: "The reporting period: \(ReportPeriodArgument.forms).")) var period: String
    @OptionGroup var asOf: AsOfOption
    @Option(name: .long, help: .vi("Định dạng: md, html, csv, json.", en: "Output format: md, html, csv, json.")) var format: Format = .md
    @Option(name: .shortAndLong, help: .vi("Ghi ra tệp này (mặc định ra màn hình).", en: "Write to this file (default standard output).")) var output: String?

    func validate() throws { try ReportPeriodArgument.validate(period) }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let planID = try database.planID(reference: plan, organisation: store.org)
            let year = try database.plan(id: planID).year
            let chosen = try ReportPeriodArgument.period(period, year: year)
            let report = try ProgressReport.build(store: database, planID: planID, period: chosen,
                                                  periodKey: VietnameseText.fold(period).lowercased(), asOf: asOf.date,
                                                  calendar: try database.calendar)
            let text: String
            switch format {
            case .md: text = MarkdownReport.render(report)
            case .html: text = HTMLReport.render(report)
            case .csv: text = CSVReport.render(report)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                text = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
            }
            if let output {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output))
                } catch {
                    throw CLIError.kehoach(.storage(code: 10, detail: "không ghi được tệp \(output): \(error)"))  // SQLITE_IOERR
                }
                Terminal.standardError.write("Đã ghi báo cáo vào \(output)\n")
            } else {
                Terminal.standardOutput.write(text)
            }
        }
    }
}
