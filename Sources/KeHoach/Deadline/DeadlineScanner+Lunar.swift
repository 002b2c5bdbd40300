/// Lunar dates: "ngày 10 tháng 3 âm lịch", "10/3 âm lịch", "mùng 6 tháng Giêng", "rằm tháng
/// Giêng" (15/1), "mồng 1 tháng Chạp", "tháng 7 nhuận". The lunar year is the one written,
/// else the plan year.
extension DeadlineScanner {
    /// "mùng N (tháng) M", "rằm (tháng) M", or "tháng Giêng/Chạp" without a day (flagged).
    mutating func lunar(_ i: Int, from: Int, before: Bool = false) -> Int? {
        typealias W = DeadlineWord
        let head = w(i)
        if head == W.thang {
            guard w(i + 1) == W.gieng || w(i + 1) == W.chap else { return nil }
            diagnostics.append("Tháng âm lịch không nêu ngày: '\(text(i, i + 2))'; cần nhập ngày")
            items.append(Item(kind: .marker, from: from, to: i + 2))
            return i + 2
        }
        var j = i + 1
        let day: Int
        if head == W.ram {
            day = 15
        } else {
            guard let n = num(j), (1...30).contains(n) else { return nil }
            day = n
            j += 1
        }
        if w(j) == W.thang { j += 1 }
        guard let (month, leap, next) = lunarMonth(j) else { return nil }
        j = next
        var year: Int?
        if w(j) == W.nam, let y = self.year(j + 1) { year = y; j += 2 }
        if w(j) == W.am, w(j + 1) == W.lich { j += 2 }
        return lunarMilestone(day: day, month: month, leap: leap, year: year, from: from, to: j, before: before)
    }

    /// A lunar month at `j`: "Giêng" (1), "Chạp" (12) or a number, optionally "nhuận" (leap).
    private func lunarMonth(_ j: Int) -> (Int, Bool, Int)? {
        let month: Int
        if w(j) == DeadlineWord.gieng { month = 1 }
        else if w(j) == DeadlineWord.chap { month = 12 }
        else if let n = ordinal(j, max: 12) { month = n }
        else { return nil }
        if w(j + 1) == DeadlineWord.nhuan { return (month, true, j + 2) }
        return (month, false, j + 1)
    }

    /// The milestone of a lunar date, converted to the solar calendar.
    mutating func lunarMilestone(day: Int, month: Int, leap: Bool, year: Int?, from: Int, to: Int,
                                 before: Bool) -> Int {
        guard let solar = DeadlineScanner.solarDate(day: day, month: month, year: year ?? planYear, leap: leap) else {
            diagnostics.append("Ngày âm lịch không tồn tại: '\(text(from, to))'; cần nhập ngày dương lịch")
            items.append(Item(kind: .marker, from: from, to: to))
            return to
        }
        let due = before ? solar.adding(days: -1) : solar
        items.append(Item(kind: .dated(due, .lunar(day: day, month: month, isLeapMonth: leap), nil), from: from, to: to))
        return to
    }

    /// The solar date of a lunar date (`LunarCalendar`); nil when the lunar date does not exist
    /// (a 30th in a 29-day month, a leap month the year lacks).
    static func solarDate(day: Int, month: Int, year: Int, leap: Bool) -> CivilDate? {
        LunarCalendar.solarDate(of: LunarDate(day: day, month: month, year: year, isLeapMonth: leap))
    }
}
