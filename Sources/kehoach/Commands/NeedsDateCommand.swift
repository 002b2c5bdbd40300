import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach needs-date`: tasks no date could be read for, and tasks waiting for an event.
struct NeedsDateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needs-date",
        abstract: Language.text("Nhiệm vụ cần xác định thời hạn hoặc đang chờ sự kiện.",
                                en: "Tasks needing a date or waiting for an event."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: .vi("Chỉ kế hoạch này.", en: "Only this plan."))
    var plan: String?

    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một nhiệm vụ.", en: "Print JSON, one task per line."))
    var json = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let ids = try plan.map { [try database.planID(reference: $0, organisation: store.org)] } ?? database.plans().map(\.id)
            var table = TextTable(headers: ["Kế hoạch", "TT", "Nhiệm vụ", "Chủ trì", "Thời hạn (nguyên văn)", "Tình trạng"],
                                  maxWidth: [nil, nil, 44, 22, 34, nil])
            var found = 0
            for id in ids {
                let value = try database.plan(id: id)
                let statuses = try database.taskStatuses(planID: id, asOf: DateArgument.today)
                let byRef = Dictionary(uniqueKeysWithValues: value.tasks.map { ($0.ref, $0) })
                let directory = value.directory
                for s in statuses where s.status == .needsDate || s.status == .waitingForEvent {
                    guard let task = byRef[s.taskRef] else { continue }
                    found += 1
                    let lead = task.lead.map { directory.name(of: $0) }.joined(separator: "; ")
                    if json {
                        Terminal.standardOutput.write("{\"plan_number\":\(JSONString.quote(value.number)),\"task_ref\":\(JSONString.quote(task.ref)),\"deadline\":\(JSONString.quote(task.deadline)),\"status\":\"\(s.status.rawValue)\",\"event_key\":\(task.eventKey.map(JSONString.quote) ?? "null")}\n")
                    } else {
                        let state = s.status == .waitingForEvent
                            ? "Chờ sự kiện" + (task.eventKey.map { " '\($0)'" } ?? " (chưa có khóa sự kiện)")
                            : s.status.vietnamese
                        table.append([value.number, task.ref, task.description, lead, task.deadline, state])
                    }
                }
            }
            if json { return }
            guard found > 0 else { throw CLIError.nothingFound("Mọi nhiệm vụ đều đã có thời hạn") }
            Terminal.standardOutput.write(table.render())
        }
    }
}
