/// Parts of periods and days within recurring periods: "trước ngày 05 hàng tháng", "ngày 25
/// tháng cuối quý", "tuần đầu tháng 11/2025", "giữa tháng 9", "4 tháng đầu năm", "học kỳ I năm
/// học 2025-2026", "năm 2025 và các năm tiếp theo". Each is either read exactly or flagged.
extension DeadlineScanner {
    /// "N (của) (mỗi | các) (tháng cuối quý | tháng đầu quý (sau) | tháng sau)" at `k`, after
    /// "ngày", "trước ngày", "chậm nhất ngày" or "đến ngày": the day of each period a recurrence
    /// is due on. Read only where the cell recurs: "hàng"/"định kỳ" follows, the segment already
    /// recurs ("Báo cáo hằng tháng trước ngày 25"), or the words name a month of every period.
    /// A date ("05/7", "15 tháng 3") is never read as one.
    mutating func recurringDay(_ k: Int, from i: Int, before: Bool) -> Int? {
        typealias W = DeadlineWord
        guard let day = num(k), t[k].length <= 2, (1...31).contains(day) else { return nil }
        var j = k + 1
        if tight(j), isP(j, UInt8(ascii: "/")) || isP(j, UInt8(ascii: "-")) || isP(j, UInt8(ascii: ".")) { return nil }
        if w(j) == W.thang, ordinal(j + 1, max: 12) != nil { return nil }
        if w(j) == W.cua { j += 1 }
        if w(j) == W.moi || w(j) == W.cac { j += 1 }
        var month = RecurringDay.Month.last
        var quarterly = false
        if w(j) == W.thang {
            if w(j + 1) == W.cuoi, w(j + 2) == W.quy {
                quarterly = true
                j += 3
            } else if w(j + 1) == W.dau, w(j + 2) == W.quy {
                quarterly = true
                month = .first
                j += 3
                if w(j) == W.sau, w(j + 1) != W.khi { month = .next; j += 1 }
                else if w(j) == W.tiep, w(j + 1) == W.theo { month = .next; j += 2 }
                else if w(j) == W.ke, w(j + 1) == W.tiep { month = .next; j += 2 }
            } else if w(j + 1) == W.sau, w(j + 2) != W.khi {
                month = .next
                j += 2
            } else if (w(j + 1) == W.tiep && w(j + 2) == W.theo) || (w(j + 1) == W.ke && w(j + 2) == W.tiep) {
                month = .next
                j += 3
            } else if w(j - 1) == W.cac || w(j - 1) == W.moi {
                j += 1 // "ngày 20 các tháng": every month
                items.append(Item(kind: .period(.month, index: nil, year: nil, recurring: true, before: false),
                                  from: i, to: j))
            } else {
                return nil
            }
        }
        let recursNext = w(j) == W.hang || (w(j) == W.dinh && w(j + 1) == W.ky)
        guard recursNext || recurring || quarterly || month == .next || j > k + 1 else { return nil }
        let hasQuarter = items.contains {
            if case .period(.quarter, index: nil, _, _, _) = $0.kind { return true }
            return false
        }
        if quarterly, !hasQuarter {
            items.append(Item(kind: .period(.quarter, index: nil, year: nil, recurring: true, before: false),
                              from: i, to: j))
        }
        items.append(Item(kind: .dueDay(RecurringDay(day: day, before: before, month: month)), from: i, to: j))
        return j
    }

    /// "tuần đầu (tiên) / thứ N / cuối (của) tháng M(/Y)": due on the 7th, the 7N-th or the
    /// month's last day (weeks counted from the 1st, the way plans mean them).
    mutating func week(_ i: Int) -> Int? {
        typealias W = DeadlineWord
        var j = i + 1
        var n: Int
        switch w(j) {
        case W.dau:
            n = 1
            j += 1
            if w(j) == W.tien { j += 1 }
        case W.cuoi:
            n = 5
            j += 1
        case W.thu:
            j += 1
            if let value = ordinal(j, max: 4) { n = value }
            else if w(j) == W.nhat { n = 1 } else if w(j) == W.hai { n = 2 } else if w(j) == W.ba { n = 3 }
            else if w(j) == W.tu { n = 4 } else { return nil }
            j += 1
        default:
            return nil
        }
        if w(j) == W.cua { j += 1 }
        guard w(j) == W.thang, let month = ordinal(j + 1, max: 12) else { return nil }
        j += 2
        var year = planYear
        if let (y, next) = yearSuffix(j) { year = y; j = next }
        let period = Period.month(month, year: year)
        let due = n == 5 ? period.end : CivilDate(proleptic: year, month, 7 * n)
        items.append(Item(kind: .dated(due, .partOfPeriod, period), from: i, to: j))
        return j
    }

    /// "giữa tháng M" (the 15th), "giữa năm" (30/6), "cuối tháng M / quý / năm" (its last day),
    /// "đầu tháng M" (the 10th) and "đầu năm" (31/01): the last two are not exact and flagged.
    mutating func partOf(_ i: Int) -> Int? {
        typealias W = DeadlineWord
        let part = w(i)
        var j = i + 1
        if w(j) == W.ky {
            // "đầu kỳ, giữa kỳ, cuối kỳ": of which period, the cell does not say.
            diagnostics.append("'\(text(i, j + 1))' không nêu kỳ nào; cần kiểm tra")
            items.append(Item(kind: .marker, from: i, to: j + 1))
            return j + 1
        }
        if part == W.cuoi {
            if w(j) == W.nam, yearSuffix(j) == nil, relativeYear(j + 1) == nil {
                items.append(Item(kind: .period(.year, index: nil, year: planYear, recurring: false, before: false),
                                  from: i, to: j + 1))
                return j + 1
            }
            guard w(j) == W.thang || w(j) == W.quy || w(j) == W.nam else { return nil }
            return periodAfter(j, from: i, before: false)
        }
        var year = planYear
        if w(j) == W.nam {
            j += 1
            if let (y, next) = yearSuffix(j - 1) { year = y; j = next }
            let due = part == W.giua ? CivilDate(proleptic: year, 6, 30) : CivilDate(proleptic: year, 1, 31)
            if part == W.dau { diagnostics.append("'\(text(i, j))' không nêu ngày; tạm lấy hạn \(due.vietnamese), cần kiểm tra") }
            items.append(Item(kind: .dated(due, .partOfPeriod, nil), from: i, to: j))
            return j
        }
        guard w(j) == W.thang, let month = ordinal(j + 1, max: 12) else { return nil }
        j += 2
        if let (y, next) = yearSuffix(j) { year = y; j = next }
        let due = CivilDate(proleptic: year, month, part == W.giua ? 15 : 10)
        if part == W.dau { diagnostics.append("'\(text(i, j))' không nêu ngày; tạm lấy hạn \(due.vietnamese), cần kiểm tra") }
        items.append(Item(kind: .dated(due, .partOfPeriod, .month(month, year: year)), from: i, to: j))
        return j
    }

    /// "N tháng đầu năm (Y)" for N other than 6 and 9 (which are periods of their own): due at
    /// the end of month N; "N tháng cuối năm": due at the year's end.
    mutating func firstMonths(_ i: Int, count: Int) -> Int? {
        typealias W = DeadlineWord
        guard (1...11).contains(count), w(i + 2) == W.dau || w(i + 2) == W.cuoi, w(i + 3) == W.nam else {
            // "2 tháng/kỳ", "12 tháng": a span, not one of the periods plans report on.
            guard t[i].length <= 2 else { return nil }
            diagnostics.append("'\(text(i, i + 2))' không phải kỳ tháng, quý, 6 tháng, 9 tháng hay năm; cần kiểm tra")
            items.append(Item(kind: .marker, from: i, to: i + 2))
            return i + 2
        }
        var j = i + 4
        var year = planYear
        if let y = self.year(j) { year = y; j += 1 } else if let (y, next) = relativeYear(j) { year = y; j = next }
        else if let (y, next) = yearSuffix(j) { year = y; j = next }
        let due = w(i + 2) == W.dau ? CivilDate.endOfMonth(count, year: year) : CivilDate.endOfMonth(12, year: year)
        items.append(Item(kind: .dated(due, .partOfPeriod, nil), from: i, to: j))
        return j
    }

    /// "học kỳ I/II (năm học Y1-Y2)", "HK II": the end of the semester by the Ministry of
    /// Education's yearly framework (Quyết định khung kế hoạch thời gian năm học, e.g.
    /// 2171/QĐ-BGDĐT for 2024-2025: "kết thúc học kỳ I trước ngày 18/01", "kết thúc năm học
    /// trước ngày 31/5"): 17/01 and 31/05 of the school year's second calendar year. Without
    /// years, the school year of the plan's issue date (else `planYear - 1`..`planYear`).
    mutating func semester(_ i: Int, after: Int) -> Int? {
        typealias W = DeadlineWord
        var j = after
        guard let n = ordinal(j, max: 2) else { return nil }
        j += 1
        var k = j
        if isP(k, UInt8(ascii: ",")) || isP(k, UInt8(ascii: "/")) || isP(k, UInt8(ascii: "(")) { k += 1 }
        if w(k) == W.nam, w(k + 1) == W.hoc { k += 2 }
        var startYear: Int
        if let first = year(k), isP(k + 1, UInt8(ascii: "-")), let second = year(k + 2) {
            startYear = first
            j = k + 3
            if isP(j, UInt8(ascii: ")")) { j += 1 }
            if second != first + 1 { diagnostics.append("Năm học không liền nhau: '\(text(i, j))'; cần kiểm tra") }
        } else {
            if k > j, w(k - 1) == W.hoc { j = k }
            if let issuedOn, case let .schoolYear(y) = Period.schoolYear(containing: issuedOn) { startYear = y }
            else { startYear = planYear - 1 }
        }
        let due = n == 1 ? CivilDate(proleptic: startYear + 1, 1, 17) : CivilDate(proleptic: startYear + 1, 5, 31)
        items.append(Item(kind: .dated(due, .partOfPeriod, nil), from: i, to: j))
        return j
    }

    /// The index after "và (các | những) năm tiếp theo / sau / kế tiếp" or "trở đi" at `j`: an
    /// open-ended year ("năm 2025 và các năm tiếp theo") is due in the plan's year, the later
    /// years belong to later plans. `j` itself when nothing follows.
    func openEnded(_ j: Int) -> Int {
        typealias W = DeadlineWord
        if w(j) == W.tro, w(j + 1) == W.di { return j + 2 }
        guard w(j) == W.va else { return j }
        var k = j + 1
        if w(k) == W.cac || w(k) == W.nhung { k += 1 }
        guard w(k) == W.nam else { return j }
        k += 1
        if w(k) == W.tiep, w(k + 1) == W.theo { return k + 2 }
        if w(k) == W.ke, w(k + 1) == W.tiep { return k + 2 }
        if w(k) == W.sau || w(k) == W.tiep { return k + 1 }
        return j
    }

    /// "14/12/2000-14/12/2020", "01/3 - 15/3/2025": a range of dates, due on its last day.
    mutating func dateRange(_ i: Int) -> Int? {
        guard let first = dateParts(i, spelled: false), isP(first.next, UInt8(ascii: "-")),
              dateParts(first.next + 1, spelled: false) != nil else { return nil }
        return dated(first.next + 1, from: i, before: false)
    }
}
