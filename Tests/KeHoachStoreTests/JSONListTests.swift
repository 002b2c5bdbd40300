@testable import KeHoachStore
import Testing

@Suite("String lists stored as JSON text")
struct JSONListTests {
    @Test("lists with quotes, backslashes, control characters and Vietnamese text survive encode then decode",
          arguments: [[], ["PAPI"], ["PAPI", "SIPAS", "PAR INDEX"],
                      ["Lưu: VP.", "TT ĐU – HĐND - UBND TTQ xã;"],
                      ["\"trích dẫn\"", "a\\b", "dòng 1\ndòng 2\ttab", "\u{1}\u{1F}", "😀"]])
    func roundTrip(values: [String]) {
        #expect(JSONList.decode(JSONList.encode(values)) == values)
    }

    @Test("Vietnamese text is written as UTF-8, not escaped")
    func readableText() {
        #expect(JSONList.encode(["Phòng Nội vụ huyện", "6 thôn"]) == #"["Phòng Nội vụ huyện","6 thôn"]"#)
    }

    @Test("escapes written by other JSON writers are read, surrogate pairs included")
    func foreignEscapes() {
        #expect(JSONList.decode(#" [ "Ph\u00f2ng" , "\ud83d\ude00", "a\/b" ] "#) == ["Phòng", "😀", "a/b"])
    }

    @Test("text that is not a JSON array of strings is rejected", arguments: ["", "[", "[1]", "{}", #"["a""#, #"["a"] x"#])
    func rejects(text: String) {
        #expect(JSONList.decode(text) == nil)
    }
}
