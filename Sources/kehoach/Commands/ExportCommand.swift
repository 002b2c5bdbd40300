import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach export PLAN [-o FILE]`: a stored plan as plan JSON, ready to import elsewhere.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất kế hoạch ra JSON / Export a plan as plan JSON.")

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: "Ghi ra tệp thay vì màn hình / write to a file.")
    var output: String?

    @Argument(help: "Số kế hoạch hoặc mã / plan number or id.")
    var plan: String

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let id = try database.planID(reference: plan)
            let text = PlanDocument.encode(try database.plan(id: id)) + "\n"
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                    throw CLIError.kehoach(.storage(code: 0, detail: "không ghi được tệp '\(output)'"))
                }
            } else {
                Terminal.standardOutput.write(text)
            }
        }
    }
}
