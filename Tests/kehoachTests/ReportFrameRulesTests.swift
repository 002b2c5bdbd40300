import KeHoach
import Testing
@testable import kehoach

/// The frame's own rules (Nghị định 30/2020/NĐ-CP, Phụ lục I) on the seeds' issuers and signers.
@Suite("ReportFrame: issuing body, place, date and signer as NĐ30 writes them")
struct ReportFrameRulesTests {
    @Test("a People's Committee prints on two lines in capitals and numbers its reports …/BC-UBND; another body on one line, …/BC")
    func issuingBody() {
        #expect(ReportFrame.bodyLines("UBND xã Đa Lộc") == ["ỦY BAN NHÂN DÂN", "XÃ ĐA LỘC"])
        #expect(ReportFrame.bodyLines("Ủy ban nhân dân xã Chiềng Đông") == ["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG ĐÔNG"])
        #expect(ReportFrame.bodyLines("Sở Nội vụ tỉnh Hưng Yên") == ["SỞ NỘI VỤ TỈNH HƯNG YÊN"])
        let other = ReportFrame(issuer: "Sở Nội vụ tỉnh Hưng Yên", place: "Hưng Yên", date: CivilDate(year: 2025, month: 7, day: 5)!,
                                subject: [], defaultRecipients: [], signer: nil, options: .init())
        #expect(other.number == "Số:       /BC" && other.signerCapacity == ["THỦ TRƯỞNG CƠ QUAN"] && other.copies == ["- Lưu: VT."])
    }

    @Test("the place is the plan's, else the issuer's name without its level: 'UBND xã Chiềng Đông' → 'Chiềng Đông'")
    func place() {
        #expect(ReportFrame.placeName("UBND xã Chiềng Đông") == "Chiềng Đông")
        #expect(ReportFrame.placeName("Ủy ban nhân dân thị trấn Văn Lãng") == "Văn Lãng")
        #expect(ReportFrame.placeName("UBND Thanh Sơn") == "Thanh Sơn")
        let frame = ReportFrame(issuer: "UBND xã Chiềng Đông", place: nil, date: CivilDate(year: 2022, month: 2, day: 8)!,
                                subject: [], defaultRecipients: ["UBND huyện Yên Châu"],
                                signer: Signer(name: "Hoàng Văn Khù", title: "TM. UỶ BAN NHÂN DÂN / CHỦ TỊCH"), options: .init())
        #expect(frame.placeAndDate == "Chiềng Đông, ngày 08 tháng 02 năm 2022")
        #expect(frame.signerCapacity == ["TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH"] && frame.signerName == "Hoàng Văn Khù")
        #expect(frame.copies == ["- Như trên;", "- Lưu: VT."])
    }

    @Test("days below 10 and months below 3 take a leading zero: ngày 05 tháng 7, ngày 15 tháng 01")
    func longDate() {
        #expect(ReportFrame.longDate(CivilDate(year: 2025, month: 7, day: 5)!) == "ngày 05 tháng 7 năm 2025")
        #expect(ReportFrame.longDate(CivilDate(year: 2026, month: 1, day: 15)!) == "ngày 15 tháng 01 năm 2026")
        #expect(ReportFrame.longDate(CivilDate(year: 2025, month: 12, day: 31)!) == "ngày 31 tháng 12 năm 2025")
    }
}
