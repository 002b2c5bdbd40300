import KeHoach

/// What a change of the store's working calendar did: stored overrides replaced
/// (``SQLiteStore/setCalendarOverrides(_:by:)``) or built-in data updated on opening
/// (``SQLiteStore/calendarUpdateOnOpen``).
///
/// Callers print ``moved`` so that an administrator sees which deadlines the new days off moved.
public struct CalendarChange: Hashable, Sendable {
    /// The fingerprint the stored dates had been computed with (nil: not recorded, a file
    /// expanded before schema v4).
    public var previousFingerprint: String?
    /// The fingerprint of the calendar the stored dates are computed with now.
    public var fingerprint: String
    /// How many plans were expanded again.
    public var plans: Int
    /// The occurrences whose due dates moved, by new effective due date then id.
    public var moved: [DueDateMove]

    /// A change from its parts.
    public init(previousFingerprint: String?, fingerprint: String, plans: Int, moved: [DueDateMove]) {
        self.previousFingerprint = previousFingerprint
        self.fingerprint = fingerprint
        self.plans = plans
        self.moved = moved
    }

    /// True when no stored date was re-dated: the text stored was already the one given, or
    /// differed only in names or comments.
    public var isEmpty: Bool { plans == 0 && moved.isEmpty && previousFingerprint == fingerprint }

    /// "lập lại lịch 2 kế hoạch, 1 lần thực hiện đổi hạn hiệu lực: 1:1.4:2025-06-30 30/06/2025 →
    /// 01/07/2025", naming at most the first ten moves: for audit entries and logs.
    public var summary: String { CalendarChange.summary(of: moved, plans: plans) }

    /// ``summary`` of `moved` over `plans` plans, before the change value exists.
    static func summary(of moved: [DueDateMove], plans: Int) -> String {
        var text = "lập lại lịch \(plans) kế hoạch, \(moved.count) lần thực hiện đổi hạn hiệu lực"
        if !moved.isEmpty {
            text += ": " + moved.prefix(10).map(\.summary).joined(separator: "; ")
            if moved.count > 10 { text += "; và \(moved.count - 10) lần khác" }
        }
        return text
    }
}
