import Testing
@testable import KeHoach

/// Deadline phrases collected from real administrative documents beyond the seeds' tables,
/// each with its meaning written by hand and where it was met. A phrase either reads exactly
/// or carries a diagnostic: none is read wrongly in silence.
@Suite("Deadline corpus: phrases of real documents, each with its source")
struct DeadlineCorpusTests {
    static let issue15 = "issue 15 (cells of real tables tried on import)"
    static let seed001 = "seed 001, Đa Lộc 01/KH-UBND 02/01/2025"
    static let seed002 = "seed 002, Đức Hợp, PAPI 2023"
    static let seed003 = "seed 003, Hoàng Việt 07/7/2023"
    static let seed004 = "seed 004, Thanh Sơn 28/KH-UBND 28/02/2022"
    static let ninhBinh = "Ninh Bình 130/KH-UBND 13/7/2022 (hethongphapluat.vn)"
    static let quangNam = "Quảng Nam 4544/KH-UBND 13/7/2023 (thuviennhadat.vn)"
    static let kontum = "Kon Tum 06/2024/QĐ-UBND (thuvienphapluat.vn)"
    static let quangTri = "Quảng Trị 41/2019/QĐ-UBND (dulieuphapluat.vn)"
    static let papiOrg = "papi.org.vn, Quyết sách của chính quyền địa phương về PAPI"
    static let laiChau = "Lai Châu 1331/KH-UBND 2025 (skhcn.laichau.gov.vn)"
    static let xuanPhu = "Xuân Phú, Quy chế làm việc 59/QĐ-UBND 2021 (sub.dost-dongnai.gov.vn)"
    static let lapPhap = "Tạp chí Nghiên cứu lập pháp số 23 (423), 12/2020 (tailieuebook.com)"
    static let khoaiChau = "Khoái Châu, Kế hoạch tuyên truyền PAPI 2022 (khoaichau.hungyen.gov.vn)"
    static let moet = "Bộ GD&ĐT, khung kế hoạch thời gian năm học 2024-2025 (Quyết định 2171/QĐ-BGDĐT)"

    private static func row(_ text: String, _ source: String, _ edit: (inout DeadlineRow) -> Void) -> DeadlineRow {
        row(text, 2025, source, edit)
    }

    private static func row(_ text: String, _ year: Int, issued: String? = nil, _ source: String,
                            _ edit: (inout DeadlineRow) -> Void) -> DeadlineRow {
        var r = DeadlineRow(text: text, planYear: year, issuedOn: issued)
        r.source = source
        edit(&r)
        return r
    }

    private static func day(_ d: Int, before: Bool = false, _ month: RecurringDay.Month = .last) -> RecurringDay {
        RecurringDay(day: d, before: before, month: month)
    }

    /// The phrases issue 15 reports as read wrongly, and their neighbours.
    static let issuePhrases: [DeadlineRow] = [
        row("Trước ngày 05 hàng tháng", issue15) { $0.recurrence = [.month]; $0.recurringDays = [day(5, before: true)] },
        row("chậm nhất ngày 15 hằng tháng", issue15) { $0.recurrence = [.month]; $0.recurringDays = [day(15)] },
        row("ngày 25 tháng cuối quý", issue15) { $0.recurrence = [.quarter]; $0.recurringDays = [day(25)] },
        row("Tuần đầu tháng 11/2025", issue15) { $0.milestones = [due(nil, "2025-11-07")] },
        row("Tuần cuối tháng 11/2025", issue15) { $0.milestones = [due(nil, "2025-11-30")] },
        row("Giữa tháng 9", issue15) { $0.milestones = [due(nil, "2025-09-15")] },
        row("Học kỳ I năm học 2025-2026", issue15) { $0.milestones = [due(nil, "2026-01-17")] },
        row("Học kỳ II năm học 2025-2026", issue15) { $0.milestones = [due(nil, "2026-05-31")] },
        row("Năm 2025 và các năm tiếp theo", issue15) { $0.milestones = [due(nil, "2025-12-31")] },
        row("4 tháng đầu năm", issue15) { $0.milestones = [due(nil, "2025-04-30")] },
        row("giai đoạn 2025-2030", issue15) { $0.milestones = [due(nil, "2030-12-31")] },
        row("Quý III và tháng 12/2025", issue15) { $0.milestones = [due(nil, "2025-09-30"), due(nil, "2025-12-31")] },
        row("Thường xuyên và báo cáo 6 tháng, năm", issue15) {
            $0.continuous = true; $0.recurrence = [.halfYear, .year]
        },
        row("Tổng cộng: 04 nhiệm vụ", issue15) { $0.unspecified = true; $0.flagged = true },
        // Mixed lists joined by "và": each kind keeps its own reading.
        row("Tháng 3, quý II và năm 2025", issue15) {
            $0.milestones = [due(nil, "2025-03-31"), due(nil, "2025-06-30"), due(nil, "2025-12-31")]
        },
        row("Tháng 6 và cuối năm", issue15) { $0.milestones = [due(nil, "2025-06-30"), due(nil, "2025-12-31")] },
        row("Quý IV/2025 và năm 2026", issue15) { $0.milestones = [due(nil, "2025-12-31"), due(nil, "2026-12-31")] },
        row("Hàng quý và khi có yêu cầu", issue15) { $0.recurrence = [.quarter]; $0.event = ("khi có yêu cầu", nil, false) },
    ]

    /// Phrases of the seeds' prose (reporting sections), beyond their tables.
    static let seedProse: [DeadlineRow] = [
        row("trong năm 2025 và những năm tiếp theo", seed001 + ", mục I") { $0.milestones = [due(nil, "2025-12-31")] },
        row("trong năm 2023 và những năm tiếp theo", 2023, seed002 + ", mục I") { $0.milestones = [due(nil, "2023-12-31")] },
        row("hàng năm, hàng quý, hàng tháng", seed001 + ", phụ lục mục 2") { $0.recurrence = [.year, .quarter, .month] },
        row("hàng tháng và công khai", seed001 + ", phụ lục mục 6") { $0.recurrence = [.month] },
        row("Định kỳ hàng quý, 06 tháng, năm", 2022, seed004 + ", mục III") { $0.recurrence = [.quarter, .halfYear, .year] },
        row("Trước ngày 10 tháng 11 năm 2023", 2023, seed003 + ", mục 4") { $0.milestones = [due(nil, "2023-11-09")] },
        row("hoàn thành trước tháng 11/2025", seed001 + ", phụ lục mục 6") { $0.milestones = [due(nil, "2025-10-31")] },
    ]

    /// Dates as public plans and decisions write them (their headers and references).
    static let documentDates: [DeadlineRow] = [
        row("định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết", 2022, ninhBinh) {
            $0.recurrence = [.halfYear, .year]; $0.event = ("khi cần thiết", nil, false); $0.flagged = true
        },
        row("giai đoạn 2021 - 2025", 2022, ninhBinh) { $0.milestones = [due(nil, "2025-12-31")] },
        row("ngày 13 tháng 7 năm 2022", 2022, ninhBinh) { $0.milestones = [due(nil, "2022-07-13")] },
        row("ngày 31/5/2022", 2022, ninhBinh) { $0.milestones = [due(nil, "2022-05-31")] },
        row("giai đoạn 2021 -\n2025", 2023, quangNam) { $0.milestones = [due(nil, "2025-12-31")] },
        row("ngày 19/4/2022", 2023, quangNam) { $0.milestones = [due(nil, "2022-04-19")] },
        row("ngày 16/9/2022", 2023, quangNam) { $0.milestones = [due(nil, "2022-09-16")] },
        row("ngày\n13 tháng 7 năm 2023", 2023, quangNam) { $0.milestones = [due(nil, "2023-07-13")] },
        row("ngày 25\ntháng 01 năm 2024", 2024, kontum) { $0.milestones = [due(nil, "2024-01-25")] },
        row("ngày 24 tháng 01 năm 2019", 2024, kontum) { $0.milestones = [due(nil, "2019-01-24")] },
        row("ngày 31 tháng 12 năm 2020", 2024, kontum) { $0.milestones = [due(nil, "2020-12-31")] },
        row("kể từ ngày 05/11/2019", 2019, quangTri) { $0.milestones = [due(nil, "2019-11-05")]; $0.flagged = true },
        row("ngày 22 tháng 10 năm 2019", 2019, quangTri) { $0.milestones = [due(nil, "2019-10-22")] },
        row("ngày 01/6/2015", 2019, quangTri) { $0.milestones = [due(nil, "2015-06-01")] },
        // A year with no "năm" before it is not read into the date: flagged.
        row("ngày 22 tháng 4 2015", 2015, papiOrg) { $0.milestones = [due(nil, "2015-04-22")]; $0.flagged = true },
        row("ngày 8 tháng 9 năm 2016", 2016, papiOrg) { $0.milestones = [due(nil, "2016-09-08")] },
        row("giai đoạn 2017-2020", 2017, papiOrg) { $0.milestones = [due(nil, "2020-12-31")] },
        row("giai đoạn 2016-2020", 2016, papiOrg) { $0.milestones = [due(nil, "2020-12-31")] },
        row("Ngày 31/3", laiChau) { $0.milestones = [due(nil, "2025-03-31")] },
        row("năm 2025", laiChau) { $0.milestones = [due(nil, "2025-12-31")] },
        row("Ngày 22 tháng\n7 năm 2021", 2021, xuanPhu) { $0.milestones = [due(nil, "2021-07-22")] },
        row("NHIỆM KỲ 2021 -2026", 2021, xuanPhu) { $0.unspecified = true; $0.flagged = true },
        row("(14/12/2000-14/12/2020)", 2020, lapPhap) { $0.milestones = [due(nil, "2020-12-14")] },
        row("Tháng 12/2020", 2020, lapPhap) { $0.milestones = [due(nil, "2020-12-31")] },
        row("tháng 10/1999", 2020, lapPhap) { $0.milestones = [due(nil, "1999-10-31")] },
        row("2 tháng/kỳ", 2020, lapPhap) { $0.unspecified = true; $0.flagged = true },
        row("ngày 22/2/2022", 2022, khoaiChau) { $0.milestones = [due(nil, "2022-02-22")] },
        row("trước ngày 18/01/2025", moet) { $0.milestones = [due(nil, "2025-01-17")] },
        row("trước ngày 31/5/2025", moet) { $0.milestones = [due(nil, "2025-05-30")] },
    ]

    /// Recurring due days and parts of periods in the forms the reporting regimes write them.
    static let recurringDays: [DeadlineRow] = [
        row("Báo cáo hằng tháng trước ngày 25", issue15) {
            $0.milestones = []; $0.recurrence = [.month]; $0.recurringDays = [day(25, before: true)]
        },
        row("Định kỳ ngày 20 hằng tháng", issue15) { $0.recurrence = [.month]; $0.recurringDays = [day(20)] },
        row("hằng quý, trước ngày 15 của tháng cuối quý", issue15) {
            $0.recurrence = [.quarter]; $0.recurringDays = [day(15, before: true)]
        },
        row("Trước ngày 05 của tháng đầu quý sau", issue15) {
            $0.recurrence = [.quarter]; $0.recurringDays = [day(5, before: true, .next)]
        },
        row("Hằng tháng, trước ngày 05 tháng sau", issue15) {
            $0.recurrence = [.month]; $0.recurringDays = [day(5, before: true, .next)]
        },
        // A day of "every period" with no period named is flagged.
        row("trước ngày 05 của tháng sau", issue15) { $0.unspecified = true; $0.flagged = true },
        row("Tuần thứ 2 của tháng 3", issue15) { $0.milestones = [due(nil, "2025-03-14")] },
        row("6 tháng đầu năm và cả năm", issue15) { $0.milestones = [due(nil, "2025-06-30"), due(nil, "2025-12-31")] },
        // "Đầu tháng" names no day: a date is proposed and flagged.
        row("Đầu tháng 9", issue15) { $0.milestones = [due(nil, "2025-09-10")]; $0.flagged = true },
        row("Cuối năm", issue15) { $0.milestones = [due(nil, "2025-12-31")] },
    ]

    @Test("the phrases issue 15 found read wrongly now read right or flagged", arguments: issuePhrases)
    func issueRows(_ row: DeadlineRow) { row.check() }

    @Test("phrases of the seeds' prose", arguments: seedProse)
    func seedProseRows(_ row: DeadlineRow) { row.check() }

    @Test("dates and spans of public plans and decisions", arguments: documentDates)
    func documentRows(_ row: DeadlineRow) { row.check() }

    @Test("recurring due days and parts of periods", arguments: recurringDays)
    func recurringRows(_ row: DeadlineRow) { row.check() }

    @Test("the corpus with the grammar and seed tables holds at least 150 distinct phrases, each sourced here")
    func corpusSize() {
        let corpus = DeadlineCorpusTests.issuePhrases + DeadlineCorpusTests.seedProse
            + DeadlineCorpusTests.documentDates + DeadlineCorpusTests.recurringDays
        #expect(corpus.allSatisfy { !$0.source.isEmpty })
        let grammar = DeadlineGrammarTests.periodEnds + DeadlineGrammarTests.bounds + DeadlineGrammarTests.recurrences
            + DeadlineGrammarTests.events + DeadlineGrammarTests.schoolYears + DeadlineGrammarTests.lunarDates
            + DeadlineGrammarTests.unspecifiedAndFlagged
        let seeds = DeadlineSeedPhraseTests.seed000 + DeadlineSeedPhraseTests.seed001
        let distinct = Set((corpus + grammar + seeds).map(\.text))
        #expect(distinct.count >= 150, "\(distinct.count)")
    }
}
