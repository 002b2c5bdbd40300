/// What a cycle does with thresholds it finds already passed: the daemon was down, the machine
/// slept, the clock jumped, or an admin asked for an old window (`--since`).
///
/// Users of comparable tools ask for one message, not a replay: systemd timers' `Persistent=`
/// runs a missed job once, anacron too. A daemon down for a week must not write a week of
/// overdue steps one by one (`catch_up` in kehoachd.conf).
public enum CatchUpPolicy: String, Hashable, Sendable, CaseIterable {
    /// Per occurrence and recipient, one notice: the latest threshold passed, marked late, its
    /// message saying how many steps it stands for and since when (the default).
    case latest
    /// Every threshold on its own, as if the daemon had never stopped.
    case all
    /// Thresholds of earlier days are dropped; only today's are sent.
    case skip

    /// One cycle's notices of one plan (all due in the cycle's window, through `now`) as the
    /// policy sends them.
    ///
    /// Notices are grouped by occurrence and recipients (an escalation goes to the focal unit,
    /// the others to the task's units; an escalation is never merged into the others): a group of one is kept as it is, so a cycle that runs
    /// on time changes nothing. With ``latest`` a larger group becomes its last notice (by due
    /// instant), with ``skip`` every notice due on an earlier day than `now` goes. The ids kept
    /// are the ids the rules give, so the outbox still sends each at most once and a clock set
    /// back repeats nothing.
    public func apply(to notices: [Notice], now: Instant) -> [Notice] {
        switch self {
        case .all: return notices
        case .skip: return notices.filter { $0.dueAt.date >= now.date }
        case .latest:
            var order: [GroupKey] = []
            var groups: [GroupKey: [Notice]] = [:]
            for notice in notices {
                let key = GroupKey(occurrence: notice.occurrenceID, escalation: notice.kind == .escalation,
                                   recipients: notice.recipients)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(notice)
            }
            return order.compactMap { key in
                guard let group = groups[key], let last = group.max(by: { ($0.dueAt, $0.step) < ($1.dueAt, $1.step) }) else {
                    return nil
                }
                return group.count == 1 ? last : CatchUpPolicy.coalesced(last, standingFor: group)
            }
        }
    }

    /// Notices of one occurrence and recipient list. An escalation is its own group even when
    /// the focal unit also leads the task: it is a different message, to be read at once.
    private struct GroupKey: Hashable {
        var occurrence: String
        var escalation: Bool
        var recipients: [String]
    }

    /// `last` as the one notice of `group`: late, and saying how many thresholds it replaces
    /// and from which day ("gộp 12 thông báo từ 01/04/2025").
    static func coalesced(_ last: Notice, standingFor group: [Notice]) -> Notice {
        var notice = last
        notice.late = true
        let first = group.map(\.dueAt).min() ?? last.dueAt
        notice.message += " (Gửi bù: gộp \(group.count) thông báo bị lỡ từ \(first.date.vietnamese))"
        return notice
    }
}
