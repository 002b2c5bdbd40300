import PropertyBased
import Testing
@testable import KeHoach

/// The catch-up policy over random plans and random downtimes, against the brute-force
/// ``NoticeOracle``: what a daemon down from `a` to `b` sends when it wakes at `b`.
@Suite("Catch-up after downtime: one notice per occurrence and recipients, the latest")
struct CatchUpPolicyTests {
    /// The occurrence of a notice id "<occurrence>/<kind>/<step>" (occurrence ids hold '/').
    static func occurrence(_ id: String) -> String { id.split(separator: "/").dropLast(2).joined(separator: "/") }

    /// The group a notice id belongs to: its occurrence, and whether it goes to the focal unit.
    static func group(_ id: String) -> String {
        occurrence(id) + (id.split(separator: "/").dropLast().last == "escalation" ? "|focal" : "|units")
    }

    @Test("latest keeps per occurrence and recipients exactly the oracle's last notice of the downtime, late when it stands for more")
    func latestIsTheOraclesLast() async {
        await propertyCheck(count: 60, input: NoticePropertyTests.scenarios, Gen.int(in: 1...(60 * 24))) { scenario, hours in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            let a = scenario.minutes(scenario.from), b = Instant(seconds: a.seconds + Int64(hours) * 3600)
            let sent = CatchUpPolicy.latest.apply(to: rules.notices(for: context, closed: closed, after: a, through: b), now: b)
            let missed = NoticeOracle(settings: scenario.settings, calendar: .standard)
                .notices(of: context, closed: closed, horizon: b.date.adding(days: 1))
                .filter { $0.at > a && $0.at <= b }
            var last: [String: (id: String, at: Instant)] = [:], count: [String: Int] = [:]
            for n in missed {
                let g = Self.group(n.id)
                count[g, default: 0] += 1
                if let current = last[g], current.at > n.at { continue }
                last[g] = n
            }
            #expect(Set(sent.map(\.id)) == Set(last.values.map(\.id)), "\(scenario.testDescription), \(hours) h")
            #expect(sent.count == last.count, "one per group")
            for n in sent where count[Self.group(n.id), default: 0] > 1 {
                #expect(n.late && n.message.contains("gộp \(count[Self.group(n.id)]!) thông báo"))
            }
        }
    }

    @Test("a cycle that runs at each threshold is unchanged by latest; all changes nothing; skip keeps only today's")
    func onTimeCyclesUnchanged() async {
        await propertyCheck(count: 40, input: NoticePropertyTests.scenarios) { scenario in
            let context = scenario.context, closed = scenario.closed, rules = scenario.rules
            var t = scenario.minutes(scenario.from)
            for _ in 0..<30 {
                guard let next = rules.nextDue(for: context, closed: closed, after: t) else { break }
                let window = rules.notices(for: context, closed: closed, after: t, through: next)
                let groups = Set(window.map { Self.group($0.id) })
                if groups.count == window.count {
                    #expect(CatchUpPolicy.latest.apply(to: window, now: next) == window)
                }
                #expect(CatchUpPolicy.all.apply(to: window, now: next) == window)
                #expect(CatchUpPolicy.skip.apply(to: window, now: next).allSatisfy { $0.dueAt.date == next.date })
                t = next
            }
        }
    }

    @Test("a clock set back computes nothing, so nothing is repeated")
    func clockBack() async {
        await propertyCheck(count: 30, input: NoticePropertyTests.scenarios, Gen.int(in: 1...(30 * 24))) { scenario, hours in
            let b = scenario.minutes(scenario.from), back = Instant(seconds: b.seconds - Int64(hours) * 3600)
            let notices = scenario.rules.notices(for: scenario.context, closed: scenario.closed, after: b, through: back)
            #expect(CatchUpPolicy.latest.apply(to: notices, now: back).isEmpty)
        }
    }
}
