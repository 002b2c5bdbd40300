import ArgumentParser
import KeHoach

/// `kehoach deadline --year Y [--issued D] [--json] TEXT...`: the deadline parser, one result per text.
struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Phân tích thời hạn viết bằng tiếng Việt / Parse Vietnamese deadline text.",
        discussion: "Với --json: mỗi TEXT một đối tượng JSON trên một dòng / one JSON object per line.")

    @Option(name: .long, help: "Năm của kế hoạch / the plan year.")
    var year: Int

    @Option(name: .long, help: "Ngày ban hành kế hoạch YYYY-MM-DD / the plan's issue date.")
    var issued: String?

    @Flag(name: .long, help: "In JSON / print JSON.")
    var json = false

    @Option(name: .customLong("repeat"), help: ArgumentHelp("Đo thời gian: phân tích mỗi ô N lần / time N parses per text.", visibility: .hidden))
    var repeatCount: Int = 0

    @Argument(help: "Các ô thời hạn / deadline cells.")
    var texts: [String]

    func validate() throws {
        if let issued, CivilDate(iso: issued) == nil {
            throw ValidationError("Ngày '\(issued)' không hợp lệ: cần dạng YYYY-MM-DD")
        }
    }

    func run() throws {
        let issuedOn = issued.flatMap { CivilDate(iso: $0) }
        if repeatCount > 0 { Self.time(texts, year: year, issuedOn: issuedOn, repeat: repeatCount) }
        for text in texts {
            let spec = DeadlineParser.parse(text, planYear: year, issuedOn: issuedOn)
            Terminal.standardOutput.write((json ? spec.json : spec.canonical()) + "\n")
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
