import KeHoach
import KeHoachConfig
import KeHoachStore
import Testing
@testable import kehoachd

@Suite("After downtime: one notice per occurrence and recipients, and ended plans quiet")
struct DaemonDowntimeTests {
    static let examples = ["chieng-dong-2022", "da-loc-2025", "duc-hop-2023-reporting"]

    @Test("issue 13's scenario: a cycle on 01/03/2025, then one on 02/12/2026, writes at most one notice per occurrence and recipients")
    func downtimeWritesOnePerOccurrence() throws {
        let fixture = try DaemonFixture(plans: Self.examples)
        try fixture.cycle(at: "2025-03-01T08:00", since: "2025-01-01T00:00")
        let first = fixture.sink.notices.count
        try fixture.cycle(at: "2026-12-02T08:00")
        let later = fixture.sink.notices.dropFirst(first)
        var seen = Set<String>()
        for entry in later {
            let key = entry.value(of: "KEHOACH_OCCURRENCE")! + "|" + (entry.value(of: "KEHOACH_KIND") == "escalation" ? "focal" : "units")
            #expect(seen.insert(key).inserted, "\(key) twice")
        }
        #expect(!later.isEmpty && later.count < 500, "\(later.count) notices, not thousands")
        #expect(later.allSatisfy { $0.value(of: "KEHOACH_LATE") == "1" })
    }

    @Test("a 2022 plan stops repeating its overdue notices 30 days after its last due date; 2023's digest still counts it")
    func endedPlanGoesQuiet() throws {
        let fixture = try DaemonFixture(plans: ["chieng-dong-2022"])
        try fixture.cycle(at: "2023-01-02T08:00", since: "2022-12-20T00:00")
        try fixture.cycle(at: "2023-03-01T08:00")
        try fixture.cycle(at: "2023-06-01T08:00")
        let last = try #require(try fixture.store.occurrences(OccurrenceQuery(asOf: CivilDate(iso: "2023-06-01")!))
            .map(\.occurrence.effectiveDue).max())
        let quiet = last.adding(days: 31).iso
        let overdue = fixture.sink.notices.filter { ["overdue", "escalation"].contains($0.value(of: "KEHOACH_KIND") ?? "") }
        #expect(overdue.contains { ($0.value(of: "KEHOACH_DUE_AT") ?? "") < quiet }, "overdue notices until the grace ends")
        let afterGrace = overdue.filter { ($0.value(of: "KEHOACH_DUE_AT") ?? "") >= quiet }
        #expect(afterGrace.isEmpty, "\(afterGrace.map(\.message))")
        let digest = fixture.sink.entries.filter { $0.value(of: "KEHOACH_KIND") == "digest" && $0.value(of: "KEHOACH_DATE") == "2023-06-01" }
        #expect(digest.contains { Int($0.value(of: "KEHOACH_OVERDUE") ?? "0")! > 0 }, "still overdue in the digest")
    }

    @Test("keep_active keeps an ended plan's overdue notices; silenced stops them at once; quiet_after sets the grace")
    func activityByHand() throws {
        let active = try DaemonFixture(plans: ["chieng-dong-2022"])
        let id = try active.store.plans()[0].id
        var settings = try active.store.noticeSettings(planID: id)
        settings.activity = .keepActive
        try active.store.setNoticeSettings(settings, planID: id, by: "admin")
        try active.cycle(at: "2023-06-01T08:00", since: "2023-05-01T00:00")
        #expect(active.sink.notices.contains { $0.value(of: "KEHOACH_KIND") == "overdue" })

        let silenced = try DaemonFixture(plans: ["chieng-dong-2022"])
        settings.activity = .silenced
        try silenced.store.setNoticeSettings(settings, planID: id, by: "admin")
        try silenced.cycle(at: "2022-06-01T08:00", since: "2022-01-01T00:00")
        #expect(!silenced.sink.notices.isEmpty && !silenced.sink.notices.contains {
            ["overdue", "escalation"].contains($0.value(of: "KEHOACH_KIND") ?? "")
        })

        var config = Config()
        config.quietAfterDays = 400
        let patient = try DaemonFixture(plans: ["chieng-dong-2022"], config: config)
        try patient.cycle(at: "2023-06-01T08:00", since: "2023-05-01T00:00")
        #expect(patient.sink.notices.contains { $0.value(of: "KEHOACH_KIND") == "overdue" })
    }
}
