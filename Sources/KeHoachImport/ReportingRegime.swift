import Foundation
import KeHoach

/// A plan's reporting regime as its prose states it, in the sentence that gives each report's
/// deadline and data cut-off window (seed 001: "Định kỳ báo cáo kết quả thực hiện về UBND xã (qua
/// Văn phòng – Thống kê xã) … Báo cáo gửi 6 tháng đầu năm trước ngày 05/7/2025 (thời gian chốt số
/// liệu tính từ ngày 01/01/2025 đến ngày 30/6/2025); báo cáo năm trước 05/01/2026 (…)").
///
/// Only clauses with a dated deadline become rules; a regime in words only ("Định kỳ hàng quý, 06
/// tháng, năm … báo cáo") gives none, and the plan's continuous tasks then report once, at the
/// year's end, as documented in docs/engine.md. The deadline is kept as written.
public struct ReportingRegime: Hashable, Sendable {
    /// The rules, in the order the text gives them.
    public var rules: [ReportingRule]
    /// The unit the reports go to ("về UBND xã"), when the plan's units know it.
    public var recipient: String?
    /// The unit that compiles them ("qua Văn phòng – Thống kê xã"), when the plan's units know it.
    public var focalUnit: String?

    /// The regime read from `paragraphs`, with units resolved against `units`.
    public init(paragraphs: [String], units: [KeHoach.Unit]) {
        rules = []
        let directory = UnitDirectory(units)
        for paragraph in paragraphs.map({ $0.replacingOccurrences(of: "\n", with: " ") }) {
            let folded = VietnameseText.fold(paragraph)
            guard folded.contains("chot so lieu"), folded.contains("bao cao") else { continue }
            recipient = recipient ?? ReportingRegime.unit(after: #/(?i)(?:gửi )?về /#, in: paragraph, directory: directory)
            focalUnit = focalUnit ?? ReportingRegime.unit(after: #/(?i)\(qua /#, in: paragraph, directory: directory)
            for clause in paragraph.split(separator: ";") {
                if let rule = ReportingRegime.rule(String(clause), recipient: recipient) { rules.append(rule) }
            }
        }
    }

    /// One clause's rule: its period words, its dated deadline and its window.
    static func rule(_ clause: String, recipient: String?) -> ReportingRule? {
        guard let deadline = clause.firstMatch(of: #/(?i)trước(?: ngày)? \d{1,2}/\d{1,2}(?:/\d{4})?/#) else { return nil }
        // The words naming the report: from the clause's last sentence start to its deadline.
        var lead = String(clause[..<deadline.range.lowerBound])
        if let stop = lead.ranges(of: ". ").last { lead = String(lead[stop.upperBound...]) }
        let words = VietnameseText.fold(lead)
        let period: ReportPeriod, key: String, label: String
        if words.contains("6 thang") || words.contains("06 thang") {
            (period, key) = (.halfYear, "6-thang")
            label = "Báo cáo " + (words.contains("06 thang") ? "06" : "6") + " tháng đầu năm"
        } else if words.contains("9 thang") || words.contains("09 thang") {
            (period, key, label) = (.nineMonths, "9-thang", "Báo cáo 9 tháng")
        } else if words.contains("quy") {
            (period, key, label) = (.quarter, "quy", "Báo cáo quý")
        } else if words.contains("nam") {
            (period, key, label) = (.year, "nam", "Báo cáo năm")
        } else {
            return nil
        }
        var window: DateRange?
        let dates = clause[deadline.range.upperBound...].matches(of: #/(\d{1,2})/(\d{1,2})/(\d{4})/#).compactMap {
            CivilDate(year: Int($0.3)!, month: Int($0.2)!, day: Int($0.1)!)
        }
        if VietnameseText.fold(clause).contains("chot so lieu"), dates.count >= 2, dates[0] <= dates[1] {
            window = DateRange(from: dates[0], to: dates[1])
        }
        return ReportingRule(key: key, label: label, period: period, deadline: String(deadline.output),
                             window: window, recipient: recipient)
    }

    /// The unit named right after `marker` ("về UBND xã (qua …", "(qua Văn phòng – Thống kê xã)"):
    /// the longest run of words there that the plan's units know.
    static func unit(after marker: Regex<Substring>, in text: String, directory: UnitDirectory) -> String? {
        guard let match = text.firstMatch(of: marker) else { return nil }
        let rest = text[match.range.upperBound...].prefix { !"():;,.".contains($0) }
        var words = rest.split(separator: " ").prefix(8).map(String.init)
        while !words.isEmpty {
            if let unit = directory.resolve(words.joined(separator: " ")) { return unit.id }
            words.removeLast()
        }
        return nil
    }
}
