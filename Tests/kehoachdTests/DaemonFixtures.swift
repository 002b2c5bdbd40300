import Foundation
import KeHoach
import KeHoachConfig
import KeHoachStore
@testable import kehoachd

/// The package root, found by walking up from this file.
let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// The text of a file of the package.
func packageFile(_ path: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
}

/// The plan of `examples/<name>.json`.
func examplePlan(_ name: String) throws -> Plan {
    try PlanDocument.decode(try packageFile("examples/\(name).json"))
}

/// `YYYY-MM-DDTHH:MM` as an instant (test literals).
func at(_ text: String) -> Instant { Instant(local: text)! }

/// A sink that keeps what it is given, in order: the journal as the tests read it back.
final class RecordingSink: NoticeSink {
    let name = "memory"
    var entries: [JournalEntry] = []
    /// Notice entries only (the daemon's own log lines carry no KEHOACH_NOTICE_ID).
    var notices: [JournalEntry] { entries.filter { $0.value(of: "KEHOACH_NOTICE_ID") != nil } }
    var noticeIDs: [String] { notices.compactMap { $0.value(of: "KEHOACH_NOTICE_ID") } }

    func write(_ entry: JournalEntry, at now: Instant) throws(SystemError) { entries.append(entry) }
}

/// A daemon over a fresh SQLite store holding the given example plans, in a temporary directory.
final class DaemonFixture {
    let directory: URL
    let store: SQLiteStore
    let sink = RecordingSink()
    let daemon: Daemon

    /// `calendarOverrides`: the text of a calendar override file written beside the store and
    /// named by the configuration's `calendar_overrides` (``calendarPath``).
    init(plans: [String] = ["da-loc-2025"], config: Config = Config(), calendarOverrides: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kehoachd-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("kehoach.db").path
        store = try SQLiteStore(path: path)
        for name in plans { _ = try store.importPlan(try examplePlan(name), actor: "test") }
        var config = config
        config.database = path
        if let calendarOverrides {
            let file = directory.appendingPathComponent("calendar.conf")
            try calendarOverrides.write(to: file, atomically: true, encoding: .utf8)
            config.calendarOverrides = file.path
        }
        let store = store
        daemon = Daemon(config: config, configPath: nil, store: store, changeToken: { try store.dataVersion },
                        sink: sink, notifier: Notifier(), clock: DaemonClock(frozenAt: at("2025-01-01T00:00")))
    }

    /// One cycle with the clock reading `now`.
    @discardableResult
    func cycle(at now: String, since: String? = nil) throws -> Daemon.CycleReport {
        daemon.clock = DaemonClock(frozenAt: at(now))
        daemon.since = since.map(at)
        return try daemon.cycle()
    }

    /// The calendar override file the configuration names (written only when the fixture was
    /// given one).
    var calendarPath: String { directory.appendingPathComponent("calendar.conf").path }

    /// What kehoachd does at start with its configuration's `calendar_overrides`: read and check
    /// the file, then store it in the store when it differs.
    @discardableResult
    func adoptConfiguredCalendar() throws -> CalendarChange? {
        try daemon.adoptCalendarOverrides(try Daemon.calendarOverrides(for: daemon.config),
                                          from: daemon.config.calendarOverrides)
    }

    /// Rows of the outbox not yet marked sent.
    func unsent() throws -> Int { try store.unsentNotices(limit: 100_000).count }

    deinit {
        store.close()
        try? FileManager.default.removeItem(at: directory)
    }
}

extension Config {
    /// A daemon that replays every threshold (`catch_up = all`), for the tests of the notice
    /// ladder itself, whose cycles jump over several thresholds; `catch_up = latest`, the
    /// default, has its own tests (DaemonCycleTests).
    static var replaying: Config {
        var config = Config()
        config.catchUp = .all
        return config
    }
}
