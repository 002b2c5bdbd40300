/// When a plan that has ended stops repeating its overdue notices.
///
/// Of 2,034 notices of a six-month window, 1,754 were for plans of two and three years
/// before ("đã quá hạn 731 ngày làm việc"): a plan's officers moved on long ago. After the
/// plan's last due date plus a grace (30 days by default, as `kehoach situation` hides plans),
/// its overdue and escalation notices are no longer sent; the occurrences stay overdue in
/// reports, digests and queries. An administrator can keep a plan active, or silence one now.
public struct QuietPlan: Hashable, Sendable {
    /// What the administrator decided for a plan.
    public enum Activity: String, Hashable, Sendable, CaseIterable {
        /// Quiet after its last due date plus the grace (the default).
        case auto
        /// Never quiet: its overdue notices repeat whatever its dates.
        case keepActive = "keep_active"
        /// Quiet now: no overdue or escalation notices at all.
        case silenced
    }

    /// Calendar days after the plan's last effective due date before it goes quiet.
    public var graceDays: Int

    /// The rule with `graceDays` of grace (30 by default).
    public init(graceDays: Int = 30) {
        self.graceDays = graceDays
    }

    /// The first day on which the plan of `context` is quiet, or nil when it never is.
    public func quietFrom(_ context: NoticeContext, activity: Activity) -> CivilDate? {
        quietFrom(lastDue: context.occurrences.map(\.effectiveDue).max(), activity: activity)
    }

    /// The first day on which a plan whose last effective due date is `lastDue` is quiet, or nil
    /// when it never is (kept active, or no occurrence at all).
    public func quietFrom(lastDue: CivilDate?, activity: Activity) -> CivilDate? {
        switch activity {
        case .keepActive: return nil
        case .silenced: return CivilDate(dayNumber: 0)  // 01/01/1970: before any plan
        case .auto: return lastDue.map { $0.adding(days: graceDays + 1) }
        }
    }

    /// Whether a plan whose last effective due date is `lastDue` is still current on `day`: it
    /// has not reached the end of its grace (the day it would go quiet by its dates alone). The
    /// one definition of a current plan: `kehoach situation` lists current plans, kehoachd
    /// stops repeating the overdue notices of the others.
    public func isCurrent(lastDue: CivilDate?, on day: CivilDate) -> Bool {
        quietFrom(lastDue: lastDue, activity: .auto).map { day < $0 } ?? true
    }

    /// `notices` of the plan of `context` without the overdue and escalation notices due once
    /// it is quiet. Reminders and due notices are never dropped: they precede the last due date.
    public func filter(_ notices: [Notice], context: NoticeContext, activity: Activity) -> [Notice] {
        filter(notices, quietFrom: quietFrom(context, activity: activity))
    }

    /// `notices` without the overdue and escalation notices due on or after `quietFrom`.
    public func filter(_ notices: [Notice], quietFrom quiet: CivilDate?) -> [Notice] {
        guard let quiet else { return notices }
        return notices.filter { !silences($0, quietFrom: quiet) }
    }

    /// Whether a plan quiet from `quiet` keeps `notice` back: an overdue or escalation notice
    /// due on or after that day.
    public func silences(_ notice: Notice, quietFrom quiet: CivilDate) -> Bool {
        (notice.kind == .overdue || notice.kind == .escalation) && notice.dueAt.date >= quiet
    }
}
