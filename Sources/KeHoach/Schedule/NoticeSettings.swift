/// How and when a plan's notices fall due: thresholds in working days, and the time of day.
///
/// Defaults are DESIGN.md's: reminders 7, 3 and 1 working days before, a notice on the due day,
/// overdue the next working day and then every 5 working days, escalation to the focal unit after
/// 10 working days overdue, all at 07:30 local time.
public struct NoticeSettings: Hashable, Sendable, Codable {
    /// Working days before the effective due date at which reminders fall due, e.g. [7, 3, 1].
    public var reminders: [Int]
    /// Working days between repeated overdue notices.
    public var overdueEvery: Int
    /// Working days overdue after which the focal unit is told; nil turns escalation off.
    public var escalateAfter: Int?
    /// Local time of day (minutes after midnight) at which a day's notices fall due.
    public var minuteOfDay: Int
    /// Calendar days after an event within which an event-triggered task is due, when its
    /// deadline cell names no offset.
    public var defaultEventOffsetDays: Int

    /// DESIGN.md's defaults.
    public static let standard = NoticeSettings()

    public init(reminders: [Int] = [7, 3, 1], overdueEvery: Int = 5, escalateAfter: Int? = 10,
                minuteOfDay: Int = 7 * 60 + 30, defaultEventOffsetDays: Int = 30) {
        self.reminders = reminders.filter { $0 > 0 }.sorted(by: >)
        self.overdueEvery = max(1, overdueEvery)
        self.escalateAfter = escalateAfter.map { max(1, $0) }
        self.minuteOfDay = min(max(0, minuteOfDay), 24 * 60 - 1)
        self.defaultEventOffsetDays = max(0, defaultEventOffsetDays)
    }
}

/// The kinds of notice, each with its journal priority (syslog levels).
public enum NoticeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Before the due date (PRIORITY 6, info).
    case reminder
    /// On the due date (PRIORITY 5, notice).
    case due
    /// After the due date, repeated (PRIORITY 4, warning).
    case overdue
    /// Long overdue, to the focal unit (PRIORITY 3, err).
    case escalation

    /// The syslog priority the journal entry carries.
    public var priority: Int {
        switch self {
        case .reminder: 6
        case .due: 5
        case .overdue: 4
        case .escalation: 3
        }
    }

    /// The Vietnamese word for the kind.
    public var vietnamese: String {
        switch self {
        case .reminder: "Nhắc việc"
        case .due: "Đến hạn"
        case .overdue: "Quá hạn"
        case .escalation: "Báo cáo đầu mối"
        }
    }
}
