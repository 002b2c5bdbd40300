/// The canonical Vietnamese reading of a spec, with the computed dates, for people to check
/// what the parser understood: "Ban hành Kế hoạch: Quý I/2022 (hạn 31/03/2022); Báo cáo:
/// 6 tháng, hằng năm".
extension DeadlineSpec {
    /// One line: the milestones and recurrences grouped by label in written order, then
    /// "Thường xuyên", the event, and "Chưa xác định" / "Cần nhập ngày" when nothing is dated.
    public func canonical() -> String {
        var groups: [(label: String?, parts: [String])] = []
        func add(_ label: String?, _ part: String) {
            if let k = groups.firstIndex(where: { $0.label == label }) { groups[k].parts.append(part) }
            else { groups.append((label, [part])) }
        }
        for m in milestones { add(m.label, m.canonical) }
        for r in recurrences { add(r.label, r.canonical) }
        var parts = groups.map { group in
            let body = group.parts.joined(separator: ", ")
            return group.label.map { "\($0): \(body)" } ?? body
        }
        if continuous { parts.insert("Thường xuyên", at: 0) }
        if let event {
            var line = "Khi có sự kiện: \(event.trigger)"
            if let days = event.offsetDays { line += " (+\(days) ngày\(event.workingDays ? " làm việc" : ""))" }
            parts.append(line)
        }
        if unspecified {
            parts.append(diagnostics.isEmpty ? "Chưa xác định thời hạn" : "Cần nhập ngày: '\(text)'")
        }
        return parts.joined(separator: "; ")
    }
}

extension DeadlineMilestone {
    /// "Quý I/2022 (hạn 31/03/2022)", "Trước ngày 15/11/2022 (hạn 14/11/2022)", "Ngày 30/06/2025".
    public var canonical: String {
        let due = "hạn \(self.due.vietnamese)"
        switch rule {
        case .periodEnd, .schoolYearEnd:
            return "\(period?.vietnamese ?? written) (\(due))"
        case .partOfPeriod:
            return "\(DeadlineMilestone.upperFirst(written)) (\(due))"
        case .beforePeriod:
            return "Trước \(period.map { DeadlineMilestone.lowerFirst($0.vietnamese) } ?? written) (\(due))"
        case .beforeDate:
            return "Trước ngày \(self.due.adding(days: 1).vietnamese) (\(due))"
        case .onDate:
            return "Ngày \(self.due.vietnamese)"
        case let .lunar(day, month, leap):
            return "Ngày \(day)/\(month)\(leap ? " nhuận" : "") âm lịch (\(due))"
        }
    }

    private static func upperFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    private static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}

extension DeadlineRecurrence {
    /// "hằng tháng", "hằng tháng (trước ngày 05)", "hằng quý (ngày 25 tháng cuối kỳ)".
    public var canonical: String {
        guard let day else { return period.canonical }
        let which = switch day.month {
        case .last: period == .month ? "" : " tháng cuối kỳ"
        case .first: " tháng đầu kỳ"
        case .next: " tháng sau kỳ"
        }
        let number = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        return "\(period.canonical) (\(day.before ? "trước ngày" : "ngày") \(number)\(which))"
    }
}

extension ReportPeriod {
    /// "hằng tháng", "hằng quý", "6 tháng", "9 tháng", "hằng năm".
    public var canonical: String {
        switch self {
        case .month: "hằng tháng"
        case .quarter: "hằng quý"
        case .halfYear: "6 tháng"
        case .nineMonths: "9 tháng"
        case .year: "hằng năm"
        }
    }
}
