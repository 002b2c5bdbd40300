/// One dated instance of a task: a milestone, one period of a recurring report, one progress
/// report of a continuous task, the end of a school year, or the consequence of a recorded event.
///
/// Its ``id`` is stable across re-expansion: it is built from the plan key, the task's ref and
/// the occurrence's slot (what it is for: a written due date, a period, a reporting rule, an
/// event), never from a position, so completions recorded against an id survive edits of the
/// plan and changes of the calendar.
public struct Occurrence: Hashable, Sendable, Codable {
    /// Stable id: "<plan key>:<task ref>:<slot>", e.g. "1:3.8:2025-Q2" or "1:1.4:2025-06-30".
    public var id: String
    /// The task's ref within its plan.
    public var taskRef: String
    /// What this occurrence is, in Vietnamese: "Quý II/2025", "Báo cáo 6 tháng đầu năm 2025".
    public var label: String
    /// The due date as the plan writes it.
    public var writtenDue: CivilDate
    /// The due date after the day-off rule (Civil Code 2015 art. 148(5)): the first working day
    /// on or after ``writtenDue``. Notices count their thresholds from it.
    public var effectiveDue: CivilDate
    /// The period the work covers, when it is a period's work ("Quý II/2025": 01/04-30/06/2025).
    public var period: DateRange?
    /// The data cut-off window of a report: the plan's stated window, else the period reported on.
    public var window: DateRange?
    /// The instant from which this occurrence's notices count, when it came into being after its
    /// plan (an event recorded late): thresholds before it collapse into one catch-up notice, as
    /// for ``NoticeContext/notBefore``. Nil: the plan's own applies.
    public var notBefore: Instant?
    /// Why it exists. (Declared last: it packs into the padding after ``notBefore``.)
    public var source: Source

    /// Where an occurrence comes from.
    public enum Source: String, Hashable, Sendable, Codable {
        /// A dated milestone written in the deadline cell.
        case milestone
        /// One period of a recurring deadline ("hàng quý").
        case recurrence
        /// A progress report of a continuous task ("thường xuyên"), on a plan reporting deadline.
        case continuous
        /// Due after a recorded event ("sau khi ... phê duyệt").
        case event
        /// The end of a school year ("trong năm học").
        case schoolYear = "school_year"
    }

    /// An occurrence from its parts.
    public init(id: String, taskRef: String, label: String, source: Source, writtenDue: CivilDate,
                effectiveDue: CivilDate, period: DateRange? = nil, window: DateRange? = nil,
                notBefore: Instant? = nil) {
        self.id = id
        self.taskRef = taskRef
        self.label = label
        self.source = source
        self.writtenDue = writtenDue
        self.effectiveDue = effectiveDue
        self.period = period
        self.window = window
        self.notBefore = notBefore
    }
}
