import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach check [--now T] [--dry-run]`: one engine cycle by hand: the notices due now that
/// the outbox does not hold yet, recorded in the outbox (kehoachd writes them to the journal).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Language.text("Chạy một lượt kiểm tra thời hạn.", en: "Run one deadline check by hand."),
        discussion: Language.text("""
            Tính các thông báo đến hạn tại thời điểm --now (mặc định bây giờ) mà hộp thư đi chưa có, \
            in ra và ghi vào hộp thư đi để kehoachd gửi vào nhật ký hệ thống; --dry-run chỉ in.
            """, en: """
            Computes the notices due at --now (default now) that the outbox does not hold yet, prints \
            them and records them in the outbox for kehoachd to send to the journal; --dry-run only prints.
            """))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var daemonConfig: DaemonConfigOption

    @Option(name: .long, help: .vi("Thời điểm YYYY-MM-DDTHH:MM giờ Việt Nam (mặc định bây giờ).",
                               en: "The instant, YYYY-MM-DDTHH:MM Vietnam time (default now)."))
    var now: String?

    @Flag(name: .long, help: .vi("Chỉ in, không ghi.", en: "Print only, record nothing."))
    var dryRun = false

    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một thông báo.", en: "Print JSON, one notice per line."))
    var json = false

    func validate() throws {
        if let now { _ = try DateArgument.instant(now) }
    }

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: dryRun)
            let instant = try now.map(DateArgument.instant) ?? DateArgument.now
            let notices = try FreshNotices.fresh(in: database, now: instant, config: daemonConfig.load())
            if !dryRun, !notices.isEmpty { _ = try database.recordNotices(notices) }
            if json {
                for n in notices { Terminal.standardOutput.write(NoticeTable.json(n) + "\n") }
                return
            }
            guard !notices.isEmpty else {
                throw CLIError.nothingFound("Không có thông báo mới tại \(instant.date.vietnamese)")
            }
            Terminal.standardOutput.write(NoticeTable.render(notices, terminal: .standardOutput))
            Terminal.standardOutput.write(dryRun
                ? "\(notices.count) thông báo (chạy thử, chưa ghi)\n"
                : "\(notices.count) thông báo đã ghi vào hộp thư đi; kehoachd sẽ gửi vào nhật ký hệ thống\n")
        }
    }
}
