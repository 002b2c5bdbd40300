@testable import KeHoach

/// The notice rules written the slow, obvious way, to check the engine against: every threshold
/// of every open occurrence enumerated with `WorkingCalendar.adding(workingDays:to:)`, stale ones
/// (before the occurrence's start) collapsed into the latest, each with the instant it is due.
struct NoticeOracle {
    let settings: NoticeSettings
    let calendar: WorkingCalendar

    /// (notice id, instant due) of one occurrence, overdue notices enumerated through `horizon`.
    func notices(of o: Occurrence, planStart: Instant?, horizon: CivilDate) -> [(id: String, at: Instant)] {
        let due = calendar.nextWorkingDay(onOrAfter: o.effectiveDue)
        func at(_ d: CivilDate) -> Instant { Instant(date: d, hour: settings.minuteOfDay / 60, minute: settings.minuteOfDay % 60) }
        var all: [(id: String, at: Instant)] = []
        for n in settings.reminders { all.append(("\(o.id)/reminder/\(n)", at(calendar.adding(workingDays: -n, to: due)))) }
        all.append(("\(o.id)/due/0", at(due)))
        var k = 0
        while case let d = calendar.adding(workingDays: 1 + settings.overdueEvery * k, to: due), d <= horizon {
            all.append(("\(o.id)/overdue/\(k)", at(d)))
            k += 1
        }
        if let e = settings.escalateAfter { all.append(("\(o.id)/escalation/0", at(calendar.adding(workingDays: e, to: due)))) }
        let start = [planStart, o.notBefore].compactMap { $0 }.max()
        guard let start else { return all }
        let stale = all.filter { $0.at < start }
        guard let latest = stale.map(\.at).max() else { return all }
        return stale.filter { $0.at == latest }.map { ($0.id, start) } + all.filter { $0.at >= start }
    }

    /// Every notice of a context's open occurrences.
    func notices(of context: NoticeContext, closed: Set<String>, horizon: CivilDate) -> [(id: String, at: Instant)] {
        context.occurrences.filter { !closed.contains($0.id) }
            .flatMap { notices(of: $0, planStart: context.notBefore, horizon: horizon) }
    }
}
