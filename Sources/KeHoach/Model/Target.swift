/// A task's target ("chỉ tiêu"), read: the cell verbatim and the measurable parts found in it.
///
/// A cell often holds several targets ("100% hồ sơ TTHC được số hóa; từ 70% hộ gia đình ... tham
/// dự họp"), so a target is a list of ``TargetMeasure``s beside the text. What is not understood
/// is never dropped or guessed: the text stays, and the parts with a figure that gave no measure
/// are listed in ``notUnderstood``. Built by ``TargetParser``; pure value.
public struct Target: Codable, Hashable, Sendable {
    /// The cell, verbatim.
    public var text: String
    /// The measurable parts, in the order the cell writes them.
    public var measures: [TargetMeasure]
    /// Clauses, verbatim, that hold a figure (or a relative word before one) but gave no measure:
    /// "Không để gia tăng tai nạn giao thông trên cả 3 tiêu chí so với năm trước liền kề".
    public var notUnderstood: [String]

    /// How much of the cell was read.
    public enum Reading: String, Codable, Hashable, Sendable {
        /// At least one measure was found.
        case quantified
        /// No figure at all ("Ban hành", "Tự đánh giá"): judged by the official, not measured.
        case qualitative
        /// Figures that gave no measure: kept verbatim and flagged.
        case notUnderstood = "not_understood"
    }

    /// A target from its parts.
    public init(text: String, measures: [TargetMeasure], notUnderstood: [String]) {
        self.text = text
        self.measures = measures
        self.notUnderstood = notUnderstood
    }

    /// How much of the cell was read: quantified when any measure was found.
    public var reading: Reading {
        if !measures.isEmpty { return .quantified }
        return notUnderstood.isEmpty ? .qualitative : .notUnderstood
    }

    /// The measures in short form, "= 100 %; ≥ 70 %", or "" when there are none.
    public var summary: String { measures.map(\.summary).joined(separator: "; ") }
}

/// One measurable part of a target: a metric, a comparator and a value with its unit.
///
/// "từ 70% các thôn trở lên được kiểm tra/giám sát" is metric "các thôn trở lên được kiểm
/// tra/giám sát", comparator ≥, value 70, unit "%"; "ít nhất 01 cuộc tuyên truyền trực tiếp/năm"
/// is ≥ 1 cuộc per năm, metric "tuyên truyền trực tiếp".
public struct TargetMeasure: Codable, Hashable, Sendable {
    /// What is counted or measured, verbatim from the cell ("hồ sơ TTHC được số hóa").
    public var metric: String
    /// How the achieved value is compared with ``value``.
    public var comparator: Comparator
    /// The figure of the target ("3,5%" is 3.5).
    public var value: Double
    /// "%" for a share, the counted noun for a count ("cuộc", "lần", "hình thức"), "" when the cell
    /// names none ("Không để xảy ra ...": zero of the metric).
    public var unit: String
    /// The period the count is per ("năm" in "1 lần/năm"), when written.
    public var per: String?
    /// The words of the cell this measure was read from, verbatim.
    public var phrase: String

    /// The comparison a target asks for.
    public enum Comparator: String, Codable, Hashable, Sendable, CaseIterable {
        /// Exactly the value: "100%" (nothing lies above a whole), "không để xảy ra" (= 0).
        case equal = "="
        /// The value or more: "từ 70% trở lên", "ít nhất", "tối thiểu", "đạt 92%".
        case atLeast = "≥"
        /// More than the value: "trên 95%".
        case greater = ">"
        /// The value or less: "không quá 5%", "tối đa".
        case atMost = "≤"
        /// Less than the value: "dưới 5%".
        case less = "<"
    }

    /// A measure from its parts.
    public init(metric: String, comparator: Comparator, value: Double, unit: String, per: String? = nil, phrase: String) {
        self.metric = metric
        self.comparator = comparator
        self.value = value
        self.unit = unit
        self.per = per
        self.phrase = phrase
    }

    /// "≥ 70 %", "= 100 %", "≥ 1 cuộc/năm", "= 0": comparator, value with a decimal comma, unit.
    public var summary: String {
        var out = "\(comparator.rawValue) \(TargetMeasure.vietnamese(value))"
        if !unit.isEmpty { out += " \(unit)" }
        if let per { out += "/\(per)" }
        return out
    }

    /// Whether `achieved` meets the measure.
    public func isMet(by achieved: Double) -> Bool {
        switch comparator {
        case .equal: abs(achieved - value) < 1e-9
        case .atLeast: achieved >= value - 1e-9
        case .greater: achieved > value
        case .atMost: achieved <= value + 1e-9
        case .less: achieved < value
        }
    }

    /// The judgement of the measure given what was achieved, if anything was recorded.
    public func result(achieved: Double?) -> TargetResult {
        guard let achieved else { return .notMeasured }
        return isMet(by: achieved) ? .met : .notMet
    }

    /// "3,5", "100", "0,25": a number as Vietnamese writes it (decimal comma, no trailing zeros).
    public static func vietnamese(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        guard fraction != 0 else { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(value < 0 && whole == 0 ? "-" : "")\(whole),\(digits)"
    }
}

/// The judgement of a target measure in a report.
public enum TargetResult: String, Codable, Hashable, Sendable, CaseIterable {
    /// The achieved value meets the measure.
    case met
    /// An achieved value was recorded and does not meet it.
    case notMet = "not_met"
    /// No achieved value was recorded.
    case notMeasured = "not_measured"

    /// The word a report shows: "Đạt", "Không đạt", "Chưa đo".
    public var vietnamese: String {
        switch self {
        case .met: "Đạt"
        case .notMet: "Không đạt"
        case .notMeasured: "Chưa đo"
        }
    }
}
