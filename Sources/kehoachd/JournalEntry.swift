import KeHoach

/// One structured journal entry: a MESSAGE, a PRIORITY and named fields, in the order written.
///
/// The same value goes to the journal (``JournalSink``) or, without a journal, to standard
/// output (``StdoutSink``), so both show exactly the same fields.
struct JournalEntry: Hashable, Sendable {
    /// The human-readable text (Vietnamese).
    var message: String
    /// The syslog priority, 0 (emerg) to 7 (debug).
    var priority: Int
    /// The other fields, `NAME=value`; names are `[A-Z0-9_]`, not starting with `_`.
    var fields: [(name: String, value: String)]

    init(message: String, priority: Int, fields: [(name: String, value: String)] = []) {
        self.message = message
        self.priority = priority
        self.fields = fields
    }

    /// The syslog identifier every entry carries.
    static let identifier = "kehoachd"

    /// The entry of one notice, with every field of DESIGN.md ("Journal"): the commune
    /// (KEHOACH_ORG, KEHOACH_ORG_NAME), the plan's stable id beside its number (KEHOACH_PLAN_ID,
    /// KEHOACH_PLAN), and one KEHOACH_UNIT (name) and KEHOACH_UNIT_ID per lead unit, so that
    /// `journalctl KEHOACH_UNIT=...` finds every unit of a task led by several.
    init(notice: Notice) {
        var fields: [(name: String, value: String)] = [
            ("MESSAGE_ID", MessageID.of(notice.kind)),
            ("KEHOACH_NOTICE_ID", notice.id),
            ("KEHOACH_KIND", notice.kind.rawValue),
            ("KEHOACH_ORG", notice.organisationCode),
            ("KEHOACH_ORG_NAME", notice.organisationName),
            ("KEHOACH_PLAN", notice.planNumber),
            ("KEHOACH_PLAN_ID", notice.planKey),
            ("KEHOACH_TASK", notice.taskRef),
        ]
        // A task that names no lead unit still has the fields, empty, as before.
        fields += (notice.leadUnitNames.isEmpty ? [""] : notice.leadUnitNames).map { ("KEHOACH_UNIT", $0) }
        fields += (notice.leadUnits.isEmpty ? [""] : notice.leadUnits).map { ("KEHOACH_UNIT_ID", $0) }
        fields += [
            ("KEHOACH_DUE", notice.due.iso),
            ("KEHOACH_DAYS", String(notice.days)),
            ("KEHOACH_LATE", notice.late ? "1" : "0"),
            ("KEHOACH_OCCURRENCE", notice.occurrenceID),
            ("KEHOACH_STEP", String(notice.step)),
            ("KEHOACH_DUE_AT", notice.dueAt.iso),
        ]
        self.init(message: notice.message, priority: notice.kind.priority, fields: fields)
    }

    /// The value of a field (the first, for a field that repeats), or nil.
    func value(of name: String) -> String? {
        if name == "MESSAGE" { return message }
        if name == "PRIORITY" { return String(priority) }
        return fields.first { $0.name == name }?.value
    }

    /// Every value of a field, in order (KEHOACH_UNIT repeats once per lead unit).
    func values(of name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// Every field as `NAME=value`, MESSAGE, PRIORITY and SYSLOG_IDENTIFIER first: what
    /// sd_journal_sendv receives. Newlines in values are kept (the journal stores them).
    var assignments: [String] {
        ["MESSAGE=\(message)", "PRIORITY=\(priority)", "SYSLOG_IDENTIFIER=\(JournalEntry.identifier)"]
            + fields.map { "\($0.name)=\($0.value)" }
    }

    /// Whether a field name is one journald keeps: `[A-Z0-9_]+`, not starting with `_` (such
    /// names are silently dropped, so a typo would lose a field without any error).
    static func isValidFieldName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "_"), name.utf8.count <= 64 else { return false }
        return name.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }

    static func == (lhs: JournalEntry, rhs: JournalEntry) -> Bool { lhs.assignments == rhs.assignments }
    func hash(into hasher: inout Hasher) { hasher.combine(assignments) }
}
