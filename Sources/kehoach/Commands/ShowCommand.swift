import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach show PLAN`: a plan as an official reads it, tasks grouped by dimension and by lead unit.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Xem một kế hoạch / Show a plan: tasks per dimension and per lead unit.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Số kế hoạch (vd. 01/KH-UBND) hoặc mã / plan number or id.")
    var plan: String

    @Flag(name: .long, help: "In kế hoạch dạng JSON / print the plan JSON.")
    var json = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let id = try database.planID(reference: plan)
            let value = try database.plan(id: id)
            if json {
                Terminal.standardOutput.write(PlanDocument.encode(value) + "\n")
                return
            }
            Terminal.standardOutput.write(PlanReport.render(value, terminal: .standardOutput))
        }
    }
}
