import KeHoach

/// kehoachd's settings, read from `/etc/kehoach/kehoachd.conf` (see `systemd/kehoachd.conf`
/// and docs/admin.md); every key is optional and defaults to DESIGN.md's values.
///
/// Notice thresholds set here replace the ones stored with each plan; keys left out keep each
/// plan's own (which default to reminders 7, 3, 1, overdue every 5, escalation after 10).
public struct Config: Hashable, Sendable {
    /// The installed configuration file.
    public static let defaultPath = "/etc/kehoach/kehoachd.conf"
    /// The installed store.
    public static let defaultDatabase = "/var/lib/kehoach/kehoach.db"

    /// The SQLite store (`database =`).
    public var database = Config.defaultDatabase
    /// Local time of the daily check and of the day's notices, minutes after midnight
    /// (`check_time = 07:30`).
    public var checkTime = 7 * 60 + 30
    /// Working days before the due date for reminders (`reminders = 7, 3, 1`); nil keeps the plan's.
    public var reminders: [Int]?
    /// Working days between overdue notices (`overdue_every = 5`); nil keeps the plan's.
    public var overdueEvery: Int?
    /// Escalation after this many working days overdue (`escalate_after = 10`, or `off`); nil
    /// keeps the plan's.
    public var escalation: Escalation?
    /// Whether the daily digest per unit is written (`digest = yes`).
    public var digest = true
    /// The least important of the daemon's own messages that are logged (`log_level = info`);
    /// notices are always written.
    public var logLevel = LogLevel.info
    /// What a cycle does with thresholds already passed (`catch_up = latest | all | skip`).
    public var catchUp = CatchUpPolicy.latest
    /// Calendar days after a plan's last due date before its overdue notices stop
    /// (`quiet_after = 30`; ``QuietPlan``).
    public var quietAfterDays = 30
    /// The longest sleep between two cycles, in seconds (`max_sleep = 1h`).
    public var maxSleepSeconds: Int64 = 3600
    /// An admin file of calendar changes (`calendar_overrides = /etc/kehoach/calendar.conf`),
    /// in the format of docs/calendar.md.
    public var calendarOverrides: String?
    /// Alerts by e-mail and webhook (`smtp_*`, `webhook_*`, `delivery_*`, `contacts_file`).
    public var delivery = DeliveryConfig()

    /// A configuration with every key at its default.
    public init() {}

    /// Escalation: after some working days, or never (the engine's own type).
    public typealias Escalation = EngineSettings.Escalation

    /// The settings the notice engine runs with under this file (``NoticeCycle``): the one
    /// resolution kehoachd, `kehoach check` and `kehoach situation` share.
    public var engine: EngineSettings {
        EngineSettings(reminders: reminders, overdueEvery: overdueEvery, escalation: escalation, checkTime: checkTime,
                       digest: digest, catchUp: catchUp, quietAfterDays: quietAfterDays, maxSleepSeconds: maxSleepSeconds)
    }

    /// `base` (a plan's settings) with what this file sets put in place
    /// (``EngineSettings/settings(over:)``).
    public func settings(over base: NoticeSettings) -> NoticeSettings { engine.settings(over: base) }

    /// `HH:MM` of ``checkTime``.
    public var checkTimeText: String {
        let h = checkTime / 60, m = checkTime % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}

/// Syslog levels for the daemon's own messages.
public enum LogLevel: Int, Hashable, Sendable, CaseIterable {
    case emerg = 0, alert, crit, err, warning, notice, info, debug

    /// The level named `name` (`warning`, `err`, ..., or a digit 0-7), accepting the usual aliases.
    public init?(name: String) {
        let aliases: [String: LogLevel] = [
            "emerg": .emerg, "emergency": .emerg, "alert": .alert, "crit": .crit, "critical": .crit,
            "err": .err, "error": .err, "warning": .warning, "warn": .warning, "notice": .notice,
            "info": .info, "debug": .debug,
        ]
        if let level = aliases[name.lowercased()] { self = level; return }
        guard let n = Int(name), let level = LogLevel(rawValue: n) else { return nil }
        self = level
    }
}
