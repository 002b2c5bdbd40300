import Testing
@testable import KeHoach

/// The classes of the deadline language on phrases beyond the seeds, and its spelling freedom.
@Suite("Deadline language: classes, spellings and what is flagged")
struct DeadlineGrammarTests {
    private static func row(_ text: String, _ year: Int = 2025, issued: String? = nil,
                            _ edit: (inout DeadlineRow) -> Void) -> DeadlineRow {
        var r = DeadlineRow(text: text, planYear: year, issuedOn: issued)
        edit(&r)
        return r
    }

    static let periodEnds: [DeadlineRow] = [
        row("tháng 3, 6, 9 và 12") { $0.milestones = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"].map { due(nil, $0) } },
        row("Tháng 3, 6/2024") { $0.milestones = [due(nil, "2024-03-31"), due(nil, "2024-06-30")] },
        row("quý I và quý II năm 2026") { $0.milestones = [due(nil, "2026-03-31"), due(nil, "2026-06-30")] },
        row("6 tháng đầu năm 2025") { $0.milestones = [due(nil, "2025-06-30")] },
        row("6 tháng cuối năm") { $0.milestones = [due(nil, "2025-12-31")] },
        row("9 tháng đầu năm") { $0.milestones = [due(nil, "2025-09-30")] },
        row("9 tháng năm 2024") { $0.milestones = [due(nil, "2024-09-30")] },
        row("giai đoạn 2021-2025") { $0.milestones = [due(nil, "2025-12-31")] },
        row("Giai đoạn (2021 – 2030)") { $0.milestones = [due(nil, "2030-12-31")] },
        row("trong Quý III") { $0.milestones = [due(nil, "2025-09-30")] },
        row("Trong tháng 02/2024") { $0.milestones = [due(nil, "2024-02-29")] },
        row("Quý I năm liền kề") { $0.milestones = [due(nil, "2026-03-31")] },
        row("năm sau") { $0.milestones = [due(nil, "2026-12-31")] },
        row("Năm trước") { $0.milestones = [due(nil, "2024-12-31")] },
        row("tháng 6 năm tới") { $0.milestones = [due(nil, "2026-06-30")] },
    ]

    static let bounds: [DeadlineRow] = [
        row("trước ngày 05/7/2025") { $0.milestones = [due(nil, "2025-07-04")] },
        row("Trước ngày 01/01/2026") { $0.milestones = [due(nil, "2025-12-31")] },
        row("truoc ngay 5-7-2025") { $0.milestones = [due(nil, "2025-07-04")] },
        row("trước ngày 5.7.2025") { $0.milestones = [due(nil, "2025-07-04")] },
        row("trước tháng 3/2024") { $0.milestones = [due(nil, "2024-02-29")] },
        row("Trước quý III/2025") { $0.milestones = [due(nil, "2025-06-30")] },
        row("chậm nhất ngày 30/6/2025") { $0.milestones = [due(nil, "2025-06-30")] },
        row("Chậm nhất là ngày 15 tháng 3 năm 2025") { $0.milestones = [due(nil, "2025-03-15")] },
        row("chậm nhất trước ngày 15/3") { $0.milestones = [due(nil, "2025-03-14")] },
        row("đến hết ngày 31/12/2025") { $0.milestones = [due(nil, "2025-12-31")] },
        row("Đến hết tháng 6/2025") { $0.milestones = [due(nil, "2025-06-30")] },
        row("từ ngày 01/3/2025 đến ngày 15/3/2025") { $0.milestones = [due(nil, "2025-03-15")] },
        row("Từ tháng 3 đến hết tháng 6/2025") { $0.milestones = [due(nil, "2025-06-30")] },
        row("Ngày 20/11/2025") { $0.milestones = [due(nil, "2025-11-20")] },
        row("thứ Bảy, ngày 05/7/2025") { $0.milestones = [due(nil, "2025-07-05")] },
        // A weekday that does not match its date is flagged; the date still counts.
        row("thứ Sáu, ngày 05/7/2025") { $0.milestones = [due(nil, "2025-07-05")]; $0.flagged = true },
        row("Thứ 6 (04/7/2025)") { $0.milestones = [due(nil, "2025-07-04")] },
        row("Hoàn thành báo cáo trước ngày 15/12/2025; Nộp hồ sơ chậm nhất ngày 20/12/2025") {
            $0.milestones = [due("Hoàn thành báo cáo", "2025-12-14"), due("Nộp hồ sơ", "2025-12-20")]
        },
    ]

    static let recurrences: [DeadlineRow] = [
        row("Hằng tháng") { $0.recurrence = [.month] },
        row("hàng tháng") { $0.recurrence = [.month] },
        row("hằng quý, 6 tháng, hằng năm") { $0.recurrence = [.quarter, .halfYear, .year] },
        row("Định kỳ 6 tháng") { $0.recurrence = [.halfYear] },
        row("Báo cáo 9 tháng") { $0.recurrence = [.nineMonths] },
        row("Thường xuyên, liên tục") { $0.continuous = true },
        row("Thường xuyên; báo cáo hằng quý") { $0.continuous = true; $0.recurrence = [.quarter] },
        // Kinds the model has no room for are flagged, not dropped silently.
        row("định kỳ hằng tuần") { $0.unspecified = true; $0.flagged = true },
    ]

    static let events: [DeadlineRow] = [
        row("Trong vòng 05 ngày làm việc kể từ ngày nhận được hồ sơ") {
            $0.event = ("ngày nhận được hồ sơ", 5, true)
        },
        row("10 ngày sau khi có quyết định") { $0.event = ("sau khi có quyết định", 10, false) },
        row("Khi có yêu cầu, chậm nhất 03 ngày làm việc") { $0.event = ("Khi có yêu cầu", 3, true) },
        row("Thường xuyên, khi có yêu cầu") { $0.continuous = true; $0.event = ("khi có yêu cầu", nil, false) },
    ]

    static let schoolYears: [DeadlineRow] = [
        row("năm học 2024-2025") { $0.milestones = [due(nil, "2025-05-31")]; $0.schoolYear = ("2024-09-01", "2025-05-31") },
        row("Năm học 2025 - 2026") { $0.milestones = [due(nil, "2026-05-31")]; $0.schoolYear = ("2025-09-01", "2026-05-31") },
        row("Trong năm học", issued: "2025-10-01") { $0.milestones = [due(nil, "2026-05-31")]; $0.schoolYear = ("2025-09-01", "2026-05-31") },
        row("Trong năm học", issued: "2025-07-15") { $0.milestones = [due(nil, "2025-05-31")]; $0.schoolYear = ("2024-09-01", "2025-05-31") },
        row("trong năm học") { $0.milestones = [due(nil, "2025-05-31")]; $0.schoolYear = ("2024-09-01", "2025-05-31") },
        row("năm học 2024-2026") { $0.milestones = [due(nil, "2025-05-31")]; $0.schoolYear = ("2024-09-01", "2025-05-31"); $0.flagged = true },
    ]

    /// Lunar dates of the plan's (lunar) year: Giỗ Tổ 10/3 fell on 07/4/2025 and falls on
    /// 26/4/2026; Tết 2025 was 29/01/2025, so mùng 6 was 03/02 and rằm 12/02.
    static let lunarDates: [DeadlineRow] = [
        row("ngày 10 tháng 3 âm lịch") { $0.milestones = [due(nil, "2025-04-07")] },
        row("Ngày 10/3 âm lịch", 2026) { $0.milestones = [due(nil, "2026-04-26")] },
        row("mùng 6 tháng Giêng") { $0.milestones = [due(nil, "2025-02-03")] },
        row("Mồng 6 tháng giêng") { $0.milestones = [due(nil, "2025-02-03")] },
        row("rằm tháng Giêng") { $0.milestones = [due(nil, "2025-02-12")] },
        row("Tổ chức lễ hội trước rằm tháng Giêng; Báo cáo quý I") {
            $0.milestones = [due("Tổ chức lễ hội", "2025-02-11"), due("Báo cáo", "2025-03-31")]
        },
        // 2025 (Ất Tỵ) has a leap sixth month, from the new moon of 25/7/2025.
        row("ngày 1 tháng 6 nhuận") { $0.milestones = [due(nil, "2025-07-25")] },
        // 2025 has no leap third month; a 30th of a month of 29 days does not exist.
        row("ngày 1 tháng 3 nhuận âm lịch") { $0.unspecified = true; $0.flagged = true },
        row("tháng Giêng") { $0.unspecified = true; $0.flagged = true },
    ]

    static let unspecifiedAndFlagged: [DeadlineRow] = [
        row("trong thời gian tới") { $0.unspecified = true },
        row("Theo KH") { $0.unspecified = true },
        row("") { $0.unspecified = true; $0.flagged = true },
        row("Sớm nhất có thể") { $0.unspecified = true; $0.flagged = true },
        row("Theo quy định") { $0.unspecified = true; $0.flagged = true },
        row("Ủy ban MTTQ Việt Nam xã") { $0.unspecified = true; $0.flagged = true },
        row("30/02/2025") { $0.unspecified = true; $0.flagged = true },
        row("tháng 13/2025") { $0.unspecified = true; $0.flagged = true },
        row("Quý 5/2025") { $0.unspecified = true; $0.flagged = true },
        row("trước ngày 05/7/25") { $0.unspecified = true; $0.flagged = true },
        row("Quý I/2022 và 15 ngày sau") { $0.milestones = [due(nil, "2022-03-31")]; $0.flagged = true },
        row("Ban hành Kế hoạch; Báo cáo quý IV/2022") { $0.milestones = [due("Báo cáo", "2022-12-31")]; $0.flagged = true },
    ]

    @Test("period ends, lists of them and years from the phrase", arguments: periodEnds)
    func periodEndRows(_ row: DeadlineRow) { row.check() }

    @Test("before-dates are due the day before; 'chậm nhất' and 'đến hết' on the day", arguments: bounds)
    func boundRows(_ row: DeadlineRow) { row.check() }

    @Test("recurrence and continuity", arguments: recurrences)
    func recurrenceRows(_ row: DeadlineRow) { row.check() }

    @Test("events with calendar or working-day offsets", arguments: events)
    func eventRows(_ row: DeadlineRow) { row.check() }

    @Test("school years end on 31 May", arguments: schoolYears)
    func schoolYearRows(_ row: DeadlineRow) { row.check() }

    @Test("lunar dates are converted to the solar calendar", arguments: lunarDates)
    func lunarRows(_ row: DeadlineRow) { row.check() }

    @Test("no date: understood as unspecified, or not understood and flagged", arguments: unspecifiedAndFlagged)
    func unspecifiedRows(_ row: DeadlineRow) { row.check() }

    @Test("one phrase in many spellings: accents, case, roman or arabic, NFD, spaces, breaks", arguments: [
        "Quý IV/2022", "Quy IV/2022", "QUÝ 4/2022", "quý IV năm 2022", "quy 4 nam 2022", "  Quý\u{00A0} IV /2022 ",
        "Qu\u{0079}\u{0301} IV/2022", "Quý\nIV/2022", "<p>Quý IV/2022</p>", "- Quý IV/2022.", "quý IV-2022",
    ])
    func spellings(_ text: String) {
        let spec = DeadlineParser.parse(text, planYear: 2025)
        #expect(spec.milestones.map(\.due) == [CivilDate(year: 2022, month: 12, day: 31)!], "\(spec.json)")
        #expect(spec.diagnostics.isEmpty)
    }

    @Test("'06 tháng' = '6 tháng', 'hàng' = 'hằng', and the plan year fills a missing year")
    func numeralsAndYears() {
        let a = DeadlineParser.parse("Hàng quý, 06 tháng, năm", planYear: 2025)
        let b = DeadlineParser.parse("hằng quý, 6 tháng, năm", planYear: 2025)
        #expect(a.recurrence == b.recurrence)
        let quarter = DeadlineParser.parse("Kế hoạch quý I", planYear: 2024)
        #expect(quarter.milestones.first?.period == .quarter(1, year: 2024))
    }

    @Test("words that contain 'quy' or 'năm' are not periods: quy định, quy hoạch, Việt Nam")
    func falseFriends() {
        for text in ["theo quy định", "Quy hoạch sử dụng đất", "Mặt trận Tổ quốc Việt Nam"] {
            let spec = DeadlineParser.parse(text, planYear: 2025)
            #expect(spec.milestones.isEmpty && spec.recurrence.isEmpty, "\(text): \(spec.json)")
        }
    }

    @Test("a leftover with numbers or time words is named in the diagnostic, the rest is kept")
    func leftovers() {
        let spec = DeadlineParser.parse("Quý I/2022 và 15 ngày sau", planYear: 2022)
        #expect(spec.diagnostics.contains { $0.contains("15 ngày sau") }, "\(spec.diagnostics)")
        let unknown = DeadlineParser.parse("Sớm nhất có thể", planYear: 2022)
        #expect(unknown.diagnostics == ["Không hiểu thời hạn: 'Sớm nhất có thể'; cần nhập ngày"])
        #expect(unknown.text == "Sớm nhất có thể")
    }
}
