/// A point in time, in whole seconds since 1970-01-01T00:00:00Z, read in Vietnam's time zone.
///
/// Vietnam keeps UTC+7 all year (no DST), so local dates and times are plain arithmetic. The core
/// never reads a clock: the daemon reads it once per cycle and passes an `Instant` in.
public struct Instant: Hashable, Comparable, Sendable, Codable {
    /// Seconds since the Unix epoch.
    public var seconds: Int64

    /// Vietnam's offset from UTC, in seconds.
    public static let utcOffset: Int64 = 7 * 3600

    /// The instant `seconds` after the Unix epoch.
    public init(seconds: Int64) {
        self.seconds = seconds
    }

    /// The instant at `hour:minute` local time (UTC+7) on `date`.
    public init(date: CivilDate, hour: Int = 0, minute: Int = 0) {
        seconds = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60) - Instant.utcOffset
    }

    /// The local civil date of this instant.
    public var date: CivilDate {
        let local = seconds + Instant.utcOffset
        return CivilDate(dayNumber: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }

    /// Minutes past local midnight (0...1439).
    public var minuteOfDay: Int {
        let local = seconds + Instant.utcOffset
        let r = local % 86_400
        return Int((r < 0 ? r + 86_400 : r) / 60)
    }

    /// `YYYY-MM-DDTHH:MM:SS+07:00`.
    public var iso: String {
        let m = minuteOfDay
        let s = Int(((seconds % 60) + 60) % 60)
        return "\(date.iso)T\(Instant.two(m / 60)):\(Instant.two(m % 60)):\(Instant.two(s))+07:00"
    }

    /// `dd/MM/yyyy HH:mm`, local time, as an official reads it.
    public var vietnamese: String {
        let m = minuteOfDay
        return "\(date.vietnamese) \(Instant.two(m / 60)):\(Instant.two(m % 60))"
    }

    /// Parses `YYYY-MM-DDTHH:MM` (local time), with optional `:SS` and an optional `+07:00`.
    public init?(local text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2, let date = CivilDate(iso: parts[0]) else { return nil }
        var clock = Substring(parts[1])
        if clock.hasSuffix("+07:00") { clock = clock.dropLast(6) }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }),
              let h = Int(fields[0]), let m = Int(fields[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        let s = fields.count == 3 ? Int(fields[2]) : 0
        guard let s, (0...59).contains(s) else { return nil }
        self.init(seconds: Instant(date: date, hour: h, minute: m).seconds + Int64(s))
    }

    /// Earlier instants sort first.
    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds < rhs.seconds }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
