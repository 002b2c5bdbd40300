import Testing
@testable import KeHoach

@Suite("Notice message text")
struct NoticeMessageTests {
    @Test("long descriptions are cut at a word, white space collapsed, with an ellipsis; short ones are kept whole")
    func shorten() {
        #expect(NoticeContext.shorten("Thực hiện  công khai\nthu, chi", limit: 80) == "Thực hiện công khai thu, chi")
        #expect(NoticeContext.shorten("Thực hiện công khai thu, chi ngân sách", limit: 20) == "Thực hiện công khai…")
        #expect(NoticeContext.shorten("Thực hiện công khai thu", limit: 19) == "Thực hiện công khai…")
        #expect(NoticeContext.shorten("Thực hiện công khai thu", limit: 23) == "Thực hiện công khai thu")
    }
}
