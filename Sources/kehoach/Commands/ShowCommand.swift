import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach show PLAN`: a plan as an official reads it, tasks grouped by dimension and by lead unit.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: Language.text("Xem một kế hoạch: nhiệm vụ theo từng nội dung và từng đơn vị chủ trì.",
                                en: "Show a plan: tasks per dimension and per lead unit."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: .vi("Số kế hoạch (vd. 01/KH-UBND) hoặc mã.", en: "Plan number (e.g. 01/KH-UBND) or id."))
    var plan: String

    @Flag(name: .long, help: .vi("In kế hoạch dạng JSON.", en: "Print the plan JSON."))
    var json = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let id = try database.planID(reference: plan, organisation: store.org)
            let value = try database.plan(id: id)
            if json {
                Terminal.standardOutput.write(PlanDocument.encode(value) + "\n")
                return
            }
            Terminal.standardOutput.write(PlanReport.render(value, terminal: .standardOutput))
        }
    }
}
