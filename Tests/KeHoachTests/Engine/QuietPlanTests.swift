import Foundation
import Testing
@testable import KeHoach

@Suite("Plans that have ended go quiet: overdue notices stop after the last due date and the grace")
struct QuietPlanTests {
    /// Chiềng Đông's 2022 plan (seed 000), its occurrences and its notices through mid-2023.
    static let schedule = OccurrenceExpander().expand(Seeds.chiengDong, planKey: "xa-chieng-dong:/KH-UBND:2022")
    static let context = NoticeContext(plan: Seeds.chiengDong, occurrences: schedule.occurrences)
    static let notices = NoticeRules().notices(for: context, closed: [], after: nil,
                                               through: Instant(local: "2023-06-30T08:00")!)

    @Test("auto: quiet from the day after the last effective due date plus 30 days; reminders and due notices are never dropped")
    func auto() throws {
        let last = try #require(Self.schedule.occurrences.map(\.effectiveDue).max())
        let quiet = QuietPlan()
        #expect(quiet.quietFrom(Self.context, activity: .auto) == last.adding(days: 31))
        let kept = quiet.filter(Self.notices, context: Self.context, activity: .auto)
        #expect(kept.count < Self.notices.count)
        #expect(kept.allSatisfy { ($0.kind != .overdue && $0.kind != .escalation) || $0.dueAt.date <= last.adding(days: 30) })
        let dropped = Self.notices.filter { n in !kept.contains { $0.id == n.id } }
        #expect(!dropped.isEmpty && dropped.allSatisfy { $0.kind == .overdue || $0.kind == .escalation })
        #expect(Self.notices.filter { $0.kind == .reminder || $0.kind == .due }.allSatisfy { n in kept.contains { $0.id == n.id } })
    }

    @Test("keep_active keeps every notice; silenced drops every overdue and escalation notice; the grace is a setting")
    func byHand() {
        #expect(QuietPlan().filter(Self.notices, context: Self.context, activity: .keepActive) == Self.notices)
        let silenced = QuietPlan().filter(Self.notices, context: Self.context, activity: .silenced)
        #expect(!silenced.isEmpty && silenced.allSatisfy { $0.kind == .reminder || $0.kind == .due })
        let patient = QuietPlan(graceDays: 3650).filter(Self.notices, context: Self.context, activity: .auto)
        #expect(patient == Self.notices)
    }

    @Test("a plan's activity is kept in its notice settings' JSON, auto when absent")
    func settingsCarryIt() throws {
        var settings = NoticeSettings.standard
        #expect(settings.activity == .auto)
        settings.activity = .silenced
        let data = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(NoticeSettings.self, from: data).activity == .silenced)
        #expect(try JSONDecoder().decode(NoticeSettings.self, from: Data("{}".utf8)).activity == .auto)
    }

    @Test("a plan is current through the last day of its grace and no longer on the day it goes quiet: one definition for situation and the daemon")
    func currentUntilQuiet() {
        let last = CivilDate(iso: "2025-12-31")!
        let rule = QuietPlan(graceDays: 30)
        #expect(rule.isCurrent(lastDue: last, on: CivilDate(iso: "2026-01-30")!))
        #expect(!rule.isCurrent(lastDue: last, on: CivilDate(iso: "2026-01-31")!))
        #expect(rule.quietFrom(lastDue: last, activity: .auto) == CivilDate(iso: "2026-01-31"))
        #expect(rule.isCurrent(lastDue: nil, on: CivilDate(iso: "2030-01-01")!), "a plan with no dated occurrence never ends")
    }
}
