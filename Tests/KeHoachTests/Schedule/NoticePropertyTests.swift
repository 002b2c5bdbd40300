import Foundation
import PropertyBased
import Testing
@testable import KeHoach

/// Properties of the notice rules over random plans (random deadline cells of the kinds the
/// seeds use, a random reporting regime, a recorded event), random settings, random starts and
/// random time ranges, checked against ``NoticeOracle``.
@Suite("Notice rules: properties over random plans")
struct NoticePropertyTests {
    /// A random plan and everything needed to check it.
    struct Scenario: Sendable, CustomTestStringConvertible {
        var year: Int
        var cells: [(kind: Int, month: Int, day: Int)]
        var regime: Bool
        var settings: NoticeSettings
        /// Minutes after 01/01 of the plan year at which the plan's notices start.
        var start: Int?
        /// Every n-th occurrence is closed (0: none).
        var closedEvery: Int
        /// The event's day (days after 01/01) and when it was recorded (minutes after it), if known.
        var event: (day: Int, recordedAfter: Int?)
        /// Minutes after 01/01 of the plan year where the checked range begins.
        var from: Int

        var testDescription: String {
            "year \(year), cells \(cells.map { "\($0.kind):\($0.month)/\($0.day)" }), regime \(regime), \(settings), "
                + "start \(start.map(String.init) ?? "-"), closedEvery \(closedEvery), event \(event), from \(from)"
        }

        static let deadlines: [@Sendable (Int, Int, Int) -> String] = [
            { _, m, y in "Quý \(["I", "II", "III", "IV"][(m - 1) / 3])/\(y)" },
            { d, m, y in "trước ngày \(d)/\(m)/\(y)" },
            { _, m, y in "Tháng \(m)/\(y)" },
            { _, _, _ in "Hằng tháng" },
            { _, _, _ in "Hàng quý, 06 tháng, năm" },
            { _, _, _ in "Thường xuyên" },
            { d, m, y in "chậm nhất ngày \(d)/\(m)/\(y)" },
            { _, _, _ in "Sau khi được UBND tỉnh phê duyệt" },
        ]

        var plan: Plan {
            let tasks = cells.enumerated().map { i, cell in
                PlanTask(ref: "\(i + 1)", dimension: "\(i % 3 + 1)", description: "Nhiệm vụ \(i + 1)", lead: ["vp"],
                         coordinating: i % 2 == 0 ? ["tp"] : [],
                         deadline: Scenario.deadlines[cell.kind](cell.day, cell.month, year),
                         eventKey: cell.kind == 7 ? "phe-duyet" : nil)
            }
            let reporting = regime ? [
                ReportingRule(key: "6-thang", label: "Báo cáo 6 tháng đầu năm", period: .halfYear, deadline: "trước ngày 05/7/\(year)"),
                ReportingRule(key: "nam", label: "Báo cáo năm", period: .year, deadline: "trước 05/01/\(year + 1)"),
            ] : []
            return Plan(number: "\(year % 100)/KH-UBND", issuer: "UBND xã", year: year, title: "Thử",
                        issuedOn: CivilDate(year: year, month: 1, day: 2), focalUnit: "vp",
                        units: [Unit(id: "vp", name: "Văn phòng"), Unit(id: "tp", name: "Tư pháp")],
                        reporting: reporting, tasks: tasks)
        }

        var newYear: Instant { Instant(date: CivilDate(year: year, month: 1, day: 1)!) }
        func minutes(_ m: Int) -> Instant { Instant(seconds: newYear.seconds + Int64(m) * 60) }

        var context: NoticeContext {
            let recorded = event.recordedAfter.map { Instant(seconds: Instant(date: eventDay).seconds + Int64($0) * 60) }
            let schedule = OccurrenceExpander(settings: settings).expand(
                plan, planKey: "p", events: [PlanEvent(key: "phe-duyet", label: "Phê duyệt", happenedOn: eventDay, recordedAt: recorded)])
            return NoticeContext(plan: plan, occurrences: schedule.occurrences, notBefore: start.map(minutes))
        }

        var eventDay: CivilDate { CivilDate(year: year, month: 1, day: 1)!.adding(days: event.day) }

        var closed: Set<String> {
            guard closedEvery > 0 else { return [] }
            return Set(context.occurrences.enumerated().filter { $0.offset % closedEvery == 0 }.map(\.element.id))
        }

        var rules: NoticeRules { NoticeRules(settings: settings) }
    }

    static let day = 24 * 60
    static let scenarios = zip(
        Gen.int(in: 2022...2026),
        zip(Gen.int(in: 0...7), Gen.int(in: 1...12), Gen.int(in: 1...28)).array(of: 1...8),
        Gen.bool(),
        zip(Gen.int(in: 1...10).array(of: 0...3), Gen.int(in: 1...7), Gen.int(in: 0...15), Gen.int(in: 0...(day - 1))),
        Gen.int(in: -30 * day...400 * day).optional(valueRate: 0.6),
        Gen.int(in: 0...4),
        zip(Gen.int(in: -20...380), Gen.int(in: 0...(90 * day)).optional()),
        Gen.int(in: -30 * day...420 * day)
    ).map { year, cells, regime, s, start, closedEvery, event, from in
        Scenario(year: year, cells: cells.map { (kind: $0.0, month: $0.1, day: $0.2) }, regime: regime,
                 settings: NoticeSettings(reminders: s.0, overdueEvery: s.1, escalateAfter: s.2 == 0 ? nil : s.2, minuteOfDay: s.3),
                 start: start, closedEvery: closedEvery, event: (event.0, event.1), from: from)
    }

    /// Notices over consecutive windows of `step` seconds from `a` to `b`.
    static func stepping(_ rules: NoticeRules, _ context: NoticeContext, _ closed: Set<String>, from a: Instant, to b: Instant,
                         step: Int64) -> [Notice] {
        var out: [Notice] = [], t = a
        while t < b {
            let next = Instant(seconds: min(t.seconds + step, b.seconds))
            out += rules.notices(for: context, closed: closed, after: t, through: next)
            t = next
        }
        return out
    }

    static func pairs(_ notices: [Notice]) -> [String] { notices.map { "\($0.id)@\($0.dueAt.seconds)" }.sorted() }

    /// Expects `got` and `expected` to be the same list, showing a few differences if not.
    static func same(_ got: [String], _ expected: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(got.count == expected.count, "\(what): \(got.count) notices, expected \(expected.count)", sourceLocation: sourceLocation)
        let missing = Set(expected).subtracting(got).sorted().prefix(5)
        let extra = Set(got).subtracting(expected).sorted().prefix(5)
        #expect(missing.isEmpty && extra.isEmpty, "\(what): missing \(Array(missing)), extra \(Array(extra))", sourceLocation: sourceLocation)
        #expect(got == expected, "\(what): same set, different multiplicity", sourceLocation: sourceLocation)
    }

    @Test("over any range, windows of a day, of an hour, or one jump give the same notices, each exactly once, as the oracle")
    func stepSizeDoesNotMatter() async {
        await propertyCheck(count: 60, input: Self.scenarios, Gen.int(in: 1...(12 * 24))) { scenario, hours in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            let a = scenario.minutes(scenario.from), b = Instant(seconds: a.seconds + Int64(hours) * 3600)
            let jump = rules.notices(for: context, closed: closed, after: a, through: b)
            let expected = NoticeOracle(settings: scenario.settings, calendar: .standard)
                .notices(of: context, closed: closed, horizon: b.date.adding(days: 1))
                .filter { $0.at > a && $0.at <= b }.map { "\($0.id)@\($0.at.seconds)" }.sorted()
            Self.same(Self.pairs(jump), expected, "one jump")
            #expect(Set(jump.map(\.id)).count == jump.count)
            Self.same(Self.pairs(Self.stepping(rules, context, closed, from: a, to: b, step: 86_400)), expected, "daily")
            Self.same(Self.pairs(Self.stepping(rules, context, closed, from: a, to: b, step: 3_600)), expected, "hourly")
            #expect(jump.allSatisfy { !closed.contains($0.occurrenceID) })
        }
    }

    @Test("over a whole year, from the beginning of time or in daily steps, every notice comes once and none for a closed occurrence")
    func wholeYear() async {
        await propertyCheck(count: 40, input: Self.scenarios) { scenario in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            let end = scenario.minutes(400 * Self.day)
            let all = rules.notices(for: context, closed: closed, after: nil, through: end)
            #expect(Set(all.map(\.id)).count == all.count)
            #expect(all.allSatisfy { !closed.contains($0.occurrenceID) })
            let expected = NoticeOracle(settings: scenario.settings, calendar: .standard)
                .notices(of: context, closed: closed, horizon: end.date.adding(days: 1))
                .filter { $0.at <= end }.map { "\($0.id)@\($0.at.seconds)" }.sorted()
            Self.same(Self.pairs(all), expected, "from the beginning")
            let a = scenario.minutes(-40 * Self.day)
            let before = rules.notices(for: context, closed: closed, after: nil, through: a)
            Self.same(Self.pairs(before + Self.stepping(rules, context, closed, from: a, to: end, step: 86_400)), expected, "daily")
        }
    }

    @Test("a daemon that sleeps until nextDue and checks then gets every notice once, none of its checks empty")
    func sleepingDaemon() async {
        await propertyCheck(count: 60, input: Self.scenarios, Gen.int(in: 1...120)) { scenario, days in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            let a = scenario.minutes(scenario.from), b = Instant(seconds: a.seconds + Int64(days) * 86_400)
            var got: [Notice] = [], t = a
            while let next = rules.nextDue(for: context, closed: closed, after: t), next <= b {
                guard next > t else { Issue.record("nextDue(after: \(t.iso)) is not after it"); break }
                let batch = rules.notices(for: context, closed: closed, after: t, through: next)
                #expect(!batch.isEmpty)
                #expect(batch.allSatisfy { $0.dueAt == next })
                got += batch
                t = next
            }
            got += rules.notices(for: context, closed: closed, after: t, through: b)
            let expected = NoticeOracle(settings: scenario.settings, calendar: .standard)
                .notices(of: context, closed: closed, horizon: b.date.adding(days: 1))
                .filter { $0.at > a && $0.at <= b }.map { "\($0.id)@\($0.at.seconds)" }.sorted()
            Self.same(Self.pairs(got), expected, "sleeping until nextDue")
        }
    }

    @Test("nextDue(after: t) is the earliest instant after t at which the oracle has a notice due")
    func nextDue() async {
        await propertyCheck(count: 100, input: Self.scenarios) { scenario in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            let t = scenario.minutes(scenario.from)
            let got = rules.nextDue(for: context, closed: closed, after: t)
            let oracle = NoticeOracle(settings: scenario.settings, calendar: .standard)
            let instants = Set(oracle.notices(of: context, closed: closed, horizon: t.date.adding(days: 150)).map(\.at)).sorted()
            #expect(got == instants.first { $0 > t })
            if let got {
                #expect(rules.notices(for: context, closed: closed, after: t, through: got.previousSecond).isEmpty)
                #expect(!rules.notices(for: context, closed: closed, after: t, through: got).isEmpty)
            }
            // At every threshold of the next 90 days, and the second before it.
            let near = instants.filter { $0 > t && $0.seconds < t.seconds + 90 * 86_400 }
            for (x, next) in zip(near, near.dropFirst()) {
                #expect(rules.nextDue(for: context, closed: closed, after: x.previousSecond) == x)
                #expect(rules.nextDue(for: context, closed: closed, after: x) == next)
            }
        }
    }

    @Test("a window that goes backwards, or is empty, yields nothing")
    func backwards() async {
        await propertyCheck(count: 100, input: Self.scenarios, Gen.int(in: 0...(60 * Self.day))) { scenario, back in
            let context = scenario.context, rules = scenario.rules
            let t = scenario.minutes(scenario.from)
            #expect(rules.notices(for: context, closed: [], after: t, through: Instant(seconds: t.seconds - Int64(back) * 60)).isEmpty)
        }
    }

    @Test("settings decode normalised: reminders distinct and decreasing, intervals at least 1, missing fields default")
    func settingsNormalised() async throws {
        await propertyCheck(input: Gen.int(in: -3...12).array(of: 0...6), Gen.int(in: -3...9)) { reminders, every in
            let s = NoticeSettings(reminders: reminders, overdueEvery: every)
            #expect(s.reminders == Array(Set(reminders.filter { $0 > 0 })).sorted(by: >))
            #expect(s.overdueEvery >= 1)
        }
        let decoded = try JSONDecoder().decode(NoticeSettings.self, from: Data(#"{"reminders": [1, 3, 3, 7], "overdueEvery": 0}"#.utf8))
        #expect(decoded == NoticeSettings(reminders: [7, 3, 1], overdueEvery: 1))
        let off = try JSONDecoder().decode(NoticeSettings.self, from: Data(#"{"escalateAfter": null}"#.utf8))
        #expect(off.escalateAfter == nil)
        #expect(off.reminders == [7, 3, 1])
        #expect(try JSONDecoder().decode(NoticeSettings.self, from: JSONEncoder().encode(off)) == off)
    }
}
