import KeHoach


extension ProgressReport {
    /// One task's target ("chỉ tiêu") in a report: the cell verbatim, what ``TargetParser`` read
    /// in it, and each measure's judgement.
    public struct TargetRow: Codable, Sendable {
        public var taskRef: String
        public var task: String
        public var dimension: String?
        /// The cell, verbatim.
        public var text: String
        /// ``Target/Reading`` raw value: quantified, qualitative, not_understood.
        public var reading: String
        public var measures: [MeasureRow]
        /// Clauses with a figure that gave no measure, verbatim.
        public var notUnderstood: [String]

        /// The targets of the plan's tasks among `reported` (task refs), in the plan's order.
        /// `achieved` holds recorded values by task ref and measure index; a measure without one
        /// is "not measured".
        public static func rows(plan: Plan, reported: Set<String>, achieved: [String: [Int: TargetValue]] = [:]) -> [TargetRow] {
            plan.tasks.compactMap { task in
                guard reported.contains(task.ref), let cell = task.target, !cell.isEmpty else { return nil }
                let target = TargetParser.parse(cell)
                let measures = target.measures.enumerated().map { index, m in
                    MeasureRow(m, achieved: achieved[task.ref]?[index])
                }
                return TargetRow(taskRef: task.ref, task: task.description, dimension: task.dimension, text: cell,
                                 reading: target.reading.rawValue, measures: measures, notUnderstood: target.notUnderstood)
            }
        }

        /// What the report's target column shows: the measures with their judgement, or why there
        /// are none ("Không định lượng", "Chưa đọc được: …").
        public var reportCell: String {
            switch Target.Reading(rawValue: reading) {
            case .quantified?:
                return measures.map { "\($0.summary): \($0.resultText)" }.joined(separator: "; ")
                    + (notUnderstood.isEmpty ? "" : "; chưa đọc được: " + notUnderstood.joined(separator: "; "))
            case .notUnderstood?: return "Chưa đọc được chỉ tiêu định lượng: " + notUnderstood.joined(separator: "; ")
            default: return "Không định lượng (đánh giá theo nội dung)"
            }
        }
    }

    /// The values that count in a report: per task and measure, the one recorded for the latest
    /// occurrence in the report (by effective due date) and measured on or before `asOf`.
    public static func achieved(_ values: [TargetValue], items: [Item], asOf: CivilDate) -> [String: [Int: TargetValue]] {
        let due = Dictionary(items.map { ($0.id, $0.effectiveDue) }, uniquingKeysWith: { a, _ in a })
        var chosen: [String: [Int: TargetValue]] = [:]
        for v in values where v.on <= asOf {
            guard let d = due[v.occurrenceID] else { continue }
            if let current = chosen[v.taskRef]?[v.measure], let c = due[current.occurrenceID], (c, current.on) > (d, v.on) { continue }
            chosen[v.taskRef, default: [:]][v.measure] = v
        }
        return chosen
    }

    /// One measure of a target in a report, with what was achieved and the judgement.
    public struct MeasureRow: Codable, Sendable {
        public var metric: String
        /// "=", "≥", ">", "≤", "<".
        public var comparator: String
        public var value: Double
        public var unit: String
        public var per: String?
        /// "≥ 70 %".
        public var summary: String
        /// The recorded achieved value, if any.
        public var achieved: Double?
        /// The occurrence it was recorded for and the day it was measured.
        public var measuredFor: String?
        public var measuredOn: String?
        /// ``TargetResult`` raw value: met, not_met, not_measured.
        public var result: String

        /// The judgement in Vietnamese with the value achieved: "Đạt (đạt được 75 %)".
        public var resultText: String {
            let judged = TargetResult(rawValue: result) ?? .notMeasured
            guard let achieved else { return judged.vietnamese }
            return "\(judged.vietnamese) (đạt được \(TargetMeasure.vietnamese(achieved))\(unit.isEmpty ? "" : " \(unit)"))"
        }

        /// The row of `measure` judged on the value recorded for it, if any.
        public init(_ measure: TargetMeasure, achieved recorded: TargetValue?) {
            let achieved = recorded?.value
            measuredFor = recorded?.occurrenceID
            measuredOn = recorded?.on.iso
            metric = measure.metric
            comparator = measure.comparator.rawValue
            value = measure.value
            unit = measure.unit
            per = measure.per
            summary = measure.summary
            self.achieved = achieved
            result = measure.result(achieved: achieved).rawValue
        }
    }
}
