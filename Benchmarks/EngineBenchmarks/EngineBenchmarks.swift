import Benchmark
import Foundation
import KeHoach

/// Đa Lộc 2025 (seed 001) as a typical commune plan, with 25 of its 35 "Thường xuyên" tasks also
/// reporting monthly ("Thường xuyên, báo cáo hằng tháng"): 61 tasks, 398 occurrences.
let communeTemplate: Plan = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("examples").path) {
        url.deleteLastPathComponent()
    }
    let data = FileManager.default.contents(atPath: url.appendingPathComponent("examples/da-loc-2025.json").path)!
    var plan = try! PlanDocument.decode(data)
    var monthly = 0
    for i in plan.tasks.indices where plan.tasks[i].deadline == "Thường xuyên" && monthly < 25 {
        plan.tasks[i].deadline = "Thường xuyên, báo cáo hằng tháng"
        monthly += 1
    }
    return plan
}()

/// The template expanded once; each commune's copy renames its occurrence ids.
let templateSchedule = OccurrenceExpander().expand(communeTemplate, planKey: "T")
let templateContext = NoticeContext(plan: communeTemplate, occurrences: [], notBefore: Instant(local: "2025-01-10T08:00"))

/// Commune `n`'s plan in memory: its own plan number and occurrence ids; imported on
/// 10/01/2025; two thirds of its occurrences due before June done.
func commune(_ n: Int) -> (context: NoticeContext, closed: Set<String>) {
    let june = CivilDate(year: 2025, month: 6, day: 1)!
    var context = templateContext
    context.planNumber = "\(n)/KH-UBND"
    context.occurrences = templateSchedule.occurrences.map { o in
        var o = o
        o.id = "\(n)" + o.id.dropFirst()
        return o
    }
    let closed = Set(context.occurrences.enumerated()
        .filter { $0.element.effectiveDue < june && $0.offset % 3 != 0 }.map(\.element.id))
    return (context, closed)
}

/// `count` communes' plans, all in memory at once.
func communes(_ count: Int) -> [(context: NoticeContext, closed: Set<String>)] { (1...count).map(commune) }

nonisolated(unsafe) var province: [(context: NoticeContext, closed: Set<String>)] = []
nonisolated(unsafe) var nation: [(context: NoticeContext, closed: Set<String>)] = []

/// The check a daemon makes on Monday 07/07/2025 at 07:30 for the day since Sunday's check.
let after = Instant(local: "2025-07-06T07:30")!
let through = Instant(local: "2025-07-07T07:30")!
let rules = NoticeRules()

/// How many notices fall due over all `plans` in the day's window.
func noticesDue(_ plans: [(context: NoticeContext, closed: Set<String>)]) -> Int {
    var count = 0
    for plan in plans { count += rules.notices(for: plan.context, closed: plan.closed, after: after, through: through).count }
    return count
}

/// The next instant any of `plans` has a notice due.
func nextDue(_ plans: [(context: NoticeContext, closed: Set<String>)]) -> Instant? {
    plans.compactMap { rules.nextDue(for: $0.context, closed: $0.closed, after: through) }.min()
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 20)

    Benchmark("expand one commune plan (61 tasks, 398 occurrences)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(OccurrenceExpander().expand(communeTemplate, planKey: "1"))
        }
    }

    Benchmark("notices due at one instant, province (200 communes, 79,600 occurrences)",
              closure: { benchmark in
                  for _ in benchmark.scaledIterations { blackHole(noticesDue(province)) }
              },
              setup: { province = communes(200) }, teardown: { province = [] })

    Benchmark("nextDue, province (200 communes)",
              closure: { benchmark in
                  for _ in benchmark.scaledIterations { blackHole(nextDue(province)) }
              },
              setup: { province = communes(200) }, teardown: { province = [] })

    Benchmark("notices due at one instant, nation (3,300 communes, 1,313,400 occurrences)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                   maxDuration: .seconds(20), maxIterations: 5),
              closure: { benchmark in
                  for _ in benchmark.scaledIterations { blackHole(noticesDue(nation)) }
              },
              setup: { nation = communes(3300) }, teardown: { nation = [] })

    // What a daemon reading one plan at a time from the store does: only one plan in memory.
    Benchmark("notices due at one instant, nation streamed plan by plan (3,300 communes, building each included)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                   maxDuration: .seconds(20), maxIterations: 5),
              closure: { benchmark in
                  for _ in benchmark.scaledIterations {
                      var count = 0
                      for n in 1...3300 { count += noticesDue([commune(n)]) }
                      blackHole(count)
                  }
              })

    Benchmark("nextDue, nation (3,300 communes)",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                   maxDuration: .seconds(20), maxIterations: 5),
              closure: { benchmark in
                  for _ in benchmark.scaledIterations { blackHole(nextDue(nation)) }
              },
              setup: { nation = communes(3300) }, teardown: { nation = [] })
}
