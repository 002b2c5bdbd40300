import ArgumentParser
import KeHoach

/// The `--period` of `kehoach report`: `6-thang`, `9-thang`, `nam` or `quy-N`, read as a period
/// of the plan's year.
enum ReportPeriodArgument {
    /// The accepted spellings, for help and errors.
    static let forms = "6-thang, 9-thang, nam, quy-1 … quy-4"

    /// The period `text` names in `year`, or a usage error listing the accepted forms.
    static func period(_ text: String, year: Int) throws -> Period {
        let key = VietnameseText.fold(text).lowercased()
        switch key {
        case "6-thang": return .halfYear(1, year: year)
        case "9-thang": return .nineMonths(year: year)
        case "nam": return .year(year)
        default:
            if key.hasPrefix("quy-"), let q = Int(key.dropFirst(4)), (1...4).contains(q) {
                return .quarter(q, year: year)
            }
            throw ValidationError("--period '\(text)' không hợp lệ: cần một trong \(forms)")
        }
    }

    /// Checks the spelling alone (the year does not matter).
    static func validate(_ text: String) throws { _ = try period(text, year: 2000) }
}
