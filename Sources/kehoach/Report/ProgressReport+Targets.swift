import KeHoach

extension ProgressReport {
    /// One task's target ("chỉ tiêu") in a report: the cell verbatim, what ``TargetParser`` read
    /// in it, and each measure's judgement.
    struct TargetRow: Codable, Sendable {
        var taskRef: String
        var task: String
        var dimension: String?
        /// The cell, verbatim.
        var text: String
        /// ``Target/Reading`` raw value: quantified, qualitative, not_understood.
        var reading: String
        var measures: [MeasureRow]
        /// Clauses with a figure that gave no measure, verbatim.
        var notUnderstood: [String]

        /// The targets of the plan's tasks among `reported` (task refs), in the plan's order.
        /// `achieved` holds recorded values by task ref and measure index; a measure without one
        /// is "not measured".
        static func rows(plan: Plan, reported: Set<String>, achieved: [String: [Int: Double]] = [:]) -> [TargetRow] {
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
        var reportCell: String {
            switch Target.Reading(rawValue: reading) {
            case .quantified?:
                return measures.map { "\($0.summary): \(ReportText.targetResult($0))" }.joined(separator: "; ")
                    + (notUnderstood.isEmpty ? "" : "; chưa đọc được: " + notUnderstood.joined(separator: "; "))
            case .notUnderstood?: return "Chưa đọc được chỉ tiêu định lượng: " + notUnderstood.joined(separator: "; ")
            default: return "Không định lượng (đánh giá theo nội dung)"
            }
        }
    }

    /// One measure of a target in a report, with what was achieved and the judgement.
    struct MeasureRow: Codable, Sendable {
        var metric: String
        /// "=", "≥", ">", "≤", "<".
        var comparator: String
        var value: Double
        var unit: String
        var per: String?
        /// "≥ 70 %".
        var summary: String
        /// The recorded achieved value, if any.
        var achieved: Double?
        /// ``TargetResult`` raw value: met, not_met, not_measured.
        var result: String

        /// The row of `measure` judged on `achieved`.
        init(_ measure: TargetMeasure, achieved: Double?) {
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
