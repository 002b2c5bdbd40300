import KeHoach
import KeHoachConfig
import KeHoachStore

/// The daemon's side of the store's working calendar: the override file named by
/// `calendar_overrides` is stored in the store (so the stored effective dates, and every other
/// program's, follow it), and thresholds are counted on the store's calendar.
extension Daemon {
    /// The actor of the daemon's writes in the audit trail.
    static let actor = "kehoachd"

    /// The text of `config`'s calendar override file, checked line by line; nil when the
    /// configuration names none. A missing file or a bad line is
    /// ``KeHoachError/invalidLine(file:line:value:expected:)`` naming the file and the line.
    static func calendarOverrides(for config: Config) throws(KeHoachError) -> String? {
        guard let path = config.calendarOverrides else { return nil }
        guard let text = ConfigParser.readFile(path) else {
            throw .invalidLine(file: path, line: 0, value: path, expected: "một tệp lịch làm việc đọc được")
        }
        do {
            _ = try CalendarOverrides.parse(text)
        } catch .invalidLine(_, let line, let value, let expected) {
            throw .invalidLine(file: path, line: line, value: value, expected: expected)
        }
        return text
    }

    /// Makes the store's calendar overrides the file's `text` (read from `path`) when they
    /// differ, logging how many occurrences' effective dates moved, then takes the store's
    /// calendar for the thresholds. `text` nil (no `calendar_overrides` configured) leaves the
    /// stored overrides alone: another administrator may have set them with `kehoach`.
    ///
    /// Called at start and on reload, never per cycle: between the two the store's overrides may
    /// be changed by others, and the daemon follows them (``cycle()`` reads the calendar again).
    @discardableResult
    func adoptCalendarOverrides(_ text: String?, from path: String?) throws(KeHoachError) -> CalendarChange? {
        guard let text, try text != store.calendarOverrides else {
            calendar = try store.calendar
            return nil
        }
        let change = try store.setCalendarOverrides(text, by: Daemon.actor)
        calendar = try store.calendar
        log(.notice, "Đã lưu lịch điều chỉnh \(path ?? "") vào cơ sở dữ liệu: " + change.summary)
        return change
    }

    /// Logs what opening the store re-dated because this release's built-in calendar differs
    /// from the one the stored dates were computed with.
    func logCalendarUpdate(_ change: CalendarChange?) {
        guard let change else { return }
        log(.notice, "Lịch làm việc có sẵn của phiên bản này khác lịch đã dùng để tính hạn: " + change.summary)
    }
}
