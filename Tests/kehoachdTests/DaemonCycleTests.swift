import KeHoach
import KeHoachConfig
import KeHoachStore
import Testing
@testable import kehoachd

@Suite("One cycle: outbox first, then the journal, each notice once, whatever the clock does")
struct DaemonCycleTests {
    @Test("a cycle writes every notice it records, each once, and marks them all sent")
    func recordsAndSends() throws {
        let fixture = try DaemonFixture(config: .replaying)
        let report = try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        #expect(report.recorded > 0)
        #expect(report.sent == report.recorded)
        #expect(fixture.sink.notices.count == report.recorded)
        #expect(Set(fixture.sink.noticeIDs).count == fixture.sink.noticeIDs.count, "no notice twice")
        #expect(try fixture.unsent() == 0)
        // The seed's Q1 report of task 3.8 ("Báo cáo quý I/2025", due 31/03/2025, a Monday).
        let due = fixture.sink.notices.first { $0.value(of: "KEHOACH_NOTICE_ID") == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/due/0" }
        #expect(due?.priority == 5)
        #expect(due?.value(of: "KEHOACH_DUE") == "2025-03-31")
        #expect(due?.value(of: "KEHOACH_DAYS") == "0")
        #expect(due?.value(of: "KEHOACH_LATE") == "1", "its day passed before this cycle")
    }

    @Test("running the same cycle again writes nothing new")
    func idempotent() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        let first = fixture.sink.notices.count
        let again = try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        #expect(again.recorded == 0 && again.sent == 0)
        #expect(fixture.sink.notices.count == first)
    }

    @Test("with catch_up = all, cycles in small steps write exactly what one big cycle writes")
    func stepsAddUp() throws {
        let stepped = try DaemonFixture(config: .replaying), whole = try DaemonFixture(config: .replaying)
        try stepped.cycle(at: "2025-03-01T00:00", since: "2025-03-01T00:00")
        var day = CivilDate(iso: "2025-03-01")!
        while day < CivilDate(iso: "2025-04-10")! {
            day = day.adding(days: 1)
            try stepped.cycle(at: "\(day.iso)T\(day.dayNumber % 2 == 0 ? "07:30" : "16:45")")
        }
        try whole.cycle(at: "\(day.iso)T16:45", since: "2025-03-01T00:00")
        #expect(Set(stepped.sink.noticeIDs) == Set(whole.sink.noticeIDs))
        #expect(stepped.sink.noticeIDs.count == Set(stepped.sink.noticeIDs).count)
        #expect(stepped.sink.notices.allSatisfy { $0.value(of: "KEHOACH_LATE") == "0" }, "sent on their own day")
    }

    @Test("with catch_up = latest (the default) one big cycle writes, per occurrence and recipients, the last of what small steps write, marked late and counted")
    func bigCycleCoalesces() throws {
        let stepped = try DaemonFixture(config: .replaying), whole = try DaemonFixture()
        try stepped.cycle(at: "2025-03-01T00:00", since: "2025-03-01T00:00")
        var day = CivilDate(iso: "2025-03-01")!
        while day < CivilDate(iso: "2025-04-10")! {
            day = day.adding(days: 1)
            try stepped.cycle(at: "\(day.iso)T16:45")
        }
        try whole.cycle(at: "\(day.iso)T16:45", since: "2025-03-01T00:00")
        var last: [String: JournalEntry] = [:], count: [String: Int] = [:]
        for entry in stepped.sink.notices {
            let key = entry.value(of: "KEHOACH_OCCURRENCE")! + "|" + (entry.value(of: "KEHOACH_KIND") == "escalation" ? "focal" : "units")
            last[key] = entry
            count[key, default: 0] += 1
        }
        #expect(Set(whole.sink.noticeIDs) == Set(last.values.compactMap { $0.value(of: "KEHOACH_NOTICE_ID") }))
        #expect(whole.sink.noticeIDs.count == last.count, "one notice per occurrence and recipients")
        for entry in whole.sink.notices {
            let key = entry.value(of: "KEHOACH_OCCURRENCE")! + "|" + (entry.value(of: "KEHOACH_KIND") == "escalation" ? "focal" : "units")
            if count[key, default: 0] > 1 {
                #expect(entry.value(of: "KEHOACH_LATE") == "1" && entry.message.contains("Gửi bù: gộp \(count[key]!) thông báo bị lỡ từ"),
                        "\(entry.message)")
            }
        }
        // Đa Lộc 3.8's first quarter: reminders 7, 3, 1, the due day and overdue steps, as one.
        let q1 = whole.sink.notices.filter { $0.value(of: "KEHOACH_OCCURRENCE") == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1" }
        #expect(q1.count == 1 && q1.first?.value(of: "KEHOACH_KIND") == "overdue")
    }

    @Test("catch_up = skip drops what fell due on earlier days; today's thresholds are sent")
    func skipDropsMissed() throws {
        var config = Config()
        config.catchUp = .skip
        let fixture = try DaemonFixture(config: config)
        // Monday 31/03/2025: the first quarter's reports fall due at 07:30.
        try fixture.cycle(at: "2025-03-31T08:00", since: "2025-03-01T00:00")
        #expect(fixture.sink.notices.contains { $0.value(of: "KEHOACH_NOTICE_ID") == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/due/0" })
        #expect(fixture.sink.notices.allSatisfy { $0.value(of: "KEHOACH_DUE_AT")!.hasPrefix("2025-03-31") })
    }

    @Test("a clock that jumps back writes nothing and leaves the window where it was")
    func clockBack() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        let before = fixture.sink.notices.count
        let back = try fixture.cycle(at: "2025-03-10T08:00")
        #expect(back.sent == 0 && back.recorded == 0)
        #expect(fixture.sink.notices.count == before)
        #expect(try fixture.store.daemonState.lastCycle == at("2025-04-03T08:00"))
    }

    @Test("thresholds passed while the daemon was down are sent once at start, marked late")
    func lateAfterDowntime() throws {
        let fixture = try DaemonFixture()
        try fixture.cycle(at: "2025-03-20T08:00", since: "2025-03-20T00:00")
        let report = try fixture.cycle(at: "2025-04-03T09:00")
        let late = fixture.sink.notices.suffix(report.sent)
        #expect(!late.isEmpty)
        for entry in late {
            let dueAt = Instant(local: entry.value(of: "KEHOACH_DUE_AT")!)!
            #expect(dueAt > at("2025-03-20T08:00") && dueAt <= at("2025-04-03T09:00"))
            #expect(entry.value(of: "KEHOACH_LATE") == (dueAt.date < at("2025-04-03T09:00").date ? "1" : "0"))
        }
    }

    @Test("a stop request between notices leaves the rest in the outbox for the next start")
    func stopBetweenNotices() throws {
        let fixture = try DaemonFixture()
        fixture.daemon.requests = [.stop]
        let stopped = try fixture.cycle(at: "2025-04-03T08:00", since: "2025-03-01T00:00")
        #expect(stopped.interrupted && stopped.sent == 0 && stopped.recorded > 0)
        #expect(try fixture.unsent() == stopped.recorded)
        fixture.daemon.requests = []
        let resumed = try fixture.cycle(at: "2025-04-03T08:05")
        #expect(resumed.sent == stopped.recorded)
        #expect(Set(fixture.sink.noticeIDs).count == stopped.recorded)
    }

    @Test("the digest is written once per working day, at or after the check time")
    func digestOncePerDay() throws {
        let fixture = try DaemonFixture()
        let early = try fixture.cycle(at: "2025-04-03T07:00", since: "2025-04-03T00:00")
        #expect(early.digests == 0)
        let first = try fixture.cycle(at: "2025-04-03T07:31")
        #expect(first.digests > 0)
        #expect(try fixture.cycle(at: "2025-04-03T15:00").digests == 0)
        #expect(try fixture.cycle(at: "2025-04-05T08:00").digests == 0, "Saturday")
        #expect(try fixture.cycle(at: "2025-04-07T08:00").digests == 0, "Giỗ Tổ Hùng Vương, Monday 07/04/2025")
        #expect(try fixture.cycle(at: "2025-04-08T08:00").digests > 0, "Tuesday")
    }

    @Test("the daily check skips weekends and public holidays")
    func dailyCheck() throws {
        let fixture = try DaemonFixture()
        #expect(fixture.daemon.nextDailyCheck(after: at("2025-04-03T07:00")) == at("2025-04-03T07:30"))
        #expect(fixture.daemon.nextDailyCheck(after: at("2025-04-04T07:30")) == at("2025-04-08T07:30"),
                "Friday after the check: Saturday, Sunday and Giỗ Tổ Hùng Vương (Monday 07/04/2025) are off")
        #expect(fixture.daemon.nextDailyCheck(after: at("2025-04-29T08:00")) == at("2025-05-05T07:30"),
                "30/4, 1/5 and the swapped day 2/5/2025 are off")
    }

    @Test("the next wake is after now and no later than the longest sleep")
    func nextWake() throws {
        let fixture = try DaemonFixture()
        let report = try fixture.cycle(at: "2025-04-03T08:00", since: "2025-04-03T00:00")
        #expect(report.next > report.now)
        #expect(report.next.seconds <= report.now.seconds + fixture.daemon.config.maxSleepSeconds)
        #expect(report.overdue > 0)
    }
}
