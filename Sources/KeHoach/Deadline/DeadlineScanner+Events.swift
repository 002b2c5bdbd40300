/// Events: "Khi có văn bản chỉ đạo ...", "Sau khi được UBND tỉnh phê duyệt", "Ngay sau khi
/// ...", with an optional offset: "chậm nhất là 15 ngày kể từ ngày ... phê duyệt" (calendar
/// days), "trong thời gian 03 ngày làm việc" (working days).
extension DeadlineScanner {
    /// Words that, after a comma, end an event's words and start another expression.
    private static let clauseStarts: Set<UInt64> = [
        DeadlineWord.thuong, DeadlineWord.dinh, DeadlineWord.hang, DeadlineWord.cham, DeadlineWord.truoc,
    ]

    /// The index where the event's words starting at `i` end.
    private func clauseEnd(_ i: Int) -> Int {
        var k = i + 1
        while k < end {
            if isP(k, UInt8(ascii: ",")), k + 1 < end, t[k + 1].kind == .word,
               DeadlineScanner.clauseStarts.contains(t[k + 1].word) { break }
            k += 1
        }
        return k
    }

    /// The event's words from `i` to `k`, punctuation trimmed at the end (a ")" only when it
    /// closes a parenthesis opened before the event: "(Khi có văn bản chỉ đạo ...)").
    private func triggerText(_ i: Int, _ k: Int) -> String {
        var opened = 0
        for m in i..<k where isP(m, UInt8(ascii: "(")) { opened += 1 }
        var b = k
        while b > i, t[b - 1].kind == .punct {
            if t[b - 1].word == UInt64(UInt8(ascii: ")")) {
                guard opened == 0 else { break }
            }
            b -= 1
        }
        return text(i, b)
    }

    /// "khi ...", "sau khi ...", "ngay (sau) khi ...": the words up to the end of the clause.
    mutating func trigger(_ i: Int) -> Int? {
        let k = clauseEnd(i)
        record(DeadlineEvent(trigger: triggerText(i, k)))
        items.append(Item(kind: .marker, from: i, to: k))
        return k
    }

    /// "N ngày (làm việc) (kể từ | sau khi | sau | từ) ...". Without a linking word it is read
    /// only where the phrase asks for a span ("chậm nhất", "trong thời gian", "trong vòng").
    mutating func offset(_ k: Int, from i: Int, needsLink: Bool) -> Int? {
        typealias W = DeadlineWord
        guard let days = num(k), t[k].length <= 3, w(k + 1) == W.ngay else { return nil }
        var j = k + 2
        var working = false
        if w(j) == W.lam, w(j + 1) == W.viec { working = true; j += 2 }
        var triggerStart: Int?
        if w(j) == W.ke, w(j + 1) == W.tu { triggerStart = j + 2 }
        else if w(j) == W.sau, w(j + 1) == W.khi { triggerStart = j }
        else if w(j) == W.sau || w(j) == W.tu { triggerStart = j + 1 }
        if needsLink, triggerStart ?? end >= end { return nil }
        var stop = j
        var words: String?
        if let start = triggerStart, start < end {
            stop = clauseEnd(start)
            words = triggerText(start, stop)
        }
        record(DeadlineEvent(trigger: words ?? text(i, j), offsetDays: days, workingDays: working),
               offsetOnly: words == nil)
        items.append(Item(kind: .marker, from: i, to: stop))
        return stop
    }

    /// Keeps one event per cell: a later offset completes an earlier trigger ("Thực hiện sau khi
    /// QHKHSDĐ được phê duyệt; - ... chậm nhất là 15 ngày kể từ ngày ... phê duyệt").
    private mutating func record(_ new: DeadlineEvent, offsetOnly: Bool = false) {
        guard var current = event else { event = new; return }
        if current.offsetDays == nil, let days = new.offsetDays {
            current.offsetDays = days
            current.workingDays = new.workingDays
        } else if new.offsetDays != nil || !offsetOnly, new.trigger != current.trigger {
            diagnostics.append("Nhiều sự kiện trong một ô: '\(new.trigger)'; chỉ giữ '\(current.trigger)'")
        }
        event = current
    }
}
