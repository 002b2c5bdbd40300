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

    @Argument(help: "Các ô thời hạn / deadline cells.")
    var texts: [String]

    func validate() throws {
        if let issued, CivilDate(iso: issued) == nil {
            throw ValidationError("Ngày '\(issued)' không hợp lệ: cần dạng YYYY-MM-DD")
        }
    }

    func run() throws {
        let issuedOn = issued.flatMap { CivilDate(iso: $0) }
        for text in texts {
            let spec = DeadlineParser.parse(text, planYear: year, issuedOn: issuedOn)
            Terminal.standardOutput.write((json ? spec.json : spec.canonical()) + "\n")
        }
    }
}
