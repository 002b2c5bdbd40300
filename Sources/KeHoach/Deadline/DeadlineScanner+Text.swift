/// Token accessors and the cutting of original words (labels, written forms, triggers).
extension DeadlineScanner {
    /// The packed word at `i`, or 0 when `i` is past the segment or not a word.
    @inline(__always) func w(_ i: Int) -> UInt64 {
        i < end && t[i].kind == .word ? t[i].word : 0
    }

    /// True when the token at `i` is the punctuation `c`.
    @inline(__always) func isP(_ i: Int, _ c: UInt8) -> Bool {
        i < end && t[i].kind == .punct && t[i].word == UInt64(c)
    }

    /// The number at `i`, if the token is one.
    @inline(__always) func num(_ i: Int) -> Int? {
        i < end && t[i].kind == .number ? t[i].value : nil
    }

    /// A year written with four digits at `i`, within the years plans are written for
    /// (1900-2100); "năm 0000" is not a year but text to flag, never a date to compute.
    @inline(__always) func year(_ i: Int) -> Int? {
        i < end && t[i].kind == .number && t[i].length == 4 && (1900...2100).contains(t[i].value) ? t[i].value : nil
    }

    /// A small ordinal at `i` (1...max), arabic ("06") or roman ("IV").
    func ordinal(_ i: Int, max: Int) -> Int? {
        guard i < end else { return nil }
        let token = t[i]
        if token.kind == .number, token.length <= 2, (1...max).contains(token.value) { return token.value }
        if token.kind == .word, token.length <= 4, let v = DeadlineWord.romanValue(token.word), v <= max { return v }
        return nil
    }

    /// True when the token at `i` touches the one before it (no white space between).
    @inline(__always) func tight(_ i: Int) -> Bool { i < end && !t[i].spaceBefore }

    /// The original text of tokens `a..<b`, white space and HTML tags collapsed to one space.
    func text(_ a: Int, _ b: Int) -> String {
        guard a < b, b <= t.count else { return "" }
        let from = t[a].start
        let to = t[b - 1].end
        var out = [UInt8]()
        out.reserveCapacity(to - from)
        var pendingSpace = false
        var i = from
        while i < to {
            let byte = bytes[i]
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                pendingSpace = true
            } else if byte == 0xC2, i + 1 < to, bytes[i + 1] == 0xA0 {
                pendingSpace = true
                i += 1
            } else if byte == UInt8(ascii: "<"), let close = DeadlineTokenizer.tagEnd(bytes, from: i), close < to {
                pendingSpace = true
                i = close
            } else {
                if pendingSpace, !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The label words between `a` and `b`: punctuation at both ends is dropped, and a label
    /// made only of filler words ("Hoàn thành", "Thực hiện", "Thời gian") is nil.
    /// `hasWords` is false when there is no word at all (the previous label then carries on).
    func labelText(_ a: Int, _ b: Int) -> (hasWords: Bool, text: String?) {
        var a = a
        var b = min(b, t.count)
        // Leading punctuation and a joining "và" ("Thường xuyên và báo cáo 6 tháng") are not the label.
        while a < b, t[a].kind == .punct || (t[a].word == DeadlineWord.va && a + 1 < b) { a += 1 }
        while b > a, t[b - 1].kind == .punct, !closesPair(a, b - 1) { b -= 1 }
        guard a < b else { return (false, nil) }
        var meaningful = false
        for k in a..<b where t[k].kind != .punct && !DeadlineScanner.fillers.contains(t[k].word) {
            meaningful = true
            break
        }
        return (true, meaningful ? text(a, b) : nil)
    }

    /// True when the punctuation at `k` closes a quote or parenthesis opened in `a..<k`, so
    /// that it belongs to the label ("Kế hoạch \"tuyên truyền\"").
    private func closesPair(_ a: Int, _ k: Int) -> Bool {
        let mark = t[k].word
        let opener = mark == UInt64(UInt8(ascii: ")")) ? UInt64(UInt8(ascii: "(")) : mark
        guard mark == UInt64(UInt8(ascii: ")")) || mark == UInt64(UInt8(ascii: "\"")) || mark == 0 else { return false }
        var count = 0
        for m in a..<k where t[m].kind == .punct && t[m].word == opener { count += 1 }
        return mark == UInt64(UInt8(ascii: "\"")) ? count % 2 == 1 : count > 0
    }

    /// True when tokens `a..<b` hold a number or a time word: leftovers worth a diagnostic.
    func isMeaningful(_ a: Int, _ b: Int) -> Bool {
        for k in a..<min(b, t.count) {
            if t[k].kind == .number { return true }
            if t[k].kind == .word, DeadlineScanner.timeWords.contains(t[k].word) { return true }
        }
        return false
    }

    /// True when tokens `a..<b` hold any word or number.
    func hasWordsOrNumbers(_ a: Int, _ b: Int) -> Bool {
        for k in a..<min(b, t.count) where t[k].kind != .punct { return true }
        return false
    }

    /// Words that alone do not name a product ("Hoàn thành trước tháng 11/2025").
    static let fillers: Set<UInt64> = [
        DeadlineWord.hoan, DeadlineWord.thanh, DeadlineWord.thuc, DeadlineWord.hien, DeadlineWord.thoi,
        DeadlineWord.gian, DeadlineWord.han, DeadlineWord.va, DeadlineWord.la, DeadlineWord.neu,
        DeadlineWord.co, DeadlineWord.trong, DeadlineWord.vao, DeadlineWord.cac, DeadlineWord.hoac,
        DeadlineWord.tu, DeadlineWord.ca,
    ]

    /// Words that make a not-understood leftover worth flagging.
    static let timeWords: Set<UInt64> = [
        DeadlineWord.quy, DeadlineWord.thang, DeadlineWord.ngay, DeadlineWord.truoc, DeadlineWord.han,
        DeadlineWord.tuan, DeadlineWord.cham, DeadlineWord.het, DeadlineWord.dinh, DeadlineWord.hang,
        DeadlineWord.thuong, DeadlineWord.am, DeadlineWord.mung, DeadlineWord.ram,
    ]
}
