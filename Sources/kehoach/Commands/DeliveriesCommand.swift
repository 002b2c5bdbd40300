import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach deliveries [--failed | --pending | --sent] [--json]`: what kehoachd sent by e-mail
/// and webhook, what waits for a retry and what was given up, beside
/// `journalctl MESSAGE_ID=2869f924cacf497fb7cd5e8fbe0d025e` (the given-up ones).
struct DeliveriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: Language.text("Thư và webhook kehoachd đã gửi, đang chờ gửi lại, đã thất bại.",
                                en: "The e-mails and webhooks kehoachd sent, is retrying, or gave up."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Flag(name: .long, help: .vi("Chỉ những lần gửi thất bại.", en: "Only those given up.")) var failed = false
    @Flag(name: .long, help: .vi("Chỉ những lần đang chờ gửi (lại).", en: "Only those waiting.")) var pending = false
    @Flag(name: .long, help: .vi("Chỉ những lần đã gửi.", en: "Only those sent.")) var sent = false
    @Option(name: .long, help: .vi("Nhiều nhất bấy nhiêu dòng (mặc định 200).", en: "At most this many (200).")) var limit = 200
    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một lần gửi.", en: "Print JSON, one delivery per line.")) var json = false

    func validate() throws {
        if [failed, pending, sent].filter({ $0 }).count > 1 {
            throw ValidationError(Language.text("Chọn một trong --failed, --pending, --sent.", en: "Choose one of --failed, --pending, --sent."))
        }
        if limit < 1 { throw ValidationError(Language.text("--limit phải từ 1.", en: "--limit must be at least 1.")) }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let state: Delivery.State? = failed ? .failed : pending ? .pending : sent ? .sent : nil
            let scope = try store.org.map { try database.organisationTree($0) }
            let rows = try database.deliveries(state: state, limit: limit).filter { scope?.contains($0.organisationCode) ?? true }
            if json {
                for d in rows {
                    Terminal.standardOutput.write("{\"id\":\(d.id),\"notice_id\":\(JSONString.quote(d.noticeID)),\"channel\":\"\(d.channel.rawValue)\","
                        + "\"org\":\(JSONString.quote(d.organisationCode)),\"unit_id\":\(JSONString.quote(d.unitID)),\"state\":\"\(d.state.rawValue)\","
                        + "\"attempts\":\(d.attempts),\"next_attempt_at\":\"\(d.nextAttemptAt.iso)\",\"recorded_at\":\"\(d.recordedAt.iso)\","
                        + "\"done_at\":\(d.doneAt.map { "\"\($0.iso)\"" } ?? "null"),\"error\":\(d.lastError.map(JSONString.quote) ?? "null")}\n")
                }
                return
            }
            guard !rows.isEmpty else { throw CLIError.nothingFound("Không có lần gửi nào") }
            var table = TextTable(headers: ["Kênh", "Tình trạng", "Tổ chức", "Đơn vị", "Lần thử", "Thời điểm", "Thông báo", "Lỗi"],
                                  maxWidth: [nil, nil, nil, 20, nil, nil, 48, 48])
            let names: [Delivery.State: String] = [.pending: "chờ gửi lại", .sent: "đã gửi", .failed: "thất bại"]
            for d in rows {
                let when = d.state == .pending ? "lần tới \(d.nextAttemptAt.iso)" : (d.doneAt?.iso ?? "")
                table.append([d.channel == .email ? "thư" : "webhook", names[d.state] ?? d.state.rawValue, d.organisationCode,
                              d.unitID, String(d.attempts), when, d.noticeID, d.lastError ?? ""])
            }
            Terminal.standardOutput.write(table.render())
        }
    }
}
