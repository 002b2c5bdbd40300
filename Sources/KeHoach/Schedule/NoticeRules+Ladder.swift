/// The thresholds of one occurrence as working-day ranks: the arithmetic behind
/// ``NoticeRules``, with no dates, strings or allocation.
///
/// For an occurrence whose effective due date has rank `r` (see ``WorkingDayIndex``), with
/// reminders `n₁ > n₂ > …`, overdue interval `E` and escalation `e`:
/// reminder `nᵢ` is at rank `r − nᵢ`, due at `r`, overdue step `k ≥ 0` at `r + 1 + E·k`, and the
/// escalation at `r + e`. Ranks are visited in increasing order; on one rank an overdue notice
/// comes before the escalation.
struct NoticeLadder: Sendable {
    /// Reminder offsets, positive, distinct, decreasing.
    let reminders: [Int]
    /// Overdue interval, at least 1.
    let every: Int
    /// Escalation offset, at least 1, or nil.
    let escalate: Int?

    init(_ settings: NoticeSettings) {
        let s = settings.normalized
        reminders = s.reminders
        every = s.overdueEvery
        escalate = s.escalateAfter
    }

    /// Calls `body(kind, step, rank)` for every threshold with rank in `lo...hi`, in rank order.
    @inline(__always)
    func visit(base r: Int, from lo: Int, through hi: Int, _ body: (NoticeKind, Int, Int) -> Void) {
        guard lo <= hi else { return }
        for n in reminders where r - n >= lo && r - n <= hi { body(.reminder, n, r - n) }
        if r >= lo && r <= hi { body(.due, 0, r) }
        guard hi > r else { return }
        var k = lo <= r + 1 ? 0 : (lo - r - 1 + every - 1) / every
        let escalationRank = escalate.map { r + $0 } ?? 0
        var escalationPending = escalate != nil && escalationRank >= lo && escalationRank <= hi
        while true {
            let q = r + 1 + every * k
            if escalationPending, escalationRank < q {
                body(.escalation, 0, escalationRank)
                escalationPending = false
            }
            guard q <= hi else { break }
            body(.overdue, k, q)
            k += 1
        }
        if escalationPending { body(.escalation, 0, escalationRank) }
    }

    /// The highest threshold rank at or below `s`, or nil when every threshold is above it.
    func latest(base r: Int, atOrBefore s: Int) -> Int? {
        var best: Int?
        if s >= r + 1 { best = r + 1 + every * ((s - r - 1) / every) } else if s >= r { best = r }
        if let e = escalate, r + e <= s { best = max(best ?? r + e, r + e) }
        if best == nil {
            for n in reminders.reversed() where r - n <= s { return r - n }
        }
        return best
    }

    /// The lowest threshold rank at or above `q0` (overdue notices repeat, so there always is one).
    func first(base r: Int, atOrAfter q0: Int) -> Int {
        var best = q0 <= r + 1 ? r + 1 : r + 1 + every * ((q0 - r - 1 + every - 1) / every)
        if r >= q0 { best = r }
        for n in reminders where r - n >= q0 { best = r - n; break }
        if let e = escalate, r + e >= q0, r + e < best { best = r + e }
        return best
    }
}
