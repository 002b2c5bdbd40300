import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach export PLAN [-o FILE]`: a stored plan as plan JSON, ready to import elsewhere.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Language.text("Xuất kế hoạch ra JSON.", en: "Export a plan as plan JSON."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Option(name: .shortAndLong, help: .vi("Ghi ra tệp thay vì màn hình.", en: "Write to a file instead of the screen."))
    var output: String?

    @Argument(help: .vi("Số kế hoạch hoặc mã.", en: "Plan number or id."))
    var plan: String

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let id = try database.planID(reference: plan, organisation: store.org)
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
