import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import KeHoach
import KeHoachConfig
import KeHoachStore

/// `kehoachd`: the service that checks deadlines and writes notices to the systemd journal.
@main
struct KehoachdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kehoachd",
        abstract: "Dịch vụ kiểm tra thời hạn và ghi thông báo vào nhật ký systemd / checks deadlines and writes notices to the systemd journal.",
        discussion: """
            Chạy như dịch vụ systemd (Type=notify): SIGHUP nạp lại cấu hình, SIGTERM dừng. \
            Không có journald thì in ra đầu ra chuẩn. / Runs as a systemd service; SIGHUP reloads \
            the configuration, SIGTERM stops; without journald it prints to standard output.
            """)

    @Option(name: .long, help: "Tệp cấu hình / configuration file (mặc định \(Config.defaultPath) nếu có).")
    var config: String?

    @Option(name: .long, help: "Tệp cơ sở dữ liệu, thay cho 'database' của cấu hình / database file.")
    var db: String?

    @Option(name: .long, help: "Giờ hiện tại giả định YYYY-MM-DDTHH:MM (thử nghiệm) / pretend now is this local time.")
    var now: String?

    @Option(name: .long, help: "Tính thông báo từ thời điểm này, không theo lần chạy trước / window start for the first cycle.")
    var since: String?

    @Flag(name: .long, help: "Một chu kỳ rồi thoát / run one cycle, then exit.")
    var once = false

    @Flag(name: .long, help: "Chạy ở tiền cảnh (mặc định; kehoachd không tự tách nền) / stay in the foreground.")
    var foreground = false

    @Flag(name: .long, help: "In ra đầu ra chuẩn kể cả khi có journald / print to stdout even with a journal.")
    var stdout = false

    @Flag(name: .long, help: "Chỉ kiểm tra tệp cấu hình / check the configuration file and exit.")
    var checkConfig = false

    func run() throws {
        let status = start()
        if status != 0 { throw ExitCode(status) }
    }

    /// Everything `run` does, returning the exit status: 0, 1 (runtime failure), 2 (bad
    /// configuration or arguments).
    func start() -> Int32 {
        // Block the signals before anything else so none is lost between start and the loop.
        let signals = once ? nil : try? Signals()
        let sink: any NoticeSink = stdout ? StdoutSink() : Sinks.automatic()
        var settings: Config
        let path = config ?? (access(Config.defaultPath, F_OK) == 0 ? Config.defaultPath : nil)
        do {
            settings = try path.map { path throws(KeHoachError) in try ConfigParser.load(path: path) } ?? Config()
        } catch {
            return refuse("Cấu hình không hợp lệ, không khởi động: \(error)", sink: sink)
        }
        if let db { settings.database = db }
        let overrides: String?
        do { overrides = try Daemon.calendarOverrides(for: settings) } catch {
            return refuse("Lịch làm việc không hợp lệ, không khởi động: \(error)", sink: sink)
        }
        if checkConfig {
            print("Cấu hình hợp lệ / configuration OK: \(path ?? "(mặc định)")")
            return 0
        }
        var clock = DaemonClock()
        if let now {
            guard let instant = Instant(local: now) else { return usage("--now cần dạng YYYY-MM-DDTHH:MM, nhận '\(now)'") }
            clock = once ? DaemonClock(frozenAt: instant) : DaemonClock(startingAt: instant)
        }
        var start: Instant?
        if let since {
            guard let instant = Instant(local: since) else { return usage("--since cần dạng YYYY-MM-DDTHH:MM, nhận '\(since)'") }
            start = instant
        }
        let opened: OpenedStore
        do { opened = try OpenedStore(path: settings.database) } catch {
            let entry = JournalEntry(message: "Không mở được cơ sở dữ liệu \(StoreLocation.redacted(settings.database)): \(error)", priority: 3)
            if sink is JournalSink { try? sink.write(entry, at: clock.now()) }
            Console.error("kehoachd: \(entry.message)\n")
            return 1
        }
        let notifier = Notifier()
        let daemon = Daemon(config: settings, configPath: path, store: opened.store, changeToken: opened.changeToken,
                            sink: sink, notifier: notifier, clock: clock)
        daemon.since = start
        daemon.signals = signals
        daemon.logCalendarUpdate(opened.calendarUpdate)
        daemon.adoptLegacyState()
        do { try daemon.adoptCalendarOverrides(overrides, from: settings.calendarOverrides) } catch {
            let message = "Không lưu được lịch điều chỉnh \(settings.calendarOverrides ?? "") vào cơ sở dữ liệu: \(error)"
            daemon.log(.err, message)
            Console.error("kehoachd: \(message)\n")
            return 1
        }
        daemon.loadContactsFile()
        if once {
            do {
                let began = Notifier.monotonicMicroseconds()
                let report = try daemon.cycle()
                let micros = Notifier.monotonicMicroseconds() - began
                Console.error("kehoachd: \(Daemon.status(report, sink: sink.name)); chu kỳ / cycle \(micros / 1000) ms\n")
                return 0
            } catch {
                Console.error("kehoachd: lỗi / error: \(error)\n")
                return 1
            }
        }
        notifier.ready(status: "Đã mở \(StoreLocation.redacted(settings.database)); đang kiểm tra")
        daemon.log(.info, "kehoachd sẵn sàng: cơ sở dữ liệu \(StoreLocation.redacted(settings.database)), giờ kiểm tra \(settings.checkTimeText), ghi vào \(sink.name)",
                   id: MessageID.started)
        do { return try daemon.run() } catch {
            daemon.log(.crit, "kehoachd dừng vì lỗi: \(error)")
            return 1
        }
    }

    /// Says on stderr that the configuration is refused, and in the journal (with its
    /// MESSAGE_ID) when there is one; status 2.
    private func refuse(_ message: String, sink: any NoticeSink) -> Int32 {
        let entry = JournalEntry(message: message, priority: 3, fields: [("MESSAGE_ID", MessageID.configRefused)])
        if sink is JournalSink { try? sink.write(entry, at: DaemonClock().now()) }
        Console.error("kehoachd: \(message)\n")
        return 2
    }

    private func usage(_ message: String) -> Int32 {
        Console.error("kehoachd: \(message)\n")
        return 2
    }
}
