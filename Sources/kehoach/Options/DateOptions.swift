import ArgumentParser
import Foundation
import KeHoach
import KeHoachImport

/// `--as-of DATE`: the day states are judged on; today in Vietnam when omitted.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: .vi("Xét tại ngày này, YYYY-MM-DD hoặc dd/MM/yyyy (mặc định hôm nay).",
                                                         en: "Judge on this day, YYYY-MM-DD or dd/MM/yyyy (default today)."))
    var asOf: String?

    func validate() throws {
        if let asOf { _ = try DateArgument.parse(asOf) }
    }

    /// The day to judge on.
    var date: CivilDate {
        asOf.flatMap(DateArgument.date) ?? DateArgument.today
    }
}

/// Dates typed on the command line.
enum DateArgument {
    /// The expected forms, for error messages.
    static let forms = "YYYY-MM-DD hoặc dd/MM/yyyy, vd. 2025-07-05 hoặc 05/07/2025"

    /// A date as an admin types it: `2025-07-05`, or as the plans write it: `05/07/2025`,
    /// `5/7/2025`, `05.07.2025`, `05-07-2025`. Nil when it is neither or names no real day.
    /// A two-digit year ("05/07/25") is refused rather than guessed, and so is a year outside
    /// 1900-2100 (``CivilDate/supportedYears``), as the deadline language and the store refuse it.
    static func date(_ text: String) -> CivilDate? {
        (CivilDate(iso: text) ?? PlanHeader.shortDate(text)).flatMap { $0.isSupported ? $0 : nil }
    }

    /// ``date(_:)``, or a usage error showing the expected forms.
    static func parse(_ text: String, option: String = "Ngày") throws -> CivilDate {
        guard let date = date(text) else {
            throw ValidationError("\(option) '\(text)' không hợp lệ: cần dạng \(forms), trong các năm 1900-2100")
        }
        return date
    }

    /// `YYYY-MM-DDTHH:MM`, or a usage error showing the expected form.
    static func instant(_ text: String) throws -> Instant {
        guard let instant = Instant(local: text) else {
            throw ValidationError("Thời điểm '\(text)' không hợp lệ: cần dạng YYYY-MM-DDTHH:MM (giờ Việt Nam), vd. 2025-07-05T07:30")
        }
        return instant
    }

    /// Now, read from the system clock (the CLI is an edge; the core never reads a clock).
    static var now: Instant { Instant(seconds: Int64(Date().timeIntervalSince1970)) }

    /// Today in Vietnam.
    static var today: CivilDate { now.date }

    /// Who is acting, for the audit trail: `--by`, else $SUDO_USER, $USER, else "kehoach".
    static var actor: String {
        let env = ProcessInfo.processInfo.environment
        return env["SUDO_USER"] ?? env["USER"] ?? "kehoach"
    }
}
