import ArgumentParser
import KeHoach

/// `kehoach deadline --year Y [--issued D] [--json] TEXT...`: the deadline parser, one result per text.
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: Language.text("Phân tích thời hạn viết bằng tiếng Việt.", en: "Parse Vietnamese deadline text."),
        discussion: Language.text("Mỗi TEXT một dòng cách đọc, rồi mỗi điều cần xem lại một dòng bắt đầu bằng '  ! '. Với --json: mỗi TEXT một đối tượng JSON trên một dòng.",
                                  en: "One line of reading per TEXT, then one line per thing to review, starting with '  ! '. With --json: one JSON object per TEXT, each on its own line."))

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: .vi("Năm của kế hoạch.", en: "The plan year."))
    var year: Int

    @Option(name: .long, help: .vi("Ngày ban hành kế hoạch (YYYY-MM-DD hoặc dd/MM/yyyy).", en: "The plan's issue date, YYYY-MM-DD or dd/MM/yyyy."))
    var issued: String?

    @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON."))
    var json = false

    @Option(name: .customLong("repeat"),
            help: ArgumentHelp(Language.text("Đo thời gian: phân tích mỗi ô N lần.", en: "Timing: parse each text N times."),
                               visibility: .hidden))
    var repeatCount: Int = 0

    @Argument(help: .vi("Các ô thời hạn.", en: "The deadline cells."))
    var texts: [String]

    func validate() throws {
        if let issued { _ = try DateArgument.parse(issued, option: "--issued") }
    }

    func run() throws {
        let issuedOn = issued.flatMap(DateArgument.date)
        if repeatCount > 0 { Self.time(texts, year: year, issuedOn: issuedOn, repeat: repeatCount) }
        for text in texts {
            let spec = DeadlineParser.parse(text, planYear: year, issuedOn: issuedOn)
            Terminal.standardOutput.write((json ? spec.json : spec.canonical()) + "\n")
            // Plain output shows what needs review under the reading, so nothing reads as understood silently.
            // ("Không hiểu thời hạn" is left out: the reading already says "Cần nhập ngày: '...'".)
            if !json {
                for diagnostic in spec.diagnostics where !(spec.unspecified && diagnostic.hasPrefix("Không hiểu thời hạn:")) {
                    Terminal.standardOutput.write("  ! \(diagnostic)\n")
                }
            }
        }
    }

    /// Prints the mean nanoseconds per parse to standard error, for scripts/compare_dateparser.py.
    static func time(_ texts: [String], year: Int, issuedOn: CivilDate?, repeat count: Int) {
        let clock = ContinuousClock()
        var sink = 0
        let elapsed = clock.measure {
            for _ in 0..<count {
                for text in texts { sink &+= DeadlineParser.parse(text, planYear: year, issuedOn: issuedOn).milestones.count }
            }
        }
        let ns = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        Terminal.standardError.write("ns_per_parse=\(ns / Double(count * max(1, texts.count)))\nmilestones=\(sink)\n")
    }
}
