/// The settings in force for the notice engine: what kehoachd.conf sets over each plan's own
/// notice settings, how missed thresholds are caught up, when ended plans go quiet, when the day's
/// check runs and how long the daemon may sleep.
///
/// One resolution for everyone: kehoachd, `kehoach check` and `kehoach situation` (which read the
/// same file) and the C API build their ``NoticeRules`` with ``settings(over:)``, so that no two
/// of them compute different notices for the same store and instant.
public struct EngineSettings: Hashable, Sendable {
    /// Working days before the due date for reminders (`reminders = 7, 3, 1`); nil keeps the plan's.
    public var reminders: [Int]?
    /// Working days between overdue notices (`overdue_every = 5`); nil keeps the plan's.
    public var overdueEvery: Int?
    /// Escalation to the focal unit (`escalate_after = 10`, or `off`); nil keeps the plan's.
    public var escalation: Escalation?
    /// Local time of the daily check and of the day's notices, minutes after midnight (07:30).
    public var checkTime: Int
    /// Whether the daily digest per (organisation, lead unit) is written.
    public var digest: Bool
    /// What a cycle does with thresholds already passed (``CatchUpPolicy``).
    public var catchUp: CatchUpPolicy
    /// Calendar days after a plan's last due date before it goes quiet (``QuietPlan``).
    public var quietAfterDays: Int
    /// The longest sleep between two cycles, in seconds.
    public var maxSleepSeconds: Int64

    /// Escalation as a configuration sets it: after some working days, or never.
    public enum Escalation: Hashable, Sendable {
        /// After this many working days overdue.
        case after(Int)
        /// Never.
        case off
    }

    /// DESIGN.md's defaults: the plan's thresholds, check at 07:30, digest on, catch-up `latest`,
    /// quiet 30 days after the last due date, sleep at most an hour.
    public init(reminders: [Int]? = nil, overdueEvery: Int? = nil, escalation: Escalation? = nil,
                checkTime: Int = 7 * 60 + 30, digest: Bool = true, catchUp: CatchUpPolicy = .latest,
                quietAfterDays: Int = 30, maxSleepSeconds: Int64 = 3600) {
        self.reminders = reminders
        self.overdueEvery = overdueEvery
        self.escalation = escalation
        self.checkTime = checkTime
        self.digest = digest
        self.catchUp = catchUp
        self.quietAfterDays = quietAfterDays
        self.maxSleepSeconds = maxSleepSeconds
    }

    /// `base` (a plan's stored settings) with what these settings set put in place: the notice
    /// settings a plan's notices are computed with.
    public func settings(over base: NoticeSettings) -> NoticeSettings {
        let escalate: Int? = switch escalation {
        case .none: base.escalateAfter
        case .off: nil
        case let .after(days): days
        }
        return NoticeSettings(reminders: reminders ?? base.reminders, overdueEvery: overdueEvery ?? base.overdueEvery,
                              escalateAfter: escalate, minuteOfDay: checkTime,
                              defaultEventOffsetDays: base.defaultEventOffsetDays, activity: base.activity)
    }

    /// The rule that silences ended plans under these settings.
    public var quiet: QuietPlan { QuietPlan(graceDays: quietAfterDays) }

    /// A stable digest of everything a stored next-threshold instant depends on besides the plan
    /// itself (``NoticeIndexEntry``): these thresholds, the check time, the grace before quiet, the
    /// working calendar and the engine's version. A store whose index was computed under another
    /// fingerprint is read whole once and indexed again (``NoticeSelection/all``).
    public func indexFingerprint(calendar: WorkingCalendar) -> String {
        var hash = StableHash()
        hash.combine("kehoach-notice-index")
        hash.combine(NoticeCycle.rulesVersion)
        hash.combine(calendar.fingerprint)
        hash.combine((reminders ?? [-1]).map(String.init).joined(separator: ","))
        hash.combine(overdueEvery ?? -1)
        switch escalation {
        case .none: hash.combine(-1)
        case .off: hash.combine(-2)
        case let .after(days): hash.combine(days)
        }
        hash.combine(checkTime)
        hash.combine(quietAfterDays)
        return hash.hex
    }
}
