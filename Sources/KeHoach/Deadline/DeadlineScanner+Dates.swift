/// Dates and bounds: "ngày 05/7/2025", "trước ngày D" (due D-1), "trước tháng M/Y" (due the
/// last day of M-1), "chậm nhất (là) ngày D", "đến hết ngày D", "từ ... đến ngày D" (due D),
/// "trong quý I/2022", and weekday words checked against the date they stand beside.
extension DeadlineScanner {
    /// The parts of a written date; `year` nil when the phrase gives none.
    struct DateParts {
        var day: Int
        var month: Int
        var year: Int?
        var next: Int
    }

    /// "05/7/2025", "05-7-2025", "05.7.2025", "03/6"; with `spelled`, also "10 tháng 11 năm
    /// 2023". A two-digit year is not read (nil), so that it is flagged, never guessed.
    func dateParts(_ i: Int, spelled: Bool) -> DateParts? {
        guard i < end, t[i].kind == .number, t[i].length <= 2 else { return nil }
        let day = t[i].value
        let sep = i + 1
        if tight(sep), isP(sep, UInt8(ascii: "/")) || isP(sep, UInt8(ascii: "-")) || isP(sep, UInt8(ascii: ".")),
           tight(sep + 1), let month = num(sep + 1), t[sep + 1].length <= 2 {
            let ySep = sep + 2
            if tight(ySep), isP(ySep, UInt8(ascii: "/")) || isP(ySep, UInt8(ascii: "-")) || isP(ySep, UInt8(ascii: ".")),
               tight(ySep + 1), num(ySep + 1) != nil {
                guard let year = year(ySep + 1) else { return nil }
                return DateParts(day: day, month: month, year: year, next: ySep + 2)
            }
            if let (year, next) = spelledYear(ySep) { return DateParts(day: day, month: month, year: year, next: next) }
            return DateParts(day: day, month: month, year: nil, next: ySep)
        }
        guard spelled, w(i + 1) == DeadlineWord.thang, let month = ordinal(i + 2, max: 12) else { return nil }
        if let (year, next) = spelledYear(i + 3) { return DateParts(day: day, month: month, year: year, next: next) }
        return DateParts(day: day, month: month, year: nil, next: i + 3)
    }

    /// "năm 2023" or "năm sau" after a day and month.
    private func spelledYear(_ j: Int) -> (Int, Int)? {
        guard w(j) == DeadlineWord.nam else { return nil }
        if let y = year(j + 1) { return (y, j + 2) }
        return relativeYear(j + 1)
    }

    /// A numeric date at `k` as a `CivilDate` (nil when it does not exist) and the index after it.
    func plainDate(_ k: Int) -> (date: CivilDate?, next: Int)? {
        guard let parts = dateParts(k, spelled: false) else { return nil }
        return (CivilDate(year: parts.year ?? planYear, month: parts.month, day: parts.day), parts.next)
    }

    /// A date at `i` becomes a milestone: on the date, or the day before it with `before`.
    /// A date followed by "âm lịch" (or by "nhuận": only lunar months are leap) is lunar.
    mutating func dated(_ i: Int, from: Int, before: Bool, spelled: Bool = false,
                        weekday: Int? = nil) -> Int? {
        guard let parts = dateParts(i, spelled: spelled) else { return nil }
        let leap = w(parts.next) == DeadlineWord.nhuan
        let lunarAt = leap ? parts.next + 1 : parts.next
        if leap || (w(lunarAt) == DeadlineWord.am && w(lunarAt + 1) == DeadlineWord.lich) {
            let to = w(lunarAt) == DeadlineWord.am && w(lunarAt + 1) == DeadlineWord.lich ? lunarAt + 2 : lunarAt
            return lunarMilestone(day: parts.day, month: parts.month, leap: leap, year: parts.year,
                                  from: from, to: to, before: before)
        }
        guard let date = CivilDate(year: parts.year ?? planYear, month: parts.month, day: parts.day) else {
            diagnostics.append("Ngày không tồn tại: '\(text(from, parts.next))'; cần nhập ngày")
            items.append(Item(kind: .marker, from: from, to: parts.next))
            return parts.next
        }
        if let weekday, weekday != date.weekday {
            diagnostics.append("Thứ không khớp ngày: \(date.vietnamese) là \(date.weekdayName), "
                + "không phải \(CivilDate.weekdayName(weekday)); cần kiểm tra")
        }
        let due = before ? date.adding(days: -1) : date
        items.append(Item(kind: .dated(due, before ? .beforeDate : .onDate, nil), from: from, to: parts.next))
        return parts.next
    }

    /// After "trước": "(ngày) D" is due D-1; a period ("tháng 11/2025") is due the day before
    /// it starts.
    mutating func before(_ j: Int, from i: Int) -> Int? {
        var k = j
        if w(k) == DeadlineWord.ngay { k += 1 }
        if let next = dated(k, from: i, before: true, spelled: k > j) { return next }
        if let next = recurringDay(k, from: i, before: true) { return next }
        if w(k) == DeadlineWord.mung || w(k) == DeadlineWord.mong || w(k) == DeadlineWord.ram,
           let next = lunar(k, from: i, before: true) { return next }
        return periodAfter(k, from: i, before: true)
    }

    /// After "chậm nhất": "(là) (vào) (ngày) D", "trước ngày D", "đến hết ngày D", a period,
    /// or "N ngày kể từ ..." (an event offset).
    mutating func atLatest(_ j: Int, from i: Int) -> Int? {
        typealias W = DeadlineWord
        var k = j
        if w(k) == W.la { k += 1 }
        if w(k) == W.vao { k += 1 }
        if w(k) == W.truoc { return before(k + 1, from: i) }
        if w(k) == W.den { return until(k + 1, from: i) }
        if w(k) == W.trong { k += 1 }
        if let next = offset(k, from: i, needsLink: false) { return next }
        var spelled = false
        if w(k) == W.ngay { k += 1; spelled = true }
        if let next = dated(k, from: i, before: false, spelled: spelled) { return next }
        if let next = recurringDay(k, from: i, before: false) { return next }
        return periodAfter(k, from: i, before: false)
    }

    /// After "đến": "(hết) (ngày) D" or "(hết) <period>", due on that day or the period's end.
    mutating func until(_ j: Int, from i: Int) -> Int? {
        var k = j
        if w(k) == DeadlineWord.het { k += 1 }
        var spelled = false
        if w(k) == DeadlineWord.ngay { k += 1; spelled = true }
        if let next = dated(k, from: i, before: false, spelled: spelled) { return next }
        if let next = recurringDay(k, from: i, before: false) { return next }
        return periodAfter(k, from: i, before: false)
    }

    /// "từ <date|period> đến (hết) <date|period>": due at the end of the range.
    mutating func fromUntil(_ i: Int) -> Int? {
        let first = items.count
        var k = i + 1
        if w(k) == DeadlineWord.ngay { k += 1 }
        if let parts = dateParts(k, spelled: true) {
            k = parts.next
        } else if let next = periodAfter(k, from: k, before: false) {
            items.removeSubrange(first...)
            k = next
        } else {
            return nil
        }
        if isP(k, UInt8(ascii: "-")) { k += 1 } else if w(k) == DeadlineWord.den { k += 1 } else { return nil }
        return until(k, from: i)
    }

    /// "trong quý I/2022", "trong năm học", "trong thời gian tới" (no date), "trong thời gian /
    /// vòng N ngày (làm việc)" (an event offset).
    mutating func within(_ i: Int) -> Int? {
        typealias W = DeadlineWord
        var k = i + 1
        if w(k) == W.nam, w(k + 1) == W.hoc { return schoolYearPhrase(k) }
        if w(k) == W.thoi, w(k + 1) == W.gian {
            if w(k + 2) == W.toi { knownUnspecified = true; items.append(Item(kind: .marker, from: i, to: k + 3)); return k + 3 }
            k += 2
        } else if w(k) == W.vong {
            k += 1
        }
        if let next = offset(k, from: i, needsLink: false) { return next }
        return periodAfter(k, from: i, before: false)
    }

    /// A period expression at `k` ("tháng 11/2025", "quý I", "năm 2025", "6 tháng đầu năm"),
    /// recorded as starting at `i`.
    mutating func periodAfter(_ k: Int, from i: Int, before: Bool) -> Int? {
        typealias W = DeadlineWord
        let first = items.count
        let next: Int?
        switch w(k) {
        case W.quy: next = quarters(k)
        case W.thang: next = months(k)
        case W.nam: next = yearWord(k)
        default: next = num(k) != nil ? countedPeriod(k) : nil
        }
        guard let next, items.count > first else { return nil }
        for m in first..<items.count {
            items[m].from = i
            if before, case let .period(kind, index, year, rec, _) = items[m].kind {
                items[m].kind = .period(kind, index: index, year: year, recurring: rec, before: true)
            }
        }
        return next
    }

    /// "thứ Sáu, ngày 05/7/2025", "Thứ 6 (05/7/2025)", "Chủ nhật 06/7/2025": the weekday is
    /// checked against the date (a mismatch is flagged), the date is what counts.
    mutating func weekday(_ i: Int) -> Int? {
        typealias W = DeadlineWord
        var day: Int?
        if w(i) == W.chu, w(i + 1) == W.nhat {
            day = 7
        } else if w(i) == W.thu {
            switch w(i + 1) {
            case W.hai: day = 1
            case W.ba: day = 2
            case W.tu: day = 3
            case W.nam: day = 4
            case W.sau: day = 5
            case W.bay: day = 6
            default: if let n = num(i + 1), (2...7).contains(n) { day = n - 1 }
            }
        }
        guard let day else { return nil }
        var k = i + 2
        if isP(k, UInt8(ascii: ",")) || isP(k, UInt8(ascii: "(")) { k += 1 }
        var spelled = false
        if w(k) == W.ngay { k += 1; spelled = true }
        guard let next = dated(k, from: i, before: false, spelled: spelled, weekday: day) else { return nil }
        return isP(next, UInt8(ascii: ")")) ? next + 1 : next
    }
}
