import KeHoach
import Testing
@testable import kehoachd

@Suite("Journal entries: DESIGN.md's fields, priorities and message ids, and their catalog")
struct JournalEntryTests {
    static let notice = Notice(
        id: "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/overdue/1", kind: .overdue, step: 1,
        occurrenceID: "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1", planNumber: "01/KH-UBND",
        planKey: "xa-da-loc:01/KH-UBND:2025", organisationCode: "xa-da-loc", organisationName: "Xã Đa Lộc",
        taskRef: "3.8", recipients: ["tc-kt", "mttq", "doan-the"],
        recipientNames: ["Tài chính - Kế toán", "Ủy ban MTTQ Việt Nam xã", "Các ngành đoàn thể xã"],
        leadUnits: ["tc-kt", "mttq"], leadUnitNames: ["Tài chính - Kế toán", "Ủy ban MTTQ Việt Nam xã"],
        due: CivilDate(iso: "2025-03-31")!, days: -6, dueAt: at("2025-04-08T07:30"), late: true,
        message: "Quá hạn 6 ngày làm việc")

    @Test("a notice's entry carries every field of DESIGN.md, names its commune and repeats KEHOACH_UNIT per lead unit")
    func noticeFields() {
        let entry = JournalEntry(notice: Self.notice)
        #expect(entry.value(of: "MESSAGE") == "Quá hạn 6 ngày làm việc")
        #expect(entry.value(of: "PRIORITY") == "4")
        #expect(entry.value(of: "MESSAGE_ID") == MessageID.overdue)
        #expect(entry.value(of: "KEHOACH_NOTICE_ID") == "xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/overdue/1")
        #expect(entry.value(of: "KEHOACH_KIND") == "overdue")
        #expect(entry.value(of: "KEHOACH_PLAN") == "01/KH-UBND")
        #expect(entry.value(of: "KEHOACH_TASK") == "3.8")
        #expect(entry.values(of: "KEHOACH_UNIT") == ["Tài chính - Kế toán", "Ủy ban MTTQ Việt Nam xã"])
        #expect(entry.values(of: "KEHOACH_UNIT_ID") == ["tc-kt", "mttq"])
        #expect(entry.value(of: "KEHOACH_ORG") == "xa-da-loc")
        #expect(entry.value(of: "KEHOACH_ORG_NAME") == "Xã Đa Lộc")
        #expect(entry.value(of: "KEHOACH_PLAN_ID") == "xa-da-loc:01/KH-UBND:2025")
        #expect(entry.value(of: "KEHOACH_DUE") == "2025-03-31")
        #expect(entry.value(of: "KEHOACH_DAYS") == "-6")
        #expect(entry.value(of: "KEHOACH_LATE") == "1")
        #expect(entry.assignments.contains("SYSLOG_IDENTIFIER=kehoachd"))
    }

    @Test("every field name is one journald keeps ([A-Z0-9_], not starting with _)")
    func fieldNames() {
        let digest = Digest(inputs: [], day: CivilDate(iso: "2025-04-03")!)
        let names = JournalEntry(notice: Self.notice).fields.map(\.name)
            + digest.entry(.init(unit: "Văn phòng")).fields.map(\.name)
        for name in names { #expect(JournalEntry.isValidFieldName(name), "\(name)") }
        #expect(!JournalEntry.isValidFieldName("_KEHOACH"))
        #expect(!JournalEntry.isValidFieldName("kehoach_unit"))
        #expect(!JournalEntry.isValidFieldName("KEHOACH-UNIT"))
    }

    @Test("each kind has its syslog priority and its own 128-bit message id")
    func kinds() {
        let expected: [NoticeKind: Int] = [.reminder: 6, .due: 5, .overdue: 4, .escalation: 3]
        for kind in NoticeKind.allCases {
            var notice = Self.notice
            notice.kind = kind
            #expect(JournalEntry(notice: notice).priority == expected[kind])
            #expect(JournalEntry(notice: notice).value(of: "MESSAGE_ID") == MessageID.of(kind))
        }
        #expect(Set(MessageID.all).count == MessageID.all.count)
        for id in MessageID.all {
            #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(id)")
        }
    }

    @Test("the catalog explains every message id in English and in Vietnamese")
    func catalog() throws {
        let text = try packageFile("systemd/kehoachd.catalog")
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map { $0.dropFirst(3).split(separator: " ") }
        for id in MessageID.all {
            #expect(headers.contains { $0.count == 1 && $0[0] == id }, "no English entry for \(id)")
            #expect(headers.contains { $0.count == 2 && $0[0] == id && $0[1] == "vi" }, "no Vietnamese entry for \(id)")
        }
        #expect(headers.count == MessageID.all.count * 2, "one entry per id and language, no stray ids")
    }

    @Test("standard output shows the time, priority, message and every field, quoting values with spaces")
    func stdoutForm() {
        let text = StdoutSink.render(JournalEntry(notice: Self.notice), at: at("2025-04-08T07:30"))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "2025-04-08T07:30:00+07:00 <4> Quá hạn 6 ngày làm việc")
        #expect(lines[1].contains("KEHOACH_UNIT=\"Tài chính - Kế toán\""))
        #expect(lines[1].contains("KEHOACH_NOTICE_ID=xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/overdue/1"))
        #expect(lines[1].contains("KEHOACH_UNIT=\"Ủy ban MTTQ Việt Nam xã\""), "one KEHOACH_UNIT per lead unit")
        #expect(lines[1].contains("MESSAGE_ID=\(MessageID.overdue)"))
    }

    @Test("standard output indents a message's further lines and escapes quotes, backslashes and newlines in quoted values; an empty value is \"\"")
    func stdoutEscaping() {
        let entry = JournalEntry(message: "Dòng một\nDòng hai", priority: 6,
                                 fields: [("A", "có \"ngoặc\" và \\"), ("B", ""), ("C", "x\ny"), ("D", "trơn")])
        let text = StdoutSink.render(entry, at: at("2025-04-08T07:30"))
        #expect(text == "2025-04-08T07:30:00+07:00 <6> Dòng một\n    Dòng hai\n"
                + "    A=\"có \\\"ngoặc\\\" và \\\\\" B=\"\" C=\"x\\ny\" D=trơn\n")
    }

    @Test("the stdout sink is chosen when the journal socket is absent")
    func fallback() {
        #expect(Sinks.automatic(socket: "/nonexistent/socket") is StdoutSink)
        #expect(!Sinks.isSocket("/etc/hostname"))
    }
}
