import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach import FILE...`: stores whole plans from plan JSON files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập kế hoạch từ tệp JSON / Import plans from plan JSON files.",
        discussion: "Mỗi tệp được nhập trọn vẹn hoặc không nhập gì / each file imports whole or not at all.")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Chỉ kiểm tra, không ghi / check only, write nothing.")
    var dryRun = false

    @Option(name: .long, help: "Người thực hiện ghi vào nhật ký thay đổi / actor for the audit trail.")
    var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "kehoach"

    @Argument(help: "Tệp kế hoạch JSON / plan JSON files.")
    var files: [String]

    func run() throws {
        try reporting {
            let out = Terminal.standardOutput
            let database = dryRun ? nil : try store.open(create: true)
            var failures = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Terminal.standardError.write("Lỗi: không đọc được tệp '\(file)'\n")
                    failures += 1
                    continue
                }
                do throws(KeHoachError) {
                    let plan = try PlanDocument.decode(data)
                    if let database {
                        let id = try database.importPlan(plan, actor: actor)
                        out.write("Đã nhập kế hoạch \(out.bold(plan.number)) (mã \(id)): \(plan.tasks.count) nhiệm vụ, \(plan.units.count) đơn vị — \(file)\n")
                    } else {
                        out.write("Hợp lệ: kế hoạch \(plan.number), \(plan.tasks.count) nhiệm vụ, \(plan.units.count) đơn vị — \(file) (không ghi)\n")
                    }
                } catch {
                    Terminal.standardError.write("Lỗi ở tệp '\(file)': \(error.message)\n")
                    failures += 1
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
