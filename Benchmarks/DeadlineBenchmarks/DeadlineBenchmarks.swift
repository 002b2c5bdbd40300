import Benchmark
import Foundation
import KeHoach

/// Every deadline phrase of the example plans (transcribed from the seeds), with its plan year.
let seedPhrases: [(text: String, year: Int, issued: CivilDate?)] = {
    var url = URL(fileURLWithPath: #filePath)
    while !FileManager.default.fileExists(atPath: url.appendingPathComponent("examples").path) {
        url.deleteLastPathComponent()
    }
    let dir = url.appendingPathComponent("examples")
    var phrases: [(String, Int, CivilDate?)] = []
    for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where file.hasSuffix(".json") {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path),
              let plan = try? PlanDocument.decode(data) else { continue }
        for task in plan.tasks { phrases.append((task.deadline, plan.year, plan.issuedOn)) }
        for rule in plan.reporting { phrases.append((rule.deadline, plan.year, plan.issuedOn)) }
    }
    precondition(!phrases.isEmpty, "no example plans found")
    return phrases
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
                                           maxDuration: .seconds(3))

    // One iteration parses one phrase, cycling through the table: wall clock per phrase.
    Benchmark("parse one seed phrase", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var i = 0
        for _ in benchmark.scaledIterations {
            let p = seedPhrases[i % seedPhrases.count]
            blackHole(DeadlineParser.parse(p.text, planYear: p.year, issuedOn: p.issued))
            i += 1
        }
    }

    Benchmark("parse the whole seed phrase table (\(seedPhrases.count) phrases)") { benchmark in
        for _ in benchmark.scaledIterations {
            for p in seedPhrases { blackHole(DeadlineParser.parse(p.text, planYear: p.year, issuedOn: p.issued)) }
        }
    }

    let calendar = WorkingCalendar.standard
    let start = CivilDate(year: 2022, month: 1, day: 3)!

    Benchmark("add 1-60 working days", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var n = 0
        for _ in benchmark.scaledIterations {
            blackHole(calendar.adding(workingDays: n % 60 + 1, to: start.adding(days: n % 1500)))
            n += 1
        }
    }

    Benchmark("count working days across a year", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var n = 0
        for _ in benchmark.scaledIterations {
            let from = start.adding(days: n % 1500)
            blackHole(calendar.workingDays(from: from, to: from.adding(days: 365)))
            n += 1
        }
    }

    Benchmark("effective due date (day-off rule)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var n = 0
        for _ in benchmark.scaledIterations {
            blackHole(calendar.effectiveDue(start.adding(days: n % 1800)))
            n += 1
        }
    }
}
