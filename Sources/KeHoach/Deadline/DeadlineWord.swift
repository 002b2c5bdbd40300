/// The folded words the deadline language is made of, packed as tokens pack them (up to eight
/// ASCII letters, big-endian), so that matching a word is one integer comparison.
///
/// Several Vietnamese words fold to one form ("kế" and "kề" are both `ke`, "sau" is both
/// "sau" and "sáu", "tư" and "từ" are both `tu`); the grammar disambiguates by position.
enum DeadlineWord {
    /// Packs an ASCII word the way `DeadlineTokenizer` packs a token.
    static func pack(_ word: StaticString) -> UInt64 {
        var value: UInt64 = 0
        word.withUTF8Buffer { for b in $0.prefix(8) { value = value << 8 | UInt64(b) } }
        return value
    }

    /// Packs a word given at run time (lists of words).
    static func pack(_ word: String) -> UInt64 {
        word.utf8.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    // Periods and numbers.
    static let quy = pack("quy"), thang = pack("thang"), nam = pack("nam"), hoc = pack("hoc")
    static let dau = pack("dau"), cuoi = pack("cuoi"), giai = pack("giai"), doan = pack("doan")
    static let ngay = pack("ngay"), tuan = pack("tuan"), nay = pack("nay")
    // Recurrence and continuity.
    static let hang = pack("hang"), dinh = pack("dinh"), ky = pack("ky"), thuong = pack("thuong")
    static let xuyen = pack("xuyen"), lien = pack("lien"), tuc = pack("tuc"), ke = pack("ke")
    static let tiep = pack("tiep"), toi = pack("toi"), sau = pack("sau")
    // Dates and bounds.
    static let truoc = pack("truoc"), cham = pack("cham"), nhat = pack("nhat"), la = pack("la")
    static let den = pack("den"), het = pack("het"), tu = pack("tu"), trong = pack("trong")
    static let vong = pack("vong"), thoi = pack("thoi"), gian = pack("gian"), vao = pack("vao")
    static let va = pack("va")
    // Events.
    static let khi = pack("khi"), co = pack("co"), lam = pack("lam"), viec = pack("viec")
    // Unspecified.
    static let theo = pack("theo"), hoach = pack("hoach"), kh = pack("kh"), neu = pack("neu")
    static let chot = pack("chot")
    // Weekdays ("thứ Hai" ... "Chủ nhật").
    static let thu = pack("thu"), chu = pack("chu"), hai = pack("hai"), ba = pack("ba")
    static let bay = pack("bay")
    // Lunar calendar.
    static let am = pack("am"), lich = pack("lich"), mung = pack("mung"), mong = pack("mong")
    static let ram = pack("ram"), gieng = pack("gieng"), chap = pack("chap"), nhuan = pack("nhuan")
    // Parts of periods, recurring days, open-ended years and semesters.
    static let giua = pack("giua"), cua = pack("cua"), moi = pack("moi"), cac = pack("cac")
    static let tien = pack("tien"), tro = pack("tro"), di = pack("di"), nhung = pack("nhung")
    static let hk = pack("hk"), hoac = pack("hoac"), ca = pack("ca")
    // Label fillers.
    static let hoan = pack("hoan"), thanh = pack("thanh"), thuc = pack("thuc"), hien = pack("hien")
    static let han = pack("han")

    /// Roman numerals I-XII as packed words, index = value - 1.
    static let roman: [UInt64] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        .map { (s: String) -> UInt64 in pack(s) }

    /// The value of a roman numeral word, or nil.
    static func romanValue(_ word: UInt64) -> Int? {
        for (index, value) in roman.enumerated() where value == word { return index + 1 }
        return nil
    }
}
