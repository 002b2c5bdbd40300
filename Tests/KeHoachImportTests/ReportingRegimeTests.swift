import Foundation
import KeHoach
import Testing
@testable import KeHoachImport

/// The reporting regime read from a plan's prose, checked against the regimes transcribed by
/// hand in `examples/`.
@Suite("Reporting regime from the plan's prose: deadlines, data windows, recipient, focal unit")
struct ReportingRegimeTests {
    @Test("seed 001 (Đa Lộc): the 6-month report before 05/7/2025 on 01/01-30/6, the annual before 05/01/2026, to UBND xã via Văn phòng")
    func daLoc() throws {
        let example = try Fixture.example("da-loc-2025.json")
        let regime = ReportingRegime(paragraphs: [
            "b) Về thực hiện chế độ báo cáo các giải pháp nâng cao Chỉ số PAPI",
            """
            Định kỳ báo cáo kết quả thực hiện về UBND xã (qua Văn phòng – Thống kê xã) để theo dõi, giám sát thực hiện và \
            tổng hợp báo cáo cơ quan có thẩm quyền theo quy định. Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025 (thời \
            gian chốt số liệu tính từ ngày 01/01/2025 đến ngày 30/6/2025); báo cáo năm trước 05/01/2026 (thời gian chốt số \
            liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025).
            """,
        ], units: example.units)
        #expect(regime.rules == example.reporting)
        #expect(regime.recipient == "ubnd-xa")
        #expect(regime.focalUnit == example.focalUnit)
    }

    @Test("seed 002 (Đức Hợp): a window that starts in the previous year, a deadline without a year, line breaks as extracted")
    func ducHop() throws {
        let example = try Fixture.example("duc-hop-2023-reporting.json")
        let regime = ReportingRegime(paragraphs: ["""
            Cán bộ, công chức liên quan báo cáo gửi về văn phòng UBND xã: 06
            tháng đầu năm trước ngày 03/6 (thời gian chốt số liệu tính từ ngày 01/11/2022
            đến ngày 31/5/2023); báo cáo năm trước ngày 25/10/2023 (thời gian chốt số liệu
            tính từ ngày 01/11/2022 đến ngày 25/10/2023). Để theo dõi, giám sát thực hiện
            """], units: example.units)
        #expect(regime.rules == example.reporting)
        #expect(regime.recipient == "van-phong")
    }

    @Test("a regime in words only gives no rule: seed 004's 'Định kỳ hàng quý, 06 tháng, năm … báo cáo'")
    func undated() {
        let regime = ReportingRegime(paragraphs: [
            "Định kỳ hàng quý, 06 tháng, năm kết hợp đưa nội dung báo cáo kết quả thực hiện nhiệm vụ theo kế hoạch này vào báo cáo công tác CCHC để theo dõi, tổng hợp và báo cáo cấp có thẩm quyền theo quy định.",
        ], units: [])
        #expect(regime.rules.isEmpty && regime.recipient == nil && regime.focalUnit == nil)
    }
}
