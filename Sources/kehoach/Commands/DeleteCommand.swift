import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach delete PLAN --yes`: removes a plan imported by mistake, with everything recorded
/// under it. Without `--yes` it only says what would go, so nothing is lost by a slip.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: Language.text("Xóa một kế hoạch và mọi thứ đã ghi nhận theo nó (cần --yes).",
                                en: "Delete a plan and everything recorded under it (needs --yes)."),
        discussion: Language.text("""
            Không có --yes: chỉ in những gì sẽ bị xóa. Nhật ký thay đổi và các thông báo đã gửi vào nhật ký hệ \
            thống được giữ lại; thông báo chưa gửi bị bỏ.
            """, en: """
            Without --yes it only prints what would go. The audit trail and the notices already written to the \
            journal are kept; notices not yet sent are dropped.
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Argument(help: .vi("Số kế hoạch hoặc mã.", en: "Plan number or id.")) var plan: String
    @Flag(name: .long, help: .vi("Xác nhận xóa.", en: "Confirm the deletion.")) var yes = false
    @OptionGroup var actor: ActorOption

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: !yes)
            let id = try database.planID(reference: plan, organisation: store.org)
            let value = try database.plan(id: id)
            let records = try database.occurrences(OccurrenceQuery(planID: id, asOf: DateArgument.today))
            let recorded = records.filter { $0.completion != nil }.count
            let what = "kế hoạch \(value.number) của \(value.issuer) (mã \(id)): \(value.tasks.count) nhiệm vụ, "
                + "\(records.count) lần thực hiện, \(recorded) kết quả đã ghi nhận"
            guard yes else {
                Terminal.standardError.write("Sẽ xóa \(what). Không hoàn tác được; chạy lại với --yes để xóa.\n")
                throw ExitCode(2)
            }
            try database.deletePlan(id: id, actor: actor.by)
            Terminal.standardOutput.write("Đã xóa \(what).\n")
        }
    }
}
