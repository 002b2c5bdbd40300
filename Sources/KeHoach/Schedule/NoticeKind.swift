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
