#if canImport(Glibc)
import Glibc
#endif
import KeHoach

/// Reads kehoachd.conf: `key = value` lines, `#` comments, blank lines.
///
/// Every mistake is refused with its line number and what was expected
/// (``KeHoachError/invalidLine(file:line:value:expected:)``): an unknown key, a key given
/// twice, a line without `=`, or a value of the wrong form. The daemon refuses to start with a
/// bad file, and on reload keeps the configuration it had.
public enum ConfigParser {
    /// The keys the file may set.
    public static let keys = ["database", "check_time", "reminders", "overdue_every", "escalate_after", "digest",
                       "log_level", "max_sleep", "calendar_overrides", "catch_up", "quiet_after"] + deliveryKeys

    /// Parses `text`, naming `file` in errors.
    public static func parse(_ text: String, file: String) throws(KeHoachError) -> Config {
        var config = Config()
        var seen: [String: Int] = [:]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = index + 1
            let line = strip(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if line.isEmpty { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw .invalidLine(file: file, line: number, value: line, expected: "dạng 'khóa = giá trị' (key = value)")
            }
            let key = strip(line[..<equals]).lowercased()
            let value = strip(line[line.index(after: equals)...])
            guard keys.contains(key) else {
                throw .invalidLine(file: file, line: number, value: key,
                                   expected: "một trong các khóa: " + keys.joined(separator: ", "))
            }
            if let first = seen[key] {
                throw .invalidLine(file: file, line: number, value: key, expected: "mỗi khóa một lần (đã có ở dòng \(first))")
            }
            seen[key] = number
            try set(key, value, in: &config) { expected throws(KeHoachError) in
                throw .invalidLine(file: file, line: number, value: value, expected: expected)
            }
        }
        return config
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(KeHoachError) -> Config {
        guard let text = readFile(path) else {
            throw .invalidLine(file: path, line: 0, value: path, expected: "một tệp cấu hình đọc được")
        }
        return try parse(text, file: path)
    }

    /// Sets one key; `fail` is called with what was expected when the value is wrong.
    private static func set(_ key: String, _ value: String, in config: inout Config,
                            fail: (String) throws(KeHoachError) -> Never) throws(KeHoachError) {
        switch key {
        case "database", "calendar_overrides":
            guard value.hasPrefix("/") else { try fail("một đường dẫn tuyệt đối (bắt đầu bằng /)") }
            if key == "database" { config.database = value } else { config.calendarOverrides = value }
        case "check_time":
            guard let minutes = clockTime(value) else { try fail("giờ dạng HH:MM từ 00:00 đến 23:59") }
            config.checkTime = minutes
        case "reminders":
            let parts = value.split(separator: ",").map { strip($0) }
            let days = parts.compactMap { Int($0) }.filter { (1...60).contains($0) }
            guard !parts.isEmpty, days.count == parts.count, Set(days).count == days.count else {
                try fail("danh sách số ngày làm việc khác nhau từ 1 đến 60, cách nhau dấu phẩy, ví dụ 7, 3, 1")
            }
            config.reminders = days.sorted(by: >)
        case "overdue_every":
            guard let days = Int(value), (1...60).contains(days) else { try fail("số ngày làm việc từ 1 đến 60") }
            config.overdueEvery = days
        case "escalate_after":
            if ["off", "no", "khong", "không"].contains(value.lowercased()) { config.escalation = .off; return }
            guard let days = Int(value), (1...250).contains(days) else {
                try fail("số ngày làm việc từ 1 đến 250, hoặc off")
            }
            config.escalation = .after(days)
        case "digest":
            guard let on = boolean(value) else { try fail("yes hoặc no (có/không)") }
            config.digest = on
        case "log_level":
            guard let level = LogLevel(name: value) else {
                try fail("một mức: emerg, alert, crit, err, warning, notice, info, debug")
            }
            config.logLevel = level
        case "catch_up":
            guard let policy = CatchUpPolicy(rawValue: value.lowercased()) else {
                try fail("latest (gộp, mặc định), all (gửi từng thông báo) hoặc skip (bỏ qua việc đã lỡ)")
            }
            config.catchUp = policy
        case "quiet_after":
            guard let days = Int(value), (0...3650).contains(days) else { try fail("số ngày từ 0 đến 3650") }
            config.quietAfterDays = days
        case "max_sleep":
            guard let seconds = duration(value), (60...86_400).contains(seconds) else {
                try fail("thời lượng từ 60s đến 24h, ví dụ 3600, 30min, 1h")
            }
            config.maxSleepSeconds = seconds
        default:
            try setDelivery(key, value, in: &config.delivery, fail: fail)
        }
    }

    /// `HH:MM` as minutes after midnight.
    public static func clockTime(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), parts[1].count == 2, (0...59).contains(m)
        else { return nil }
        return h * 60 + m
    }

    /// `3600`, `3600s`, `30min`, `2h` as seconds.
    public static func duration(_ text: String) -> Int64? {
        let units: [(String, Int64)] = [("min", 60), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            return Int64(strip(text.dropLast(suffix.count))).map { $0 * scale }
        }
        return Int64(text)
    }

    /// yes/no and their usual spellings, Vietnamese included.
    public static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true", "on", "1", "có", "co": true
        case "no", "false", "off", "0", "không", "khong": false
        default: nil
        }
    }

    /// `text` without surrounding spaces, tabs and carriage returns.
    public static func strip(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// The whole file at `path` as UTF-8, or nil when it cannot be read.
    public static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
