/// The dispatch: which expression starts at a token, by its first word.
extension DeadlineScanner {
    /// Recognises an expression starting at `i`, records it and returns the index after it;
    /// nil when `i` starts nothing (the token is then part of a label or a leftover).
    mutating func match(_ i: Int) -> Int? {
        let token = t[i]
        switch token.kind {
        case .number:
            if let next = dateRange(i) { return next }
            if let next = dated(i, from: i, before: false) { return next }
            if let next = countedPeriod(i) { return next }
            return offset(i, from: i, needsLink: true)
        case .punct:
            return token.word == UInt64(UInt8(ascii: "(")) ? parenthesis(i) : nil
        case .word:
            return wordMatch(i, token.word)
        }
    }

    private mutating func wordMatch(_ i: Int, _ word: UInt64) -> Int? {
        typealias W = DeadlineWord
        switch word {
        case W.thuong where w(i + 1) == W.xuyen, W.lien where w(i + 1) == W.tuc:
            continuous = true
            items.append(Item(kind: .marker, from: i, to: i + 2))
            return i + 2
        case W.dinh where w(i + 1) == W.ky:
            return periodic(i + 2, from: i)
        case W.hang:
            return periodic(i + 1, from: i)
        case W.quy:
            return quarters(i)
        case W.thang:
            return lunar(i, from: i) ?? months(i)
        case W.nam:
            return yearWord(i)
        case W.giai where w(i + 1) == W.doan:
            return stage(i)
        case W.truoc:
            return before(i + 1, from: i)
        case W.cham where w(i + 1) == W.nhat:
            return atLatest(i + 2, from: i)
        case W.den:
            return until(i + 1, from: i)
        case W.tu:
            return fromUntil(i)
        case W.trong:
            return within(i)
        case W.theo:
            if w(i + 1) == W.ke, w(i + 2) == W.hoach { return unspecifiedMarker(i, i + 3) }
            if w(i + 1) == W.kh { return unspecifiedMarker(i, i + 2) }
            if w(i + 1) == W.dinh, w(i + 2) == W.ky { return periodic(i + 3, from: i) }
            return nil
        case W.khi:
            return trigger(i)
        case W.sau where w(i + 1) == W.khi:
            return trigger(i)
        case W.ngay:
            if w(i + 1) == W.khi || (w(i + 1) == W.sau && w(i + 2) == W.khi) { return trigger(i) }
            return dated(i + 1, from: i, before: false, spelled: true) ?? recurringDay(i + 1, from: i, before: false)
        case W.tuan:
            return week(i)
        case W.giua, W.dau, W.cuoi:
            return partOf(i)
        case W.hoc where w(i + 1) == W.ky:
            return semester(i, after: i + 2)
        case W.hk:
            return semester(i, after: i + 1)
        case W.ke where w(i + 1) == W.tu:
            // "(có hiệu lực) kể từ ngày D": a start, not a deadline; the date is kept, flagged.
            var k = i + 2
            if w(k) == W.ngay { k += 1 }
            guard let next = dated(k, from: i, before: false, spelled: k > i + 2) else { return nil }
            diagnostics.append("'\(text(i, next))' nêu ngày bắt đầu, không phải thời hạn; cần kiểm tra")
            return next
        case W.thu, W.chu:
            return weekday(i)
        case W.mung, W.mong, W.ram:
            return lunar(i, from: i)
        default:
            return nil
        }
    }

    /// "hàng" / "định kỳ (theo) (hàng)": bare periods after it recur. "định kỳ" with no period
    /// after it is flagged: the cell does not say how often.
    private mutating func periodic(_ j: Int, from i: Int) -> Int? {
        typealias W = DeadlineWord
        recurring = true
        var j = j
        if w(j) == W.theo { j += 1 }
        if w(j) == W.hang { j += 1 }
        let next = w(j)
        if next == W.tuan || (next == W.ngay && num(j + 1) == nil) {
            diagnostics.append("Chưa hỗ trợ kỳ: '\(text(i, j + 1))'; chỉ có tháng, quý, 6 tháng, 9 tháng, năm")
            return j + 1
        }
        let startsPeriod = next == W.quy || next == W.thang || next == W.nam
            || (num(j) != nil && w(j + 1) == W.thang) || (next == W.ngay && num(j + 1) != nil)
        if !startsPeriod, w(i) == W.dinh || w(i) == W.theo {
            diagnostics.append("'\(text(i, j))' không nêu kỳ (tháng, quý, năm); cần kiểm tra")
        }
        return j
    }

    private mutating func unspecifiedMarker(_ i: Int, _ next: Int) -> Int {
        knownUnspecified = true
        items.append(Item(kind: .marker, from: i, to: next))
        return next
    }

    /// "(...)": a data cut-off window ("thời gian chốt số liệu tính từ ... đến ...") is kept
    /// aside, "(nếu có)" is skipped, any other parenthesis is read through.
    private mutating func parenthesis(_ i: Int) -> Int? {
        var close = i + 1
        while close < end, !isP(close, UInt8(ascii: ")")) { close += 1 }
        var hasCutOff = false
        for k in (i + 1)..<close where t[k].kind == .word && t[k].word == DeadlineWord.chot {
            hasCutOff = true
        }
        if hasCutOff {
            var dates: [CivilDate] = []
            var k = i + 1
            while k < close {
                if let found = plainDate(k) {
                    if let date = found.date { dates.append(date) }
                    k = found.next
                } else {
                    k += 1
                }
            }
            if dates.count == 2 { windows.append(DateRange(from: dates[0], to: dates[1])) }
            return min(close + 1, end)
        }
        if w(i + 1) == DeadlineWord.neu, w(i + 2) == DeadlineWord.co, isP(i + 3, UInt8(ascii: ")")) {
            return i + 4
        }
        return nil
    }
}
