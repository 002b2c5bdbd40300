import KeHoach
@testable import KeHoachStore
import Testing
@testable import kehoachd

/// The cycle as kehoachd computed it before it streamed the store: every plan's inputs read at
/// once (`noticeInputs()`), then the window's notices (with the unseen margin), the digest, the
/// next wake-up and the overdue count over that array. The oracle of ``DaemonStreamingTests``,
/// written out here so that it does not share the daemon's code.
struct AllAtOnceCycle {
    /// The notices step 1 hands the outbox, in plan order.
    var notices: [Notice] = []
    /// The digest's entries, when the day's digest is owed (else empty).
    var digest: [JournalEntry] = []
    /// When the next cycle should run.
    var next: Instant
    /// Open occurrences past their effective due date.
    var overdue = 0

    /// The cycle at `now` of a daemon with `config` whose state file holds `state`, with
    /// `since` given (`--since`) or not.
    init(store: SQLiteStore, config: Config, state: StateFile.State, since: Instant?, now: Instant) throws {
        let calendar = try store.calendar
        let after = since ?? state.lastCycle ?? Instant(date: now.date)
        let lookBack = since == nil ? state.lastCycle.map { Instant(seconds: $0.seconds - Daemon.unseenMargin) } : nil
        let inputs = try store.noticeInputs()
        let contexts = inputs.map { $0.context(after: lookBack ?? after, through: now) }
        let rules = inputs.map { NoticeRules(settings: config.settings(over: $0.settings), calendar: calendar) }

        if now > after {
            for ((input, context), rules) in zip(zip(inputs, contexts), rules) {
                notices += rules.notices(for: context, closed: input.closed, after: after, through: now)
                if let lookBack {
                    notices += Daemon.unseen(context, closed: input.closed, rules: rules, from: lookBack, after: after, now: now)
                }
            }
        }
        if config.digest, calendar.isWorkingDay(now.date), now.minuteOfDay >= config.checkTime,
           state.lastDigest.map({ $0 < now.date }) ?? true {
            digest = Digest(day: now.date, lines: AllAtOnceCycle.digestLines(inputs, day: now.date)).entries
        }

        next = Instant(seconds: now.seconds + config.maxSleepSeconds)
        var day = now.date
        for _ in 0..<60 {
            let check = Instant(date: day, hour: config.checkTime / 60, minute: config.checkTime % 60)
            if check > now, calendar.isWorkingDay(day) {
                next = min(next, check)
                break
            }
            day = day.adding(days: 1)
        }
        for ((input, context), rules) in zip(zip(inputs, contexts), rules) {
            if let due = rules.nextDue(for: context, closed: input.closed, after: now) { next = min(next, due) }
        }
        overdue = inputs.reduce(0) { count, input in
            count + input.context.occurrences.filter { !input.closed.contains($0.id) && $0.effectiveDue < now.date }.count
        }
    }

    /// The digest's lines over every input at once, as `Digest(inputs:day:)` counted them: one
    /// line per (organisation, lead unit id), by organisation code then unit name.
    static func digestLines(_ inputs: [NoticeInput], day: CivilDate) -> [Digest.Line] {
        let weekEnd = day.adding(days: 7 - day.weekday)
        var byUnit: [String: Digest.Line] = [:]
        func bump(_ lines: [Digest.Line], _ change: (inout Digest.Line) -> Void) {
            for line in Set(lines) {
                let key = line.organisation + "|" + (line.unitID.isEmpty ? line.unit : line.unitID)
                var counted = byUnit[key] ?? line
                change(&counted)
                byUnit[key] = counted
            }
        }
        for input in inputs {
            let context = input.context
            func leads(_ ref: String) -> [Digest.Line] {
                let lead = context.tasks[ref]?.lead ?? []
                let org = context.organisation
                return lead.isEmpty
                    ? [Digest.Line(unit: "(chưa giao)", organisation: org.code, organisationName: org.name)]
                    : lead.map { Digest.Line(unit: context.unitName($0), unitID: $0, organisation: org.code, organisationName: org.name) }
            }
            var refsWithOccurrences: Set<String> = []
            for occurrence in context.occurrences {
                refsWithOccurrences.insert(occurrence.taskRef)
                guard !input.closed.contains(occurrence.id) else { continue }
                if occurrence.effectiveDue < day {
                    bump(leads(occurrence.taskRef)) { $0.overdue += 1 }
                } else if occurrence.effectiveDue <= weekEnd {
                    bump(leads(occurrence.taskRef)) { $0.dueThisWeek += 1 }
                }
            }
            for (ref, task) in context.tasks where !refsWithOccurrences.contains(ref) && task.eventKey == nil {
                bump(leads(ref)) { $0.needsDate += 1 }
            }
        }
        return byUnit.values.sorted { ($0.organisation, $0.unit, $0.unitID) < ($1.organisation, $1.unit, $1.unitID) }
    }
}
