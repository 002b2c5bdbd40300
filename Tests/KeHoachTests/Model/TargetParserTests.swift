import Foundation
import Testing
@testable import KeHoach

/// The chỉ tiêu cells of the seed plans (Đa Lộc's 01/KH-UBND appendix, seed 001; Chiềng Đông's
/// prose, seed 000; Hoàng Việt's, seed 003), read into metric, comparator and value.
@Suite("Targets: the chỉ tiêu read into metric, comparator and value, the text kept")
struct TargetParserTests {
    private func only(_ text: String) -> TargetMeasure? {
        let target = TargetParser.parse(text)
        #expect(target.text == text)
        #expect(target.measures.count == 1, "\(target.measures)")
        return target.measures.first
    }

    @Test("a bare share of a whole is = 100 %: '100 % đơn vị có ban hành văn bản'")
    func wholeShare() {
        let m = only("100 % đơn vị có ban hành văn bản")
        #expect(m?.comparator == .equal && m?.value == 100 && m?.unit == "%")
        #expect(m?.metric == "đơn vị có ban hành văn bản")
        #expect(m?.summary == "= 100 %")
    }

    @Test("'từ … trở lên' is ≥, and the 'trở lên' leaves the metric: '- Từ 70% các thôn trở lên được kiểm tra/giám sát'")
    func fromUpward() {
        let m = only("- Từ 70% các thôn trở lên được kiểm tra/giám sát")
        #expect(m?.comparator == .atLeast && m?.value == 70)
        #expect(m?.metric == "các thôn được kiểm tra/giám sát")
        #expect(m?.summary == "≥ 70 %")
    }

    @Test("a count per period: 'ít nhất 01 cuộc tuyên truyền trực tiếp/năm' is ≥ 1 cuộc/năm")
    func countPerYear() {
        let m = only("ít nhất 01 cuộc tuyên truyền trực tiếp/năm")
        #expect(m?.comparator == .atLeast && m?.value == 1 && m?.unit == "cuộc" && m?.per == "năm")
        #expect(m?.metric == "tuyên truyền trực tiếp")
        #expect(m?.summary == "≥ 1 cuộc/năm")
    }

    @Test("'đạt 92%' is a level to reach, the metric written before it (seed 000)")
    func reachWithMetricBefore() {
        let m = only("Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh năm 2022 đạt 92%")
        #expect(m?.comparator == .atLeast && m?.value == 92)
        #expect(m?.metric == "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh năm 2022")
    }

    @Test("'không quá', 'trên', 'dưới', 'tối thiểu' and accents or capitals do not matter")
    func comparators() {
        #expect(only("Tỷ lệ hồ sơ trễ hạn không quá 5%")?.comparator == .atMost)
        #expect(only("Trên 95% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn")?.summary == "> 95 %")
        #expect(only("ty le ho so tre han duoi 2,5%")?.summary == "< 2,5 %")
        #expect(only("Mức độ hài lòng của người dân về giải quyết TTHC đạt TỐI THIỂU 90%")?.summary == "≥ 90 %")
        #expect(only("Mức độ hài lòng của người dân về giải quyết TTHC đạt TỐI THIỂU 90%")?.metric
                == "Mức độ hài lòng của người dân về giải quyết TTHC")
    }

    @Test("a cell with several targets gives one measure each, in order (Đa Lộc 3.x)")
    func severalInOneCell() {
        let t = TargetParser.parse("100% các thôn/tổ dân phố có tổ chức họp; từ 70% hộ gia đình có tên trong Danh sách hộ gia đình cần rà soát và từ 20% hộ gia đình khác trở lên trên địa bàn cấp xã tham dự họp")
        #expect(t.measures.map(\.summary) == ["= 100 %", "≥ 70 %", "≥ 20 %"])
        #expect(t.measures[0].metric == "các thôn/tổ dân phố có tổ chức họp")
        #expect(t.measures[1].metric == "hộ gia đình có tên trong Danh sách hộ gia đình cần rà soát và")
        #expect(t.measures[2].metric == "hộ gia đình khác trên địa bàn cấp xã tham dự họp")
        #expect(t.reading == .quantified && t.summary == "= 100 %; ≥ 70 %; ≥ 20 %")
    }

    @Test("the long one-stop-shop cell of Đa Lộc: every share and count, years and '1 cửa' are not figures")
    func oneStopShopCell() throws {
        let cell = try #require(try ExamplePlansTests.plan(ExamplePlansTests.examples[0]).tasks.first { ($0.target ?? "").hasPrefix("- 100% cơ quan hành chính nhà nước") }?.target)
        let t = TargetParser.parse(cell)
        #expect(t.measures.map(\.summary) == [
            "= 100 %", "= 100 %", "= 100 %", "= 100 %", "≥ 80 %", "≥ 60 %", "≥ 80 %", "≥ 30 %", "= 100 %", "= 100 %",
            "> 95 %", "≥ 80 %", "= 100 %", "≥ 90 %", "≥ 85 %", "= 100 %", "≥ 1 lần/năm", "= 100 %", "≥ 30 %"])
        #expect(t.measures[5].metric == "tỷ lệ hồ sơ giải quyết trực tuyến", "the seed's 'phần đầu' (phấn đấu) opens the sentence")
        #expect(t.measures[14].metric == "mức độ hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư", "without 'Trong đó,'")
        #expect(t.measures[16].metric == "công chức, viên chức làm việc tại Bộ phận Một cửa các cấp được tập huấn")
        #expect(t.notUnderstood.isEmpty)
    }

    @Test("'Không để xảy ra …' is = 0 of what follows")
    func noneAllowed() {
        let m = only("Không để xảy ra các vụ cháy, nổ đặc biệt nghiêm trọng")
        #expect(m?.comparator == .equal && m?.value == 0 && m?.unit == "")
        #expect(m?.metric == "các vụ cháy, nổ đặc biệt nghiêm trọng" && m?.summary == "= 0")
        let security = TargetParser.parse("- Đảm bảo trên địa bàn không để phát sinh mới các vụ, việc khiếu kiện phức tạp trở thành “điểm nóng” về ANTT - Không để phát sinh tội phạm có tổ chức, băng, nhóm tội phạm")
        #expect(security.measures.map(\.metric) == ["các vụ, việc khiếu kiện phức tạp trở thành “điểm nóng” về ANTT", "tội phạm có tổ chức, băng, nhóm tội phạm"])
    }

    @Test("text without a figure is qualitative, kept, nothing invented: 'Ban hành', 'Tự đánh giá'")
    func qualitative() {
        for cell in ["Ban hành", "Tự đánh giá", "Tỷ lệ bao phủ BHYT đạt chỉ tiêu do BHXH Việt Nam và Ủy ban nhân dân tỉnh giao"] {
            let t = TargetParser.parse(cell)
            #expect(t.reading == .qualitative && t.measures.isEmpty && t.notUnderstood.isEmpty && t.text == cell)
        }
    }

    @Test("a change relative to something else is not guessed: flagged verbatim")
    func relativeIsFlagged() {
        let poor = TargetParser.parse("phấn đấu năm 2022 giảm 3% - 3,5% so với năm trước")
        #expect(poor.measures.isEmpty && poor.reading == .notUnderstood)
        #expect(poor.notUnderstood == ["phấn đấu năm 2022 giảm 3% - 3,5% so với năm trước"])
        let traffic = TargetParser.parse("Không để gia tăng tai nạn giao thông trên cả 3 tiêu chí so với năm trước liền kề")
        #expect(traffic.reading == .notUnderstood)
        let grow = TargetParser.parse("cấp xã 55% (mỗi năm tăng tối thiểu 20%)")
        #expect(grow.measures.map(\.summary) == ["≥ 55 %"])
        #expect(grow.notUnderstood == ["cấp xã 55% (mỗi năm tăng tối thiểu 20%)"])
    }

    @Test("a level written as a rank is flagged, not read as a count: 'phổ cập giáo dục tiểu học đạt mức 3'")
    func levelIsFlagged() {
        let t = TargetParser.parse("Đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi; phổ cập giáo dục tiểu học đạt mức 3; phổ cập giáo dục trung học cơ sở đạt mức 2")
        #expect(t.measures.isEmpty)
        #expect(t.notUnderstood == ["phổ cập giáo dục tiểu học đạt mức 3", "phổ cập giáo dục trung học cơ sở đạt mức 2"])
    }

    @Test("met, not met and not measured follow the comparator")
    func judging() {
        let atLeast70 = TargetMeasure(metric: "thôn", comparator: .atLeast, value: 70, unit: "%", phrase: "từ 70%")
        #expect(atLeast70.result(achieved: 70) == .met)
        #expect(atLeast70.result(achieved: 69.9) == .notMet)
        #expect(atLeast70.result(achieved: nil) == .notMeasured)
        let above95 = TargetMeasure(metric: "hồ sơ", comparator: .greater, value: 95, unit: "%", phrase: "trên 95%")
        #expect(above95.result(achieved: 95) == .notMet && above95.result(achieved: 96) == .met)
        let atMost5 = TargetMeasure(metric: "hồ sơ", comparator: .atMost, value: 5, unit: "%", phrase: "không quá 5%")
        #expect(atMost5.result(achieved: 5) == .met && atMost5.result(achieved: 5.5) == .notMet)
        #expect(TargetResult.notMeasured.vietnamese == "Chưa đo")
    }

    @Test("every target of the example plans is read without a crash and keeps its text")
    func everyExampleTarget() throws {
        for plan in try ExamplePlansTests.examples.map(ExamplePlansTests.plan) {
            for task in plan.tasks {
                guard let cell = task.target else { continue }
                let t = TargetParser.parse(cell)
                #expect(t.text == cell)
                for m in t.measures { #expect(!m.phrase.isEmpty, "\(task.ref): \(cell)") }
            }
        }
    }
}
