import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// `kehoach plans`: the stored plans, one line each.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: Language.text("Liệt kê các kế hoạch.", en: "List the stored plans."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON."))
    var json = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let scope = try OrganisationScope(store.org, in: database)
            let plans = try database.plans().filter { scope.contains($0.organisationCode) }
            if json {
                let items = plans.map {
                    "{\"id\":\($0.id),\"number\":\(JSONString.quote($0.number)),\"issuer\":\(JSONString.quote($0.issuer)),\"year\":\($0.year),\"title\":\(JSONString.quote($0.title)),\"tasks\":\($0.taskCount),"
                        + "\"plan_key\":\(JSONString.quote($0.key)),\"org\":\(JSONString.quote($0.organisationCode)),\"org_name\":\(JSONString.quote($0.organisationName))}"
                }
                Terminal.standardOutput.write("[" + items.joined(separator: ",") + "]\n")
                return
            }
            guard !plans.isEmpty else { throw CLIError.nothingFound("Chưa có kế hoạch nào trong \(store.path)") }
            var table = TextTable(headers: ["Mã", "Số", "Cơ quan ban hành", "Năm", "Nhiệm vụ", "Tên kế hoạch", "Mã tổ chức"],
                                  maxWidth: [nil, nil, 24, nil, nil, 60, nil])
            for p in plans {
                table.append([String(p.id), p.number, p.issuer, String(p.year), String(p.taskCount), p.title, p.organisationCode])
            }
            Terminal.standardOutput.write(table.render())
        }
    }
}
