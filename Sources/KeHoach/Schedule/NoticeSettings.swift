/// How and when a plan's notices fall due: thresholds in working days, the time of day, and the
/// default offset of event-triggered tasks. One value per plan (the store keeps it beside the
/// plan; the daemon's configuration may set a province-wide default).
///
/// Defaults are DESIGN.md's: reminders 7, 3 and 1 working days before the effective due date,
/// a notice on the due day, overdue the next working day and then every 5 working days,
/// escalation to the focal unit 10 working days after the due date, all at 07:30 local time;
/// an event-triggered task whose cell states no offset is due 30 calendar days after its event.
///
/// Every value is normalised on the way in (by ``init(reminders:overdueEvery:escalateAfter:minuteOfDay:defaultEventOffsetDays:)``
/// and by decoding): reminders positive, distinct and in decreasing order; intervals at least 1;
/// the time of day within the day. The notice rules rely on it.
public struct NoticeSettings: Hashable, Sendable, Codable {
    /// Working days before the effective due date at which reminders fall due, e.g. [7, 3, 1].
    public var reminders: [Int]
    /// Working days between repeated overdue notices; the first is the working day after the due date.
    public var overdueEvery: Int
    /// Working days after the due date at which the focal unit is told; nil turns escalation off.
    public var escalateAfter: Int?
    /// Local time of day (minutes after midnight, UTC+7) at which a day's notices fall due.
    public var minuteOfDay: Int
    /// Calendar days after an event within which an event-triggered task is due, when its
    /// deadline cell names no offset ("Sau khi được UBND tỉnh phê duyệt").
    public var defaultEventOffsetDays: Int
    /// Whether the plan goes quiet after its last due date (``QuietPlan``), stays active, or is
    /// silenced by hand.
    public var activity: QuietPlan.Activity

    /// DESIGN.md's defaults.
    public static let standard = NoticeSettings()

    /// Settings from their parts, normalised (see the type's documentation).
    public init(reminders: [Int] = [7, 3, 1], overdueEvery: Int = 5, escalateAfter: Int? = 10,
                minuteOfDay: Int = 7 * 60 + 30, defaultEventOffsetDays: Int = 30, activity: QuietPlan.Activity = .auto) {
        self.activity = activity
        self.reminders = Array(Set(reminders.filter { $0 > 0 })).sorted(by: >)
        self.overdueEvery = max(1, overdueEvery)
        self.escalateAfter = escalateAfter.map { max(1, $0) }
        self.minuteOfDay = min(max(0, minuteOfDay), 24 * 60 - 1)
        self.defaultEventOffsetDays = max(0, defaultEventOffsetDays)
    }

    private enum CodingKeys: String, CodingKey {
        case reminders, overdueEvery, escalateAfter, minuteOfDay, defaultEventOffsetDays, activity
    }

    /// Decodes settings, each missing field taking its default, and normalises them.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let standard = NoticeSettings.standard
        self.init(reminders: try c.decodeIfPresent([Int].self, forKey: .reminders) ?? standard.reminders,
                  overdueEvery: try c.decodeIfPresent(Int.self, forKey: .overdueEvery) ?? standard.overdueEvery,
                  escalateAfter: c.contains(.escalateAfter)
                      ? try c.decodeIfPresent(Int.self, forKey: .escalateAfter) : standard.escalateAfter,
                  minuteOfDay: try c.decodeIfPresent(Int.self, forKey: .minuteOfDay) ?? standard.minuteOfDay,
                  defaultEventOffsetDays: try c.decodeIfPresent(Int.self, forKey: .defaultEventOffsetDays)
                      ?? standard.defaultEventOffsetDays,
                  activity: try c.decodeIfPresent(String.self, forKey: .activity).flatMap(QuietPlan.Activity.init(rawValue:))
                      ?? .auto)
    }

    /// Writes every field; `escalateAfter` as null when escalation is off.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reminders, forKey: .reminders)
        try c.encode(overdueEvery, forKey: .overdueEvery)
        if let escalateAfter { try c.encode(escalateAfter, forKey: .escalateAfter) }
        else { try c.encodeNil(forKey: .escalateAfter) }
        try c.encode(minuteOfDay, forKey: .minuteOfDay)
        try c.encode(defaultEventOffsetDays, forKey: .defaultEventOffsetDays)
        try c.encode(activity.rawValue, forKey: .activity)
    }

    /// The same settings normalised again, for values whose fields were set one by one.
    public var normalized: NoticeSettings {
        NoticeSettings(reminders: reminders, overdueEvery: overdueEvery, escalateAfter: escalateAfter,
                       minuteOfDay: minuteOfDay, defaultEventOffsetDays: defaultEventOffsetDays, activity: activity)
    }
}
