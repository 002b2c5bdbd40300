import ArgumentParser
import KeHoach

/// The `--period` of `kehoach report`: `6-thang`, `9-thang`, `nam` or `quy-N`, read as a period
/// of the plan's year.
enum ReportPeriodArgument {
    /// The accepted spellings, for help and errors.
    static let forms = Period.reportKeys

    /// The period `text` names in `year` (``Period/report(_:year:)``), or a usage error listing
    /// the accepted forms.
    static func period(_ text: String, year: Int) throws -> Period {
        guard let period = Period.report(text, year: year) else {
            throw ValidationError("--period '\(text)' không hợp lệ: cần một trong \(forms)")
        }
        return period
    }

    /// Checks the spelling alone (the year does not matter).
    static func validate(_ text: String) throws { _ = try period(text, year: 2000) }
}
