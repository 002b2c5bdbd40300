extension Period {
    /// The reporting periods a report is asked for by name ("6-thang", "9-thang", "nam",
    /// "quy-1" … "quy-4"), for the CLI's `--period` and the C API's `kehoach_report_json`.
    public static let reportKeys = "6-thang, 9-thang, nam, quy-1 … quy-4"

    /// The period the report key `key` names in `year` (accents and case ignored: "6 tháng" is
    /// "6-thang"), or nil for a key that names none.
    public static func report(_ key: String, year: Int) -> Period? {
        let folded = VietnameseText.fold(key).lowercased().split(separator: " ").joined(separator: "-")
        switch folded {
        case "6-thang": return .halfYear(1, year: year)
        case "9-thang": return .nineMonths(year: year)
        case "nam": return .year(year)
        default:
            guard folded.hasPrefix("quy-"), let q = Int(folded.dropFirst(4)), (1...4).contains(q) else { return nil }
            return .quarter(q, year: year)
        }
    }
}
