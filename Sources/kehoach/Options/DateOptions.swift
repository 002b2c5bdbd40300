import ArgumentParser
import Foundation
import KeHoach

/// `--as-of DATE`: the day states are judged on; today in Vietnam when omitted.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Xét tại ngày YYYY-MM-DD (mặc định hôm nay) / judge on this day (default today).")
    var asOf: String?

    func validate() throws {
        if let asOf { _ = try DateArgument.parse(asOf) }
    }

    /// The day to judge on.
    var date: CivilDate {
        asOf.flatMap { CivilDate(iso: $0) } ?? DateArgument.today
    }
}

/// Dates typed on the command line.
enum DateArgument {
    /// `YYYY-MM-DD`, or a usage error showing the expected form.
    static func parse(_ text: String, option: String = "ngày") throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\(option) '\(text)' không hợp lệ: cần dạng YYYY-MM-DD, vd. 2025-07-05")
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
