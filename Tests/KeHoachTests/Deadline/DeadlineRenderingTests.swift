import Testing
@testable import KeHoach

/// The canonical Vietnamese reading a person checks the parse against.
@Suite("DeadlineSpec canonical(): what was understood, with computed dates")
struct DeadlineRenderingTests {
    @Test("each class renders with its computed date", arguments: [
        ("Quý I/2022", "Quý I/2022 (hạn 31/03/2022)"),
        ("-Ban hành Kế hoạch quý I/2022; \n- Báo cáo 6 tháng, năm",
         "Ban hành Kế hoạch: Quý I/2022 (hạn 31/03/2022); Báo cáo: 6 tháng, hằng năm"),
        ("Thường xuyên", "Thường xuyên"),
        ("Hàng quý, 06 tháng, năm", "hằng quý, 6 tháng, hằng năm"),
        ("trước ngày 15/11/2022", "Trước ngày 15/11/2022 (hạn 14/11/2022)"),
        ("Hoàn thành trước tháng 11/2022", "Trước tháng 11/2022 (hạn 31/10/2022)"),
        ("chậm nhất ngày 30/6/2022", "Ngày 30/06/2022"),
        ("Thực hiện sau khi QHKHSDĐ được phê duyệt; - chậm nhất là 15 ngày kể từ ngày phê duyệt",
         "Khi có sự kiện: sau khi QHKHSDĐ được phê duyệt (+15 ngày)"),
        ("trong thời gian 03 ngày làm việc", "Khi có sự kiện: trong thời gian 03 ngày làm việc (+3 ngày làm việc)"),
        ("năm học 2021-2022", "Năm học 2021-2022 (hạn 31/05/2022)"),
        ("rằm tháng Giêng", "Ngày 15/1 âm lịch (hạn 15/02/2022)"),
        ("Theo kế hoạch", "Chưa xác định thời hạn"),
        ("Sớm nhất có thể", "Cần nhập ngày: 'Sớm nhất có thể'"),
    ])
    func canonical(_ pair: (String, String)) {
        #expect(DeadlineParser.parse(pair.0, planYear: 2022).canonical() == pair.1)
    }
}
