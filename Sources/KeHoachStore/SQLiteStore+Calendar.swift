import KeHoach

/// The store's working calendar: the built-in one (``WorkingCalendar/standard``) plus the
/// administrator's overrides kept in the file (schema v4, table `working_calendar`), so that the
/// daemon, the CLI and every program linking the C API compute the same effective due dates.
extension SQLiteStore {
    /// The working calendar every stored due date is computed with: the built-in calendar plus
    /// the overrides stored in the file (``calendarOverrides``). Use it for any working-day
    /// arithmetic on stored occurrences (notice thresholds, reports), so that it agrees with the
    /// stored effective dates.
    ///
    /// Reads one row; the calendar is built again only when another process stored new
    /// overrides. Overrides that no longer parse (the row edited with `sqlite3`) are
    /// ``KeHoachError/storage(code:detail:)``: store good ones with ``setCalendarOverrides(_:by:)``.
    public var calendar: WorkingCalendar {
        get throws(KeHoachError) { try storedCalendar() }
    }

    /// The administrator's override file as stored, verbatim (in the format of docs/calendar.md);
    /// "" when the built-in calendar is used as it is.
    public var calendarOverrides: String {
        get throws(KeHoachError) { try readCalendarRow().overrides }
    }

    /// Stores an administrator's override file (the format of docs/calendar.md) as the store's
    /// calendar, and re-dates every plan with it: one transaction that stores the text verbatim,
    /// expands every plan again, records the new calendar's fingerprint and leaves a
    /// "calendar.overrides" audit entry saying how many occurrences' effective dates moved.
    ///
    /// Returns what moved, so that callers can show it. Occurrence ids do not depend on the
    /// calendar: completions, and the ids of notices already in the outbox, stay with their
    /// occurrences; the next notices of a moved occurrence fall at its new thresholds.
    ///
    /// - `text` empty (or only comments): back to the built-in calendar.
    /// - The text already stored, with the dates computed from it: nothing is written and the
    ///   change is empty (``CalendarChange/isEmpty``). A text that differs from the stored one
    ///   only in names or comments (same fingerprint) is stored and audited, and no plan is
    ///   expanded again: its working days are the same.
    /// - A bad line is refused with ``KeHoachError/invalidLine(file:line:value:expected:)``,
    ///   naming its number, before anything is written; a read-only store with
    ///   ``KeHoachError/readOnly``.
    @discardableResult
    public func setCalendarOverrides(_ text: String, by actor: String) throws(KeHoachError) -> CalendarChange {
        guard mode.isWritable else { throw .readOnly }
        let overrides = try CalendarOverrides.parse(text)
        let calendar = SQLiteStore.calendar(with: overrides)
        let fingerprint = calendar.fingerprint
        return try write { () throws(KeHoachError) -> CalendarChange in
            let stored = try readCalendarRow()
            if stored.overrides == text, stored.fingerprint == fingerprint {
                return CalendarChange(previousFingerprint: fingerprint, fingerprint: fingerprint, plans: 0, moved: [])
            }
            // The same fingerprint means the same working days (only names or comments
            // differ): expanding again would change nothing.
            let redate = stored.fingerprint != fingerprint
            var plans = 0, moved: [DueDateMove] = []
            if redate { (plans, moved) = try redateStoredPlans(with: calendar, actor: actor) }
            try database.run("UPDATE working_calendar SET overrides = ?, fingerprint = ? WHERE id = 1",
                             [text, fingerprint])
            let what = overrides.changes.isEmpty
                ? "Bỏ lịch điều chỉnh của quản trị, dùng lịch làm việc có sẵn"
                : "Lưu lịch điều chỉnh của quản trị (\(overrides.changes.count) ngày)"
            let outcome = redate ? CalendarChange.summary(of: moved, plans: plans)
                                 : "ngày làm việc không đổi, hạn đã lưu giữ nguyên"
            try appendAudit(actor: actor, action: "calendar.overrides", planID: nil, subject: SQLiteStore.calendarSubject,
                            detail: what + ": " + outcome)
            calendarCache = (text, calendar)
            return CalendarChange(previousFingerprint: stored.fingerprint, fingerprint: fingerprint, plans: plans,
                                  moved: moved)
        }
    }

    // MARK: Inside the store

    /// The audit subject of calendar entries.
    static let calendarSubject = "Lịch làm việc"

    /// The built-in calendar with `overrides` applied (the shared ``WorkingCalendar/standard``
    /// when there are none, which is built once per process).
    static func calendar(with overrides: CalendarOverrides) -> WorkingCalendar {
        overrides.changes.isEmpty ? .standard : WorkingCalendar(overrides: overrides)
    }

    /// The one row of `working_calendar`: the stored overrides text and the fingerprint of the
    /// calendar the stored occurrences were expanded with (nil before it was first recorded).
    func readCalendarRow() throws(KeHoachError) -> (overrides: String, fingerprint: String?) {
        let statement = try database.prepare("SELECT overrides, fingerprint FROM working_calendar WHERE id = 1")
        guard try statement.step() else {
            throw .storage(code: 11, detail: "thiếu dòng lịch làm việc trong bảng 'working_calendar'")
        }
        return (statement.text(0), statement.optionalText(1))
    }

    /// The store's calendar, from the cache when the stored overrides did not change.
    func storedCalendar() throws(KeHoachError) -> WorkingCalendar {
        let text = try readCalendarRow().overrides
        if let cached = calendarCache, cached.overrides == text { return cached.calendar }
        let overrides: CalendarOverrides
        do { overrides = try CalendarOverrides.parse(text) } catch {
            throw .storage(code: 11, detail: "giá trị hỏng trong cột 'working_calendar.overrides': \(error.message)")
        }
        let calendar = SQLiteStore.calendar(with: overrides)
        calendarCache = (text, calendar)
        return calendar
    }

    /// True when the stored fingerprint is not the one this library computes for the stored
    /// overrides: one small read and no calendar built. Overrides that no longer parse are not
    /// stale here: the operations that need the calendar report them.
    func storedCalendarIsStale() throws(KeHoachError) -> Bool {
        let stored = try readCalendarRow()
        guard let overrides = try? CalendarOverrides.parse(stored.overrides) else { return false }
        return WorkingCalendar.fingerprint(overrides: overrides) != stored.fingerprint
    }

    /// Inside the caller's write transaction: when the stored fingerprint differs from the one
    /// this library computes for the stored overrides (a release with new built-in holiday
    /// data, or a file expanded before schema v4), expands every stored plan again with this
    /// library's calendar, records its fingerprint, and leaves a "calendar.update" audit entry
    /// when a plan was re-dated. Returns what it did, or nil when the fingerprint was current
    /// or no plan had dates to re-date (a new file, plans still waiting for their first
    /// expansion).
    ///
    /// Why on opening: the file is shared, so the stored dates must not wait for a command that
    /// happens to expand a plan; and opening is when a new library first meets an old file.
    func redateIfCalendarChanged(actor: String) throws(KeHoachError) -> CalendarChange? {
        let stored = try readCalendarRow()
        guard let overrides = try? CalendarOverrides.parse(stored.overrides) else { return nil }
        let fingerprint = WorkingCalendar.fingerprint(overrides: overrides)
        guard fingerprint != stored.fingerprint else { return nil }
        let calendar = SQLiteStore.calendar(with: overrides)
        let (plans, moved) = try redateStoredPlans(with: calendar, actor: actor)
        try database.run("UPDATE working_calendar SET fingerprint = ? WHERE id = 1", [fingerprint])
        calendarCache = (stored.overrides, calendar)
        guard plans > 0 else { return nil }
        let before = stored.fingerprint.map { "mã lịch \($0)" } ?? "chưa ghi mã lịch"
        try appendAudit(actor: actor, action: "calendar.update", planID: nil, subject: SQLiteStore.calendarSubject,
                        detail: "Lịch làm việc có sẵn của thư viện đã thay đổi (\(before), nay \(fingerprint)): "
                            + CalendarChange.summary(of: moved, plans: plans))
        return CalendarChange(previousFingerprint: stored.fingerprint, fingerprint: fingerprint, plans: plans,
                              moved: moved)
    }

    /// Expands every stored plan again with `calendar`, inside the caller's write transaction;
    /// returns how many plans and what moved. Plans waiting for their first expansion (stored
    /// before schema v2, listed in `schedule_pending`) are left to it: it uses the store's
    /// calendar too.
    func redateStoredPlans(with calendar: WorkingCalendar,
                           actor: String) throws(KeHoachError) -> (plans: Int, moved: [DueDateMove]) {
        let statement = try database.prepare(
            "SELECT id FROM plans WHERE id NOT IN (SELECT plan_id FROM schedule_pending) ORDER BY id")
        var planIDs: [Int64] = []
        while try statement.step() { planIDs.append(statement.integer(0)) }
        var moved: [DueDateMove] = []
        for planID in planIDs {
            let plan = try readPlan(id: planID)
            moved += try storeSchedule(of: plan, planID: planID, actor: actor, calendar: calendar).moved
        }
        moved.sort { ($0.effectiveDue, $0.occurrenceID) < ($1.effectiveDue, $1.occurrenceID) }
        return (planIDs.count, moved)
    }
}
