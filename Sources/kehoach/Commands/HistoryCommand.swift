import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach history [PLAN]`: the audit trail, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: Language.text("Nhật ký thay đổi của một kế hoạch hoặc của toàn bộ cơ sở dữ liệu.",
                                en: "The audit trail of a plan or of the whole store."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một thay đổi.", en: "Print JSON, one entry per line."))
    var json = false

    @Argument(help: .vi("Số kế hoạch hoặc mã (bỏ trống: tất cả).", en: "Plan number or id (all plans when omitted)."))
    var plan: String?

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let id = try plan.map { try database.planID(reference: $0, organisation: store.org) }
            let entries = try database.auditTrail(planID: id)
            if json {
                for e in entries {
                    Terminal.standardOutput.write("{\"id\":\(e.id),\"at\":\(JSONString.quote(e.at)),\"actor\":\(JSONString.quote(e.actor)),\"action\":\(JSONString.quote(e.action)),\"plan_id\":\(e.planID.map(String.init) ?? "null"),\"subject\":\(JSONString.quote(e.subject)),\"detail\":\(JSONString.quote(e.detail))}\n")
                }
                return
            }
            guard !entries.isEmpty else { throw CLIError.nothingFound("Chưa có thay đổi nào được ghi") }
            var table = TextTable(headers: ["Thời điểm", "Người thực hiện", "Thao tác", "Đối tượng", "Chi tiết"],
                                  maxWidth: [nil, 20, nil, 28, 50])
            for e in entries { table.append([Instant(local: e.at)?.vietnamese ?? e.at, e.actor, e.action, e.subject, e.detail]) }
            Terminal.standardOutput.write(table.render())
        }
    }
}
