/// Periods: quarters, months, half-years, nine months, years, stages and school years, alone
/// or in lists ("Quý I, II/2022", "tháng 3, 6, 9 và 12"), with or without a year.
extension DeadlineScanner {
    /// Words after "quý" that make it "quy" of another word (quy định, quy chế, quy hoạch ...).
    private static let notQuarter: Set<UInt64> = ["dinh", "che", "trinh", "hoach", "mo", "tac", "uoc", "pham",
                                                  "doi", "chuan", "cach", "luat", "hoi", "tu", "nap", "ra"]
        .reduce(into: []) { set, word in set.insert(DeadlineWord.pack(word)) }

    /// "quý I", "quý I, II/2022", "quý IV năm 2025", bare "quý" (a recurrence).
    mutating func quarters(_ i: Int) -> Int? {
        if t.indices.contains(i + 1), i + 1 < end, t[i + 1].kind == .word,
           DeadlineScanner.notQuarter.contains(t[i + 1].word) { return nil }
        return list(i, kind: .quarter, max: 4)
    }

    /// "tháng 01/2022", "tháng 3, 6, 9 và 12", "Tháng 12/2022", bare "tháng".
    mutating func months(_ i: Int) -> Int? {
        list(i, kind: .month, max: 12)
    }

    /// A period word followed by one or more ordinals and an optional year; the year written
    /// after the last ordinal is resolved onto the others when the segment finishes.
    private mutating func list(_ i: Int, kind: ReportPeriod, max: Int) -> Int? {
        var j = i + 1
        let first = items.count
        while let value = ordinal(j, max: max) {
            if kind == .month, w(j + 1) == DeadlineWord.thang { break } // "tháng 3, 6 tháng": a half-year
            items.append(Item(kind: .period(kind, index: value, year: nil, recurring: false, before: false),
                              from: i, to: j + 1))
            j += 1
            var k = j
            guard isP(k, UInt8(ascii: ",")) || w(k) == DeadlineWord.va else { break }
            k += 1
            // "quý I, quý II", "tháng 3 và tháng 6": the same period word may be repeated; another
            // ("tháng 3, quý II") starts an expression of its own.
            if w(k) == (kind == .quarter ? DeadlineWord.quy : DeadlineWord.thang) { k += 1 }
            else if w(k) == DeadlineWord.quy || w(k) == DeadlineWord.thang { break }
            guard ordinal(k, max: max) != nil, w(k + 1) != DeadlineWord.thang else { break }
            j = k
        }
        if items.count == first {
            if num(j) != nil, w(j + 1) != DeadlineWord.thang { return nil } // "tháng 13/2025": not a period
            items.append(Item(kind: .period(kind, index: nil, year: nil, recurring: recurring, before: false),
                              from: i, to: i + 1))
        }
        if let (year, next) = yearSuffix(j) {
            setYear(year, of: items.count - 1)
            j = next
        }
        for k in first..<items.count { items[k].from = i; items[k].to = j }
        return j
    }

    /// "6 tháng", "06 tháng đầu năm (2025)", "6 tháng cuối năm", "9 tháng (năm 2023)".
    mutating func countedPeriod(_ i: Int) -> Int? {
        typealias W = DeadlineWord
        guard w(i + 1) == W.thang, let count = num(i) else { return nil }
        var j = i + 2
        var index: Int?
        let kind: ReportPeriod
        switch count {
        case 6: kind = .halfYear
        case 9: kind = .nineMonths
        default: return firstMonths(i, count: count)
        }
        var year: Int?
        if w(j) == W.dau || w(j) == W.cuoi, w(j + 1) == W.nam {
            index = w(j) == W.dau ? 1 : 2
            j += 2
            if let y = self.year(j) { year = y; j += 1 }
            else if let (y, next) = relativeYear(j) { year = y; j = next }
        }
        if year == nil, let (y, next) = yearSuffix(j) { year = y; j = next }
        items.append(Item(kind: .period(kind, index: index, year: year, recurring: recurring && year == nil,
                                        before: false), from: i, to: j))
        return j
    }

    /// "năm 2025", "năm sau", "năm học ...", bare "năm" (a recurrence; not "Việt Nam").
    mutating func yearWord(_ i: Int) -> Int? {
        if w(i + 1) == DeadlineWord.hoc { return schoolYearPhrase(i) }
        if i > 0, t[i - 1].kind == .number || (t[i - 1].kind == .word && t[i - 1].word == DeadlineScanner.viet) {
            return nil
        }
        if i > 0, t[i - 1].kind == .word, t[i - 1].word == DeadlineWord.ca, yearSuffix(i) == nil {
            // "cả năm": the whole plan year, once.
            items.append(Item(kind: .period(.year, index: nil, year: planYear, recurring: false, before: false),
                              from: i, to: i + 1))
            return i + 1
        }
        if let (year, next) = yearSuffix(i) {
            let to = openEnded(next)
            items.append(Item(kind: .period(.year, index: nil, year: year, recurring: false, before: false),
                              from: i, to: to))
            return to
        }
        items.append(Item(kind: .period(.year, index: nil, year: nil, recurring: recurring, before: false),
                          from: i, to: i + 1))
        return i + 1
    }

    private static let viet = DeadlineWord.pack("viet" as StaticString)

    /// "giai đoạn 2021-2025", "giai đoạn (2021 - 2030)": due at the end of the last year.
    mutating func stage(_ i: Int) -> Int? {
        var j = i + 2
        if isP(j, UInt8(ascii: "(")) { j += 1 }
        guard year(j) != nil, isP(j + 1, UInt8(ascii: "-")), let last = year(j + 2) else { return nil }
        j += 3
        if isP(j, UInt8(ascii: ")")) { j += 1 }
        items.append(Item(kind: .period(.year, index: nil, year: last, recurring: false, before: false),
                          from: i, to: j))
        return j
    }

    /// "năm học 2024-2025", or "(trong) năm học" alone: the school year in progress on the
    /// plan's issue date (without one, `planYear - 1`..`planYear`). One milestone on 31/5.
    mutating func schoolYearPhrase(_ i: Int) -> Int? {
        var j = i + 2
        var startYear: Int
        if let first = year(j), isP(j + 1, UInt8(ascii: "-")), let second = year(j + 2) {
            startYear = first
            if second != first + 1 {
                diagnostics.append("Năm học không liền nhau: '\(text(i, j + 3))'; cần kiểm tra")
            }
            j += 3
        } else if let issuedOn {
            guard case let .schoolYear(y) = Period.schoolYear(containing: issuedOn) else { return nil }
            startYear = y
        } else {
            startYear = planYear - 1
        }
        let period = Period.schoolYear(startYear: startYear)
        schoolYear = period
        items.append(Item(kind: .dated(period.end, .schoolYearEnd, period), from: i, to: j))
        return j
    }

    /// A year after a period: "/2022", "-2022", "năm 2022", "năm sau", or "2022" alone.
    func yearSuffix(_ j: Int) -> (Int, Int)? {
        if isP(j, UInt8(ascii: "/")) || isP(j, UInt8(ascii: "-")), let y = year(j + 1) { return (y, j + 2) }
        if w(j) == DeadlineWord.nam {
            if let y = year(j + 1) { return (y, j + 2) }
            return relativeYear(j + 1)
        }
        if let y = year(j), (1900...2199).contains(y) { return (y, j + 1) }
        return nil
    }

    /// The year named by relative words after "năm": "liền kề", "sau", "tới", "kế tiếp",
    /// "tiếp theo" (the next year), "nay" (the plan year), "trước" (the year before, unless a
    /// date follows: "báo cáo năm trước ngày 25/10").
    func relativeYear(_ j: Int) -> (Int, Int)? {
        typealias W = DeadlineWord
        switch w(j) {
        case W.lien where w(j + 1) == W.ke: return (planYear + 1, j + 2)
        case W.ke where w(j + 1) == W.tiep: return (planYear + 1, j + 2)
        case W.tiep where w(j + 1) == W.theo: return (planYear + 1, j + 2)
        case W.sau where w(j + 1) != W.khi: return (planYear + 1, j + 1)
        case W.toi: return (planYear + 1, j + 1)
        case W.nay: return (planYear, j + 1)
        case W.truoc:
            if num(j + 1) != nil || w(j + 1) == W.ngay || w(j + 1) == W.thang || w(j + 1) == W.quy
                || w(j + 1) == W.nam { return nil }
            let next = w(j + 1) == W.lien && w(j + 2) == W.ke ? j + 3 : j + 1
            return (planYear - 1, next)
        default: return nil
        }
    }

    /// Gives the period item at `k` its written year.
    mutating func setYear(_ year: Int, of k: Int) {
        guard case let .period(kind, index, _, rec, before) = items[k].kind else { return }
        items[k].kind = .period(kind, index: index, year: year, recurring: rec, before: before)
    }
}
