extension NoticeRules {
    /// The earliest instant after `now` at which any notice of `context`'s open occurrences falls
    /// due, so the daemon can sleep until then; nil when no occurrence is open.
    ///
    /// It is the smallest ``Notice/dueAt`` greater than `now` over the whole notice set described
    /// on ``NoticeRules``: so `notices(for:closed:after: now, through: t)` is empty for every
    /// `t` before it and not empty at it.
    public func nextDue(for context: NoticeContext, closed: Set<String>, after now: Instant) -> Instant? {
        nextDue(for: context.occurrences, closed: closed, notBefore: context.notBefore, after: now)
    }

    /// ``nextDue(for:closed:after:)`` over bare occurrences, with `notBefore` the start of their
    /// plan's notices.
    public func nextDue(for occurrences: [Occurrence], closed: Set<String>, notBefore: Instant? = nil,
                        after now: Instant) -> Instant? {
        let first = firstRank(after: now)
        let planStale = notBefore.map(staleBound)
        var bestRank = Int.max
        var bestStart: Instant?
        for occurrence in occurrences where !closed.contains(occurrence.id) {
            let r = baseRank(occurrence)
            let start = NoticeRules.later(notBefore, occurrence.notBefore)
            let stale = occurrence.notBefore == nil ? planStale : start.map(staleBound)
            if let start, let stale, start > now, ladder.latest(base: r, atOrBefore: stale) != nil {
                // A catch-up is due at the start, before any of the occurrence's later thresholds.
                if bestStart.map({ start < $0 }) ?? true { bestStart = start }
                continue
            }
            let rank = ladder.first(base: r, atOrAfter: max(first, (stale ?? Int.min / 4) + 1))
            if rank < bestRank { bestRank = rank }
        }
        let byRank = bestRank == Int.max ? nil : instant(ofRank: bestRank)
        guard let bestStart else { return byRank }
        return byRank.map { min($0, bestStart) } ?? bestStart
    }
}
