import Testing
@testable import KeHoach

/// Every distinct deadline phrase of the five seed plans, with its meaning written by hand.
@Suite("Deadline phrases of the seed plans")
struct DeadlineSeedPhraseTests {
    /// Seed 000, Chiềng Đông: plan year 2022, issued 22/02/2022; the appendix's last column and
    /// the reporting sentence of section IV.
    static let seed000: [DeadlineRow] = {
        func row(_ text: String) -> DeadlineRow { DeadlineRow(text: text, planYear: 2022, issuedOn: "2022-02-22") }
        var rows: [DeadlineRow] = []
        var r = row("-Ban hành Kế hoạch quý I/2022; \n- Báo cáo 6 tháng, năm")
        r.milestones = [due("Ban hành Kế hoạch", "2022-03-31")]; r.recurrence = [.halfYear, .year]; rows.append(r)
        r = row("Quý IV/2022"); r.milestones = [due(nil, "2022-12-31")]; rows.append(r)
        r = row("Quý I, II/2022"); r.milestones = [due(nil, "2022-03-31"), due(nil, "2022-06-30")]; rows.append(r)
        r = row("- Công văn quý I/2022;  \n\n- Báo cáo quý IV/2022.  ")
        r.milestones = [due("Công văn", "2022-03-31"), due("Báo cáo", "2022-12-31")]; rows.append(r)
        r = row("Thường xuyên"); r.continuous = true; rows.append(r)
        r = row("Quý I/2022"); r.milestones = [due(nil, "2022-03-31")]; rows.append(r)
        r = row("Kế hoạch tháng \n\n01/2022; Báo cáo quý IV/2022")
        r.milestones = [due("Kế hoạch", "2022-01-31"), due("Báo cáo", "2022-12-31")]; rows.append(r)
        r = row("- Văn bản triển khai quý I/2022; \n\n- Báo cáo quý IV/2022. ")
        r.milestones = [due("Văn bản triển khai", "2022-03-31"), due("Báo cáo", "2022-12-31")]; rows.append(r)
        r = row("- Công văn hướng dẫn quý I/2022; \n\n- Báo cáo quý IV/2022")
        r.milestones = [due("Công văn hướng dẫn", "2022-03-31"), due("Báo cáo", "2022-12-31")]; rows.append(r)
        r = row("Sau khi được  \n\nUBND tỉnh phê duyệt")
        r.event = ("Sau khi được UBND tỉnh phê duyệt", nil, false); rows.append(r)
        r = row("Ngay sau khi có Quyết định phê \n\nduyệt của UBND tỉnh")
        r.event = ("Ngay sau khi có Quyết định phê duyệt của UBND tỉnh", nil, false); rows.append(r)
        r = row("Quý III/2022"); r.milestones = [due(nil, "2022-09-30")]; rows.append(r)
        r = row("Quý, 6 tháng, năm"); r.recurrence = [.quarter, .halfYear, .year]; rows.append(r)
        r = row("Khi có Quyết định công bố thủ tục \n\nhành chính của Sở Tư pháp")
        r.event = ("Khi có Quyết định công bố thủ tục hành chính của Sở Tư pháp", nil, false); rows.append(r)
        r = row("6 tháng, năm"); r.recurrence = [.halfYear, .year]; rows.append(r)
        r = row("Theo định kỳ 6 tháng, năm"); r.recurrence = [.halfYear, .year]; rows.append(r)
        r = row("- Kế hoạch quý I; - Báo cáo kết \n\nquả 6 tháng, năm")
        r.milestones = [due("Kế hoạch", "2022-03-31")]; r.recurrence = [.halfYear, .year]; rows.append(r)
        r = row("- Ban hành Kế hoạch trong Quý \n\nI/2022; \n\n- Báo cáo kết quả quý IV/2022")
        r.milestones = [due("Ban hành Kế hoạch", "2022-03-31"), due("Báo cáo kết quả", "2022-12-31")]; rows.append(r)
        r = row("Tháng 12/2022"); r.milestones = [due(nil, "2022-12-31")]; rows.append(r)
        r = row("- Báo cáo quý IV/2022"); r.milestones = [due("Báo cáo", "2022-12-31")]; rows.append(r)
        r = row("Tháng 7/2022"); r.milestones = [due(nil, "2022-07-31")]; rows.append(r)
        r = row("- Kế hoạch quý I/2022; \n\n- Báo cáo quý IV/2022")
        r.milestones = [due("Kế hoạch", "2022-03-31"), due("Báo cáo", "2022-12-31")]; rows.append(r)
        // The explicit date wins: the periods before it say what the report covers.
        r = row("Báo cáo kết quả 6 tháng, năm \n\n(trước ngày 15/11/2022)")
        r.milestones = [due("Báo cáo kết quả 6 tháng, năm", "2022-11-14")]; rows.append(r)
        r = row("- Văn bản chỉ đạo quý II, \n\n- Báo cáo kết quả quý IV/2022")
        r.milestones = [due("Văn bản chỉ đạo", "2022-06-30"), due("Báo cáo kết quả", "2022-12-31")]; rows.append(r)
        r = row("- Văn bản chỉ đạo quý III/2022 \n\n- Báo cáo kết quả quý IV/2022")
        r.milestones = [due("Văn bản chỉ đạo", "2022-09-30"), due("Báo cáo kết quả", "2022-12-31")]; rows.append(r)
        r = row("Định kỳ hàng \n\nquý, 6 tháng, năm báo cáo kết quả về UBND xã.")
        r.recurrence = [.quarter, .halfYear, .year]; rows.append(r)
        // Deadlines written inside the task column, in parentheses.
        r = row("(Khi có văn bản chỉ đạo của cấp có thẩm \n\nquyền)")
        r.event = ("Khi có văn bản chỉ đạo của cấp có thẩm quyền", nil, false); rows.append(r)
        r = row("(khi \n\ncó KH, yêu cầu của ngành chức năng)")
        r.event = ("khi có KH, yêu cầu của ngành chức năng", nil, false); rows.append(r)
        r = row("(theo kế hoạch, chỉ đạo \n\ncủa UBND huyện)"); r.unspecified = true; rows.append(r)
        return rows
    }()

    /// Seed 001, Đa Lộc: 01/KH-UBND of 02/01/2025; the appendix's last column (cells broken by
    /// page ends included) and the reporting sentence.
    static let seed001: [DeadlineRow] = {
        func row(_ text: String) -> DeadlineRow { DeadlineRow(text: text, planYear: 2025, issuedOn: "2025-01-02") }
        var rows: [DeadlineRow] = []
        var r = row("Khi có văn bản, Thông tư hướng dẫn mới của Trung ương")
        r.event = ("Khi có văn bản, Thông tư hướng dẫn mới của Trung ương", nil, false); rows.append(r)
        r = row("Khi có văn bản chỉ đạo của Trung ương về bầu cử")
        r.event = ("Khi có văn bản chỉ đạo của Trung ương về bầu cử", nil, false); rows.append(r)
        r = row("Khi có chủ trương, chính sách mới")
        r.event = ("Khi có chủ trương, chính sách mới", nil, false); rows.append(r)
        r = row("Quý II/2025"); r.milestones = [due(nil, "2025-06-30")]; rows.append(r)
        r = row("Năm 2025"); r.milestones = [due(nil, "2025-12-31")]; rows.append(r)
        r = row("Quý III/2025"); r.milestones = [due(nil, "2025-09-30")]; rows.append(r)
        r = row("Thường xuyên"); r.continuous = true; rows.append(r)
        r = row("Theo Kế hoạch"); r.unspecified = true; rows.append(r)
        // "định kỳ" without a period says nothing about how often: flagged.
        r = row("Thường xuyên, định kỳ"); r.continuous = true; r.flagged = true; rows.append(r)
        r = row("Thường xuyên (nếu có), định kỳ"); r.continuous = true; r.flagged = true; rows.append(r)
        r = row("(nếu có), định kỳ"); r.unspecified = true; r.flagged = true; rows.append(r)
        r = row("Hàng quý, 06 tháng, năm"); r.recurrence = [.quarter, .halfYear, .year]; rows.append(r)
        r = row("Thực hiện sau khi QHKHSDĐ được phê duyệt;")
        r.event = ("sau khi QHKHSDĐ được phê duyệt", nil, false); rows.append(r)
        r = row("- Việc công bố công khai thực hiện chậm nhất là 15 ngày kể từ ngày được cơ quan nhà nước có thẩm quyền quyết định, phê duyệt")
        r.event = ("ngày được cơ quan nhà nước có thẩm quyền quyết định, phê duyệt", 15, false); rows.append(r)
        r = row("Thực hiện sau khi QHKHSDĐ được phê duyệt;\n- Việc công bố công khai thực hiện chậm nhất là 15 ngày kể từ ngày được cơ quan nhà nước có thẩm quyền quyết định, phê duyệt")
        r.event = ("sau khi QHKHSDĐ được phê duyệt", 15, false); rows.append(r)
        r = row("Định kỳ theo quý"); r.recurrence = [.quarter]; rows.append(r)
        r = row("Trong năm học"); r.milestones = [due(nil, "2025-05-31")]
        r.schoolYear = ("2024-09-01", "2025-05-31"); rows.append(r)
        r = row("Hoàn thành trước tháng 11/2025"); r.milestones = [due(nil, "2025-10-31")]; rows.append(r)
        r = row("Quý IV năm 2025"); r.milestones = [due(nil, "2025-12-31")]; rows.append(r)
        r = row("<p>Thường xuyên</p>"); r.continuous = true; rows.append(r)
        r = row("Hàng năm"); r.recurrence = [.year]; rows.append(r)
        r = row("Khi thực hiện bầu Trưởng thôn")
        r.event = ("Khi thực hiện bầu Trưởng thôn", nil, false); rows.append(r)
        r = row("Thường\nxuyên"); r.continuous = true; rows.append(r)
        r = row("Thường"); r.unspecified = true; r.flagged = true; rows.append(r)
        r = row("xuyên"); r.unspecified = true; r.flagged = true; rows.append(r)
        r = row("trong thời gian 03 ngày làm việc")
        r.event = ("trong thời gian 03 ngày làm việc", 3, true); rows.append(r)
        r = row("Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025 (thời gian chốt số liệu tính từ ngày 01/01/2025 đến ngày 30/6/2025); báo cáo năm trước 05/01/2026 (thời gian chốt số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025).")
        r.milestones = [due("Báo cáo gửi 6 tháng đầu năm", "2025-07-04"), due("báo cáo năm", "2026-01-04")]; rows.append(r)
        return rows
    }()

    /// Seeds 002 (2023, no issue date), 003 (2023, 07/7/2023) and 004 (2022, 28/02/2022): the
    /// reporting and completion sentences.
    static let seeds002to004: [DeadlineRow] = {
        var rows: [DeadlineRow] = []
        var r = DeadlineRow(text: "06 \n\ntháng đầu năm trước ngày 03/6 (thời gian chốt số liệu tính từ ngày 01/11/2022 \n\nđến ngày 31/5/2023); báo cáo năm trước ngày 25/10/2023 (thời gian chốt số liệu \n\ntính từ ngày 01/11/2022 đến ngày 25/10/2023).", planYear: 2023)
        r.milestones = [due("06 tháng đầu năm", "2023-06-02"), due("báo cáo năm", "2023-10-24")]; rows.append(r)
        r = DeadlineRow(text: "Trước ngày 10 tháng 11 năm 2023", planYear: 2023, issuedOn: "2023-07-07")
        r.milestones = [due(nil, "2023-11-09")]; rows.append(r)
        r = DeadlineRow(text: "Thời gian hoàn thành: Trước ngày 10 tháng 11 năm 2023", planYear: 2023, issuedOn: "2023-07-07")
        r.milestones = [due(nil, "2023-11-09")]; rows.append(r)
        r = DeadlineRow(text: "báo cáo kết quả công tác CCHC 9 tháng, \n\nbáo cáo năm 2023", planYear: 2023, issuedOn: "2023-07-07")
        r.milestones = [due("báo cáo kết quả công tác CCHC", "2023-09-30"), due("báo cáo", "2023-12-31")]; rows.append(r)
        r = DeadlineRow(text: "Định kỳ hàng quý, 06 tháng, năm kết hợp đưa nội dung báo cáo kết quả thực hiện nhiệm vụ theo kế hoạch này vào báo cáo công tác CCHC", planYear: 2022, issuedOn: "2022-02-28")
        r.recurrence = [.quarter, .halfYear, .year]; rows.append(r)
        return rows
    }()

    @Test("seed 000 (Chiềng Đông 2022): every deadline cell", arguments: seed000)
    func seed000Phrases(_ row: DeadlineRow) { row.check() }

    @Test("seed 001 (Đa Lộc 2025): every deadline cell and the reporting sentence", arguments: seed001)
    func seed001Phrases(_ row: DeadlineRow) { row.check() }

    @Test("seeds 002-004: reporting and completion sentences", arguments: seeds002to004)
    func otherSeedPhrases(_ row: DeadlineRow) { row.check() }

    @Test("a recurrence keeps the label of its bullet: '- Báo cáo 6 tháng, năm'")
    func recurrenceLabels() {
        let spec = DeadlineParser.parse("-Ban hành Kế hoạch quý I/2022; \n- Báo cáo 6 tháng, năm", planYear: 2022)
        #expect(spec.recurrences == [DeadlineRecurrence(period: .halfYear, label: "Báo cáo"),
                                     DeadlineRecurrence(period: .year, label: "Báo cáo")])
        #expect(spec.milestones.first?.period == .quarter(1, year: 2022))
        #expect(spec.milestones.first?.written == "quý I/2022")
    }

    @Test("written words collapse the line breaks of the cell")
    func writtenWords() {
        let spec = DeadlineParser.parse("Kế hoạch tháng \n\n01/2022; Báo cáo quý IV/2022", planYear: 2022)
        #expect(spec.milestones.map(\.written) == ["tháng 01/2022", "quý IV/2022"])
    }

    @Test("a report deadline keeps the period it covers and its data cut-off window")
    func reportWindows() {
        let spec = DeadlineParser.parse(DeadlineSeedPhraseTests.seed001.last!.text, planYear: 2025)
        #expect(spec.milestones.map(\.period) == [.halfYear(1, year: 2025), .year(2025)])
        #expect(spec.milestones.map(\.rule) == [.beforeDate, .beforeDate])
        #expect(spec.dataWindows == [
            DateRange(from: CivilDate(year: 2025, month: 1, day: 1)!, to: CivilDate(year: 2025, month: 6, day: 30)!),
            DateRange(from: CivilDate(year: 2025, month: 1, day: 1)!, to: CivilDate(year: 2025, month: 12, day: 31)!),
        ])
    }
}
