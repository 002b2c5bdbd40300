import Testing
@testable import KeHoach

@Suite("VietnameseText: accent-insensitive matching keys")
struct VietnameseTextTests {
    @Test("one deadline phrase in three spellings folds to one form")
    func phraseSpellings() {
        #expect(VietnameseText.fold("Quý IV/2022") == "quy iv/2022")
        #expect(VietnameseText.fold("QUÝ  IV/2022 ") == "quy iv/2022")
        #expect(VietnameseText.fold("Quy\u{00A0}IV/2022") == "quy iv/2022")
    }

    @Test("đ folds to d, in both cases")
    func dStroke() {
        #expect(VietnameseText.fold("Đảng ủy xã Đa Lộc") == "dang uy xa da loc")
    }

    @Test("decomposed (NFD) text folds like precomposed text")
    func decomposed() {
        let nfd = "Ha\u{0300}ng quy\u{0301}"
        #expect(VietnameseText.fold(nfd) == VietnameseText.fold("Hàng quý"))
    }

    @Test("unit keys ignore punctuation: 'Tư pháp - Hộ tịch' = 'tu phap ho tich'")
    func unitKeys() {
        #expect(VietnameseText.key("Tư pháp - Hộ tịch") == VietnameseText.key("tu phap ho tich"))
        #expect(VietnameseText.key("Văn phòng – Thống kê") == "vanphongthongke")
        #expect(VietnameseText.key("Tư pháp - HT") != VietnameseText.key("Tư pháp - Hộ tịch"))
    }

    @Test("words split at punctuation")
    func words() {
        #expect(VietnameseText.words("Quý I, II/2022") == ["quy", "i", "ii", "2022"])
    }
}
