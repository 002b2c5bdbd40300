import KeHoach

/// A value achieved against one measure of a task's target, recorded for one occurrence
/// ("75 %" of "từ 70% các thôn trở lên được kiểm tra" for its 6-month report).
public struct TargetValue: Hashable, Sendable {
    /// The occurrence it was measured for.
    public var occurrenceID: String
    /// The task it belongs to.
    public var taskRef: String
    /// The measure's index (0-based) in ``Target/measures`` of the task's target.
    public var measure: Int
    /// The value achieved, to hundredths.
    public var value: Double
    /// The day it was measured.
    public var on: CivilDate
    /// Who recorded it.
    public var by: String
    /// A remark (where the figure comes from).
    public var note: String?

    /// A value from its parts.
    public init(occurrenceID: String, taskRef: String, measure: Int, value: Double, on: CivilDate, by: String, note: String? = nil) {
        self.occurrenceID = occurrenceID
        self.taskRef = taskRef
        self.measure = measure
        self.value = value
        self.on = on
        self.by = by
        self.note = note
    }
}

/// Where achieved target values are kept: beside the schedule, keyed by occurrence.
public protocol TargetValueStore {
    /// Records `value` achieved against measure `measure` (0-based) of the target of the task
    /// of `occurrenceID`, replacing an earlier value for the same occurrence and measure.
    func recordTargetValue(occurrenceID: String, measure: Int, value: Double, on: CivilDate,
                           by: String, note: String?) throws(KeHoachError)

    /// The values recorded for the plan's occurrences, by occurrence id then measure.
    func targetValues(planID: Int64) throws(KeHoachError) -> [TargetValue]
}

extension SQLiteStore: TargetValueStore {
    /// Records an achieved value in one transaction with a "target.record" audit entry.
    ///
    /// Refused, with nothing written: an unknown occurrence (notFound, with the closest id), a
    /// task whose target has no measure ("Ban hành"), a measure index the target does not have,
    /// a negative or non-finite value, or a share above 100 %.
    public func recordTargetValue(occurrenceID: String, measure: Int, value: Double, on: CivilDate,
                                  by actor: String, note: String?) throws(KeHoachError) {
        try expandPendingPlans()
        let occurrenceID = try currentOccurrenceID(occurrenceID)
        try write { () throws(KeHoachError) in
            let row = try database.prepare("""
                SELECT o.plan_id, o.task_ref, o.label, t.target FROM occurrences o JOIN tasks t ON t.row_id = o.task_row
                WHERE o.id = ?
                """)
            try row.bind([occurrenceID])
            guard try row.step() else { throw try unknownOccurrence(occurrenceID) }
            let planID = row.integer(0), taskRef = row.text(1), label = row.text(2), cell = row.text(3)
            let measures = TargetParser.parse(cell).measures
            guard !measures.isEmpty else {
                throw .invalidValue(field: "chỉ tiêu của nhiệm vụ \(taskRef)", value: cell,
                                    expected: "một chỉ tiêu định lượng (vd. \"100% hồ sơ\", \"từ 70% trở lên\"); chỉ tiêu này đánh giá theo nội dung",
                                    row: nil)
            }
            guard measures.indices.contains(measure) else {
                throw .invalidValue(field: "--measure", value: String(measure + 1),
                                    expected: "từ 1 đến \(measures.count): " + measures.enumerated().map { "\($0.offset + 1). \($0.element.summary)" }.joined(separator: "; "),
                                    row: nil)
            }
            let m = measures[measure]
            guard value.isFinite, value >= 0, m.unit != "%" || value <= 100 else {
                throw .invalidValue(field: "giá trị đạt được", value: TargetMeasure.vietnamese(value),
                                    expected: m.unit == "%" ? "tỷ lệ phần trăm từ 0 đến 100" : "một số không âm", row: nil)
            }
            let note = note.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
            try database.run("""
                INSERT INTO target_values (occurrence_id, measure, plan_id, hundredths, on_day, recorded_by, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, \(SQLiteStore.nowSQL))
                ON CONFLICT (occurrence_id, measure) DO UPDATE SET plan_id = excluded.plan_id, hundredths = excluded.hundredths,
                    on_day = excluded.on_day, recorded_by = excluded.recorded_by, note = excluded.note, recorded_at = excluded.recorded_at
                """, [occurrenceID, measure, planID, Int64((value * 100).rounded()), on.dayNumber, actor, note])
            let unit = m.unit.isEmpty ? "" : " \(m.unit)"
            var detail = "Chỉ tiêu nhiệm vụ \(taskRef) (\(label)), \(m.summary): đạt \(TargetMeasure.vietnamese(value))\(unit) ngày \(on.vietnamese)"
            if let note { detail += "; ghi chú: \(note)" }
            try appendAudit(actor: actor, action: "target.record", planID: planID, subject: occurrenceID, detail: detail)
        }
    }

    /// The plan's recorded values, ordered by occurrence id and measure.
    /// Unknown plan: ``KeHoachError/notFound(what:key:suggestion:)``.
    public func targetValues(planID: Int64) throws(KeHoachError) -> [TargetValue] {
        try read { () throws(KeHoachError) -> [TargetValue] in
            try requirePlan(planID)
            let rows = try database.prepare("""
                SELECT v.occurrence_id, o.task_ref, v.measure, v.hundredths, v.on_day, v.recorded_by, v.note
                FROM target_values v JOIN occurrences o ON o.id = v.occurrence_id
                WHERE v.plan_id = ? ORDER BY v.occurrence_id, v.measure
                """)
            try rows.bind([planID])
            var values: [TargetValue] = []
            while try rows.step() {
                values.append(TargetValue(occurrenceID: rows.text(0), taskRef: rows.text(1), measure: Int(rows.integer(2)),
                                          value: Double(rows.integer(3)) / 100, on: CivilDate(dayNumber: Int(rows.integer(4))),
                                          by: rows.text(5), note: rows.optionalText(6)))
            }
            return values
        }
    }
}
