import KeHoach
import KeHoachConfig
@testable import KeHoachStore
import Testing
@testable import kehoachd

/// SplitMix64: a seeded generator, so that a failing scenario can be run again from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("The index of next thresholds: a cycle that reads only what is due does what reading every plan does")
struct NoticeIndexPropertyTests {
    /// One random change between two cycles, as officials and admins make them.
    static func change(_ fixture: DaemonFixture, day: CivilDate, rng: inout SeededGenerator) throws -> String {
        let store = fixture.store
        // Mostly Đa Lộc's 2025 plan: the 2022 and 2023 plans are quiet by 2025, their changes move no notice.
        let planID: Int64 = Int.random(in: 0..<4, using: &rng) == 0 ? Int64.random(in: 1...3, using: &rng) : 2
        switch Int.random(in: 0..<7, using: &rng) {
        case 0, 1:
            let open = try store.occurrences(OccurrenceQuery(planID: planID, state: .overdue, asOf: day))
            guard let pick = open.randomElement(using: &rng) else { return "nothing overdue to complete" }
            try store.complete(occurrenceID: pick.occurrence.id, on: day, evidence: nil, by: "test", note: nil)
            return "complete \(pick.occurrence.id)"
        case 2, 3:
            let closed = try store.occurrences(OccurrenceQuery(planID: planID, asOf: day)).filter { $0.completion != nil }
            guard let pick = closed.randomElement(using: &rng) else { return "nothing done or waived to reopen" }
            try store.reopen(occurrenceID: pick.occurrence.id, by: "test")
            return "reopen \(pick.occurrence.id)"
        case 4:
            let open = try store.occurrences(OccurrenceQuery(planID: planID, asOf: day))
            guard let pick = open.filter({ $0.completion == nil }).randomElement(using: &rng) else { return "nothing to waive" }
            try store.waive(occurrenceID: pick.occurrence.id, on: day, by: "test", note: nil)
            return "waive \(pick.occurrence.id)"
        case 5:
            let settings = NoticeSettings(reminders: [Int.random(in: 1...9, using: &rng), 1],
                                          overdueEvery: Int.random(in: 1...7, using: &rng),
                                          escalateAfter: Bool.random(using: &rng) ? Int.random(in: 3...12, using: &rng) : nil,
                                          activity: QuietPlan.Activity.allCases.randomElement(using: &rng)!)
            try store.setNoticeSettings(settings, planID: planID, by: "test")
            return "settings of plan \(planID): \(settings)"
        default:
            _ = try store.recordEvent(planID: 2, key: "phe-duyet-qhkhsdd", label: nil, on: day.adding(days: -3), by: "test")
            return "event of plan 2 on \(day.adding(days: -3).iso)"
        }
    }

    @Test("random cycles (gaps of minutes to weeks, the clock set back, --since) between random completions, reopenings, waivers, settings and events, read whole or in batches of plans: every cycle records, writes and wakes as the all-at-once computation says",
          arguments: [(UInt64(1), CatchUpPolicy.latest, false), (2, .all, false), (3, .latest, true), (4, .skip, true), (5, .all, true)])
    func indexedCyclesEqualAllAtOnce(seed: UInt64, catchUp: CatchUpPolicy, batched: Bool) throws {
        var config = Config()
        config.catchUp = catchUp
        let fixture = try DaemonFixture(plans: ["chieng-dong-2022", "da-loc-2025", "duc-hop-2023-reporting"], config: config)
        for (planID, importedAt) in [(1, "2022-04-08T10:00"), (2, "2025-01-02T09:00"), (3, "2023-06-01T08:00")] {
            try fixture.store.database.run("UPDATE plans SET imported_at = ? WHERE id = ?", [at(importedAt).iso, Int64(planID)])
        }
        if batched {  // one plan per snapshot, notices recorded after every plan: the national morning's path
            fixture.store.planBatch = 1
            fixture.daemon.recordingBatch = 1
        }
        var rng = SeededGenerator(state: seed)
        var clock = at("2025-01-03T07:30")
        var log: [String] = []
        var (indexed, notices) = (0, 0)
        for _ in 0..<80 {
            if Int.random(in: 0..<3, using: &rng) == 0 {
                log.append(try NoticeIndexPropertyTests.change(fixture, day: clock.date, rng: &rng))
                continue
            }
            var now = Instant(seconds: clock.seconds + Int64.random(in: 300...(9 * 86_400), using: &rng))
            var since: Instant?
            switch Int.random(in: 0..<12, using: &rng) {
            case 0: now = Instant(seconds: clock.seconds - Int64.random(in: 3_600...(4 * 86_400), using: &rng))  // set back
            case 1: since = Instant(seconds: now.seconds - Int64.random(in: 86_400...(20 * 86_400), using: &rng))
            default: clock = now
            }
            log.append("cycle \(now.iso)" + (since.map { " since \($0.iso)" } ?? ""))
            let state = try fixture.store.daemonState
            let expected = try AllAtOnceCycle(store: fixture.store, config: config, state: state, since: since, now: now)
            let new = try fixture.store.unrecorded(expected.notices)
            let lastSequence = try fixture.store.notices(afterSequence: 0, limit: 1_000_000).last?.sequence ?? 0
            let written = fixture.sink.entries.count
            let after = since ?? state.lastCycle ?? Instant(date: now.date)
            if case .due = NoticeIndexState.selection(state.noticeIndex, fingerprint: config.engine.indexFingerprint(calendar: try fixture.store.calendar),
                                                       after: after, through: now) { indexed += 1 }

            fixture.daemon.clock = DaemonClock(frozenAt: now)
            fixture.daemon.since = since
            let report = try fixture.daemon.cycle()

            let recorded = try fixture.store.notices(afterSequence: lastSequence, limit: 1_000_000).map(\.notice)
            let trail = log.suffix(6).joined(separator: "\n")
            #expect(recorded == new, "seed \(seed): the outbox holds exactly the new notices after\n\(trail)")
            #expect(Array(fixture.sink.entries[written...]) == new.map(JournalEntry.init(notice:)) + expected.digest,
                    "seed \(seed): the journal gets each new notice, then the digest, after\n\(trail)")
            #expect(report.next == expected.next, "seed \(seed): the next wake-up after\n\(trail)")
            #expect(report.overdue == expected.overdue, "seed \(seed)")
            notices += new.count
        }
        #expect(indexed > 10, "most cycles read only what the index makes due (\(indexed))")
        #expect(notices > 10, "the scenario sends notices (\(notices))")
    }
}

@Suite("The index of next thresholds follows every change an official makes")
struct NoticeIndexChangeTests {
    /// Đa Lộc's plan indexed by a cycle at 08:00 on 03/04/2025, with one overdue occurrence done.
    static func indexedWithOneDone() throws -> (DaemonFixture, String) {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-04-01T00:00")
        let overdue = try fixture.store.occurrences(OccurrenceQuery(state: .overdue, asOf: CivilDate(iso: "2025-04-03")!))
        let id = try #require(overdue.first).occurrence.id
        try fixture.store.complete(occurrenceID: id, on: CivilDate(iso: "2025-04-03")!, evidence: nil, by: "test", note: nil)
        try fixture.cycle(at: "2025-04-03T09:00")
        return (fixture, id)
    }

    @Test("a done occurrence owes nothing, and its entry says so")
    func doneOccurrenceLeavesTheIndex() throws {
        let (fixture, id) = try NoticeIndexChangeTests.indexedWithOneDone()
        let row = try fixture.store.database.text("SELECT coalesce(notice_at, 'none') || ' ' || (notice_seen = notice_rev) FROM occurrences WHERE id = ?", [id])
        #expect(row == "none 1")
    }

    @Test("a reopened occurrence is read again and its overdue steps resume: nothing hides behind its old entry")
    func reopenedOccurrenceIsReadAgain() throws {
        let (fixture, id) = try NoticeIndexChangeTests.indexedWithOneDone()
        try fixture.store.reopen(occurrenceID: id, by: "test")
        let stale = try fixture.store.database.integer("SELECT notice_seen IS NOT notice_rev FROM occurrences WHERE id = ?", [id])
        #expect(stale == 1, "the reopening marks it changed")
        try fixture.cycle(at: "2025-04-30T08:00")
        #expect(fixture.sink.noticeIDs.contains { $0.hasPrefix(id + "/overdue/") && !$0.hasSuffix("/overdue/0") },
                "a later overdue step of \(id) is sent: \(fixture.sink.noticeIDs.filter { $0.hasPrefix(id) })")
    }

    @Test("new settings of a plan, an event recorded, a waiver: each marks the occurrences it moves as changed",
          arguments: ["settings", "event", "waiver", "new due date"])
    func changesMarkOccurrences(change: String) throws {
        let (fixture, _) = try NoticeIndexChangeTests.indexedWithOneDone()
        func changed() throws -> Int64 { try fixture.store.database.integer("SELECT count(*) FROM occurrences WHERE notice_seen IS NOT notice_rev") }
        #expect(try changed() == 0, "the cycle indexed every occurrence")
        let any = try #require(try fixture.store.occurrences(OccurrenceQuery(state: .open, asOf: CivilDate(iso: "2025-04-03")!)).first).occurrence
        switch change {
        case "settings": try fixture.store.setNoticeSettings(NoticeSettings(reminders: [2]), planID: 1, by: "test")
        case "event": _ = try fixture.store.recordEvent(planID: 1, key: "phe-duyet-qhkhsdd", label: nil, on: CivilDate(iso: "2025-04-02")!, by: "test")
        case "waiver": try fixture.store.waive(occurrenceID: any.id, on: CivilDate(iso: "2025-04-03")!, by: "test", note: nil)
        default: try fixture.store.database.run("UPDATE occurrences SET effective_due = effective_due + 1 WHERE id = ?", [any.id])
        }
        #expect(try changed() > 0)
        try fixture.cycle(at: "2025-04-03T10:00")
        #expect(try changed() == 0, "the next cycle reads and indexes them again")
    }
}
