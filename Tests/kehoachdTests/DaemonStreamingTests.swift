import KeHoach
import KeHoachConfig
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

    /// The cycle at `now` of a daemon with `config` whose stored state is `state`, with
    /// `since` given (`--since`) or not.
    init(store: SQLiteStore, config: Config, state: DaemonState, since: Instant?, now: Instant) throws {
        let calendar = try store.calendar
        let after = since ?? state.lastCycle ?? Instant(date: now.date)
        let lookBack = since == nil ? state.lastCycle.map { Instant(seconds: $0.seconds - NoticeCycle.unseenMargin) } : nil
        let inputs = try store.noticeInputs()
        let contexts = inputs.map { $0.context(after: lookBack ?? after, through: now) }
        let rules = inputs.map { NoticeRules(settings: config.settings(over: $0.settings), calendar: calendar) }

        if now > after {
            for ((input, context), rules) in zip(zip(inputs, contexts), rules) {
                var plan = rules.notices(for: context, closed: input.closed, after: after, through: now)
                if let lookBack {
                    plan += NoticeCycle.unseen(context, closed: input.closed, rules: rules, from: lookBack, after: after, now: now)
                }
                plan = QuietPlan(graceDays: config.quietAfterDays).filter(plan, context: context, activity: input.settings.activity)
                notices += config.catchUp.apply(to: plan, now: now)
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
        // Brute force: the first notice actually sent after the window (a quiet plan's
        // overdue steps are not), over the longest sleep.
        let from = max(now, after)
        let horizon = Instant(seconds: now.seconds + config.maxSleepSeconds)
        for ((input, context), rules) in zip(zip(inputs, contexts), rules) where horizon > from {
            let ahead = QuietPlan(graceDays: config.quietAfterDays).filter(
                rules.notices(for: context, closed: input.closed, after: from, through: horizon),
                context: context, activity: input.settings.activity)
            if let due = ahead.map(\.dueAt).min() { next = min(next, due) }
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

@Suite("The cycle reads the store plan by plan and does exactly what reading it all at once did")
struct DaemonStreamingTests {
    /// A step of the scenario: a cycle at `now` (with `--since` when given), or a change to the
    /// store between cycles.
    enum Step {
        case cycle(String, since: String? = nil)
        case change((DaemonFixture) throws -> Void)
    }

    /// The three example plans, imported at fixed instants (the store stamps the wall clock),
    /// some work done, an event recorded late; cycles on working days at and after the check
    /// time (digest), on a weekend, within the unseen margin of an import and of an event's
    /// recording, with `--since`, and with the clock set back.
    static var steps: [Step] { [
        .change { fixture in
            for (planID, importedAt) in [(1, "2022-04-08T10:00"), (2, "2025-03-15T09:00"), (3, "2023-06-01T08:00")] {
                try fixture.store.database.run("UPDATE plans SET imported_at = ? WHERE id = ?",
                                               [at(importedAt).iso, Int64(planID)])
            }
        },
        .cycle("2022-04-08T10:05"),                       // first start: from midnight, Chiềng Đông's catch-up
        .cycle("2022-04-08T10:07"),
        .cycle("2022-12-30T07:30"),
        .cycle("2023-06-01T08:03"),                       // Đức Hợp imported at 08:00
        .cycle("2023-06-01T08:06"),                       // 08:00 lies in the unseen margin before 08:03
        .cycle("2025-01-02T07:30", since: "2024-12-01T00:00"),
        .cycle("2025-04-03T07:30"),                       // Thursday: the digest
        .cycle("2025-04-05T08:00"),                       // Saturday: no digest
        .cycle("2025-04-08T07:45"),                       // Tuesday after Giỗ Tổ Hùng Vương
        .change { fixture in
            let open = try fixture.store.occurrences(OccurrenceQuery(planID: 2, state: .overdue, asOf: CivilDate(iso: "2025-07-09")!))
            for record in open.prefix(5) {
                try fixture.store.complete(occurrenceID: record.occurrence.id, on: CivilDate(iso: "2025-07-09")!,
                                           evidence: "123/BC-UBND", by: "test", note: nil)
            }
            _ = try fixture.store.recordEvent(planID: 2, key: "phe-duyet-qhkhsdd", label: nil,
                                              on: CivilDate(iso: "2025-06-20")!, by: "test")
            try fixture.store.database.run("UPDATE occurrences SET not_before = ? WHERE plan_id = 2 AND task_ref = '3.9'",
                                           [at("2025-07-10T09:00").seconds])
        },
        .cycle("2025-07-10T09:02"),
        .cycle("2025-07-10T09:04"),                       // 09:00 lies in the unseen margin before 09:02
        .cycle("2025-03-10T08:00"),                       // the clock set back
        .cycle("2025-07-14T16:00"),
        .change { fixture in
            // A copy of Đa Lộc's plan whose import was stamped before the 16:00 cycle read the store
            // and committed after: only the unseen margin catches its overdue occurrences up.
            var copy = try examplePlan("da-loc-2025")
            copy.number = "01/KH-UBND-BS"
            let planID = try fixture.store.importPlan(copy, actor: "test")
            try fixture.store.database.run("UPDATE plans SET imported_at = ? WHERE id = ?",
                                           [at("2025-07-14T15:59:59").iso, planID])
        },
        .cycle("2025-07-14T16:00:05"),
        .cycle("2026-01-05T07:30"),                       // Monday: Đa Lộc's annual report is due
    ] }

    @Test("for the example plans at fixed instants, each cycle records exactly the notices, writes exactly the journal entries and digest, and wakes exactly when the all-at-once computation says")
    func streamedCycleEqualsAllAtOnce() throws {
        let fixture = try DaemonFixture(plans: ["chieng-dong-2022", "da-loc-2025", "duc-hop-2023-reporting"])
        var totals = (notices: 0, digests: 0, unseen: 0, unseenCycles: 0)
        for step in DaemonStreamingTests.steps {
            guard case let .cycle(now, since) = step else {
                if case let .change(change) = step { try change(fixture) }
                continue
            }
            let state = try fixture.store.daemonState
            let expected = try AllAtOnceCycle(store: fixture.store, config: fixture.daemon.config, state: state,
                                              since: since.map(at), now: at(now))
            #expect(Set(expected.notices.map(\.id)).count == expected.notices.count, "\(now): no notice computed twice")
            let new = try fixture.store.unrecorded(expected.notices)
            let lastSequence = try fixture.store.notices(afterSequence: 0, limit: 1_000_000).last?.sequence ?? 0
            let written = fixture.sink.entries.count

            let report = try fixture.cycle(at: now, since: since)

            let recorded = try fixture.store.notices(afterSequence: lastSequence, limit: 1_000_000).map(\.notice)
            #expect(recorded == new, "\(now): the outbox holds exactly the new notices, in plan order")
            #expect(report.recorded == new.count, "\(now)")
            #expect(Array(fixture.sink.entries[written...]) == new.map(JournalEntry.init(notice:)) + expected.digest,
                    "\(now): the journal gets each new notice, then the digest")
            #expect(report.digests == expected.digest.count, "\(now)")
            #expect(report.next == expected.next, "\(now)")
            #expect(report.overdue == expected.overdue, "\(now)")
            totals.notices += new.count
            totals.digests += report.digests
            if expected.notices.count > new.count { totals.unseenCycles += 1 }
            let after = since.map(at) ?? state.lastCycle ?? Instant(date: at(now).date)
            totals.unseen += new.filter { $0.dueAt <= after }.count
        }
        #expect(totals.notices > 100 && totals.digests > 10, "the scenario sends notices and digests: \(totals)")
        #expect(totals.unseenCycles > 0, "some cycle recomputed notices the outbox already held: \(totals)")
        #expect(totals.unseen > 0, "some cycle recorded notices of the unseen margin, before its window: \(totals)")
    }

    @Test("the digest fed plan by plan, in any order, equals the digest of all plans at once")
    func digestAccumulates() throws {
        let fixture = try DaemonFixture(plans: ["chieng-dong-2022", "da-loc-2025", "duc-hop-2023-reporting"])
        let inputs = try fixture.store.noticeInputs()
        for day in ["2022-06-30", "2023-07-03", "2025-04-03", "2025-12-31"].map({ CivilDate(iso: $0)! }) {
            let whole = Digest(day: day, lines: AllAtOnceCycle.digestLines(inputs, day: day))
            var accumulator = Digest.Accumulator(day: day)
            for input in inputs.reversed() { accumulator.add(input) }
            #expect(accumulator.digest == whole, "\(day.iso)")
            #expect(Digest(inputs: inputs, day: day) == whole, "\(day.iso)")
            #expect(!whole.lines.isEmpty, "\(day.iso)")
        }
    }
}
