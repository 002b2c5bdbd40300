extension NoticeCycle {
    /// When the daemon should look again after this cycle: the earliest of `due` (the store's
    /// earliest next threshold after ``now``, ``NoticeIndexEntry``, or ``nextDue`` when the
    /// cycle read every occurrence), the next daily check and ``now`` plus the longest sleep.
    public func nextWake(due: Instant?) -> Instant {
        NoticeCycle.nextWake(after: now, due: due, settings: settings, calendar: calendar)
    }

    /// ``nextWake(due:)`` of a cycle at `now`.
    public static func nextWake(after now: Instant, due: Instant?, settings: EngineSettings,
                                calendar: WorkingCalendar) -> Instant {
        var next = Instant(seconds: now.seconds + settings.maxSleepSeconds)
        if let check = nextDailyCheck(after: now, settings: settings, calendar: calendar), check < next { next = check }
        if let due, due > now, due < next { next = due }
        return next
    }

    /// The check time on the first working day whose check time is after `now` (within 60 days).
    public static func nextDailyCheck(after now: Instant, settings: EngineSettings, calendar: WorkingCalendar) -> Instant? {
        var day = now.date
        for _ in 0..<60 {
            let at = Instant(date: day, hour: settings.checkTime / 60, minute: settings.checkTime % 60)
            if at > now, calendar.isWorkingDay(day) { return at }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// Whether a cycle at `now` owes the day's digest: digests on, a working day, at or after
    /// the check time, and none written yet today (`lastDigest`).
    public static func digestDue(at now: Instant, lastDigest: CivilDate?, settings: EngineSettings,
                                 calendar: WorkingCalendar) -> Bool {
        settings.digest && calendar.isWorkingDay(now.date) && now.minuteOfDay >= settings.checkTime
            && (lastDigest.map { $0 < now.date } ?? true)
    }
}
