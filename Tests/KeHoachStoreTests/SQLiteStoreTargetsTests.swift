import KeHoach
@testable import KeHoachStore
import Testing

/// Achieved values of Đa Lộc's targets (seed 001): 3.5 "- Từ 70% các thôn trở lên được kiểm
/// tra/giám sát" (one measure, ≥ 70 %), 3.6 "100% các thôn/tổ dân phố có tổ chức họp; từ 70% hộ gia
/// đình …; và từ 20% hộ gia đình khác trở lên …" (three), 1.10 "Tự đánh giá" (none).
@Suite("Target values: recorded per occurrence and measure, refused when they cannot be judged")
struct SQLiteStoreTargetsTests {
    let villages = "xa-da-loc:01/KH-UBND:2025:3.5:tien-do-6-thang", meetings = "xa-da-loc:01/KH-UBND:2025:3.6:tien-do-6-thang", selfAssessment = "xa-da-loc:01/KH-UBND:2025:1.10:tien-do-6-thang"

    @Test("a value is stored exactly to hundredths, replaced by a later one, and audited")
    func recordsAndReplaces() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.recordTargetValue(occurrenceID: villages, measure: 0, value: 75.5, on: date("2025-06-30"), by: "vhxh", note: "Biên bản kiểm tra")
        try s.store.recordTargetValue(occurrenceID: meetings, measure: 1, value: 68, on: date("2025-06-30"), by: "vhxh", note: nil)
        #expect(try s.store.targetValues(planID: s.planID) == [
            TargetValue(occurrenceID: villages, taskRef: "3.5", measure: 0, value: 75.5, on: date("2025-06-30"), by: "vhxh", note: "Biên bản kiểm tra"),
            TargetValue(occurrenceID: meetings, taskRef: "3.6", measure: 1, value: 68, on: date("2025-06-30"), by: "vhxh"),
        ])
        try s.store.recordTargetValue(occurrenceID: villages, measure: 0, value: 80, on: date("2025-07-02"), by: "vp", note: nil)
        let values = try s.store.targetValues(planID: s.planID)
        #expect(values.count == 2)
        #expect(values.first == TargetValue(occurrenceID: villages, taskRef: "3.5", measure: 0, value: 80, on: date("2025-07-02"), by: "vp"))
        let audit = try #require(try s.store.auditTrail(planID: s.planID).last)
        #expect(audit.action == "target.record" && audit.subject == villages && audit.actor == "vp")
        #expect(audit.detail == "Chỉ tiêu nhiệm vụ 3.5 (Báo cáo tiến độ: Báo cáo 6 tháng đầu năm), ≥ 70 %: đạt 80 % ngày 02/07/2025")
    }

    @Test("refused with nothing written: unknown occurrence, a target without a measure, a measure the cell lacks, a share above 100 %, a negative value")
    func refusals() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        let day = date("2025-06-30")
        #expect(throws: KeHoachError.notFound(what: "lần thực hiện", key: "xa-da-loc:01/KH-UBND:2025:3.5:tien-do-6-thanh", suggestion: villages)) {
            try s.store.recordTargetValue(occurrenceID: "xa-da-loc:01/KH-UBND:2025:3.5:tien-do-6-thanh", measure: 0, value: 75, on: day, by: "vp", note: nil)
        }
        do {
            try s.store.recordTargetValue(occurrenceID: selfAssessment, measure: 0, value: 1, on: day, by: "vp", note: nil)
            Issue.record("a qualitative target took a value")
        } catch {
            #expect(error.code == .invalid && error.message.contains("'Tự đánh giá'") && error.message.contains("đánh giá theo nội dung"))
        }
        do {
            try s.store.recordTargetValue(occurrenceID: meetings, measure: 3, value: 50, on: day, by: "vp", note: nil)
            Issue.record("a fourth measure of a three-measure cell was taken")
        } catch {
            #expect(error.message.contains("từ 1 đến 3: 1. = 100 %; 2. ≥ 70 %; 3. ≥ 20 %"))
        }
        #expect(throws: KeHoachError.invalidValue(field: "giá trị đạt được", value: "150", expected: "tỷ lệ phần trăm từ 0 đến 100", row: nil)) {
            try s.store.recordTargetValue(occurrenceID: villages, measure: 0, value: 150, on: day, by: "vp", note: nil)
        }
        #expect(throws: KeHoachError.self) {
            try s.store.recordTargetValue(occurrenceID: villages, measure: 0, value: -1, on: day, by: "vp", note: nil)
        }
        #expect(try s.store.targetValues(planID: s.planID).isEmpty)
        #expect(try rowCount(s.dir.path(), "target_values") == 0)
        #expect(try !s.store.auditTrail(planID: s.planID).contains { $0.action == "target.record" })
    }

    @Test("values die with their plan")
    func deletedWithThePlan() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.recordTargetValue(occurrenceID: villages, measure: 0, value: 75, on: date("2025-06-30"), by: "vp", note: nil)
        try s.store.deletePlan(id: s.planID, actor: "vp")
        #expect(try rowCount(s.dir.path(), "target_values") == 0)
    }
}
