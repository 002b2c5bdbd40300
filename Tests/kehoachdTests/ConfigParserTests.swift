import KeHoach
import KeHoachConfig
import Testing
@testable import kehoachd

@Suite("kehoachd.conf: key = value lines, every mistake refused with its line")
struct ConfigParserTests {
    @Test("an empty file, or one of comments, gives DESIGN.md's defaults")
    func defaults() throws {
        let config = try ConfigParser.parse("# nothing\n\n   # still nothing\n", file: "k.conf")
        #expect(config == Config())
        #expect(config.checkTime == 7 * 60 + 30)
        #expect(config.database == "/var/lib/kehoach/kehoach.db")
        #expect(config.digest)
    }

    @Test("the example shipped in systemd/ is valid and says what the defaults are")
    func shippedExample() throws {
        let config = try ConfigParser.parse(try packageFile("systemd/kehoachd.conf"), file: "kehoachd.conf")
        #expect(config.checkTimeText == "07:30")
        #expect(config.database == Config.defaultDatabase)
        #expect(config.maxSleepSeconds == 3600)
        #expect(config.logLevel == .info)
        #expect(config.reminders == nil, "commented out: each plan keeps its own")
    }

    @Test("every key is read, with spaces, tabs, CRLF and trailing comments around it")
    func everyKey() throws {
        let text = """
            database = /srv/kehoach/tinh.db\r
            check_time=08:05   # giờ kiểm tra
            \treminders = 10, 5 ,2
            overdue_every = 3
            escalate_after = off
            digest = không
            log_level = warning
            max_sleep = 30min
            calendar_overrides = /etc/kehoach/calendar.conf
            """
        let config = try ConfigParser.parse(text, file: "k.conf")
        #expect(config.database == "/srv/kehoach/tinh.db")
        #expect(config.checkTime == 8 * 60 + 5)
        #expect(config.reminders == [10, 5, 2])
        #expect(config.overdueEvery == 3)
        #expect(config.escalation == .off)
        #expect(!config.digest)
        #expect(config.logLevel == .warning)
        #expect(config.maxSleepSeconds == 1800)
        #expect(config.calendarOverrides == "/etc/kehoach/calendar.conf")
    }

    /// Parses `text` and returns the line and value the error names.
    private func failure(_ text: String) -> (line: Int, value: String, message: String)? {
        do {
            _ = try ConfigParser.parse(text, file: "/etc/kehoach/kehoachd.conf")
            return nil
        } catch {
            guard case let .invalidLine(file, line, value, _) = error else { return nil }
            #expect(file == "/etc/kehoach/kehoachd.conf")
            return (line, value, error.message)
        }
    }

    @Test("an unknown key is refused at its line, listing the known keys")
    func unknownKey() {
        let bad = failure("# comment\ncheck_time = 07:30\nremindres = 7\n")
        #expect(bad?.line == 3)
        #expect(bad?.value == "remindres")
        #expect(bad?.message.contains("dòng 3") == true)
        #expect(bad?.message.contains("reminders") == true)
    }

    @Test("a key given twice is refused at the second line, naming the first")
    func duplicateKey() {
        let bad = failure("digest = yes\n\ndigest = no\n")
        #expect(bad?.line == 3)
        #expect(bad?.message.contains("dòng 1") == true)
    }

    @Test("a line without '=' is refused")
    func noEquals() {
        #expect(failure("check_time 07:30")?.line == 1)
    }

    @Test("values of the wrong form are refused with the value and the form expected",
          arguments: [("check_time = 24:00", "24:00"), ("check_time = 7h30", "7h30"), ("check_time = 07:5", "07:5"),
                      ("reminders = 7, ba, 1", "7, ba, 1"), ("reminders = 3, 3", "3, 3"), ("reminders = 0", "0"),
                      ("overdue_every = 0", "0"), ("escalate_after = never", "never"), ("digest = maybe", "maybe"),
                      ("log_level = loud", "loud"), ("max_sleep = 5s", "5s"), ("max_sleep = 2d", "2d"),
                      ("database = kehoach.db", "kehoach.db")])
    func badValues(line: String, value: String) {
        let bad = failure("# kehoachd\n" + line)
        #expect(bad?.line == 2)
        #expect(bad?.value == value)
    }

    @Test("a missing file is refused, naming it")
    func missingFile() {
        #expect(throws: KeHoachError.self) { try ConfigParser.load(path: "/nonexistent/kehoachd.conf") }
    }

    @Test("thresholds set in the file replace the plan's; keys left out keep the plan's")
    func settingsOverPlan() throws {
        let plan = NoticeSettings(reminders: [5], overdueEvery: 2, escalateAfter: 4, minuteOfDay: 60)
        let partial = try ConfigParser.parse("reminders = 10, 1\ncheck_time = 08:00", file: "k")
        let merged = partial.settings(over: plan)
        #expect(merged.reminders == [10, 1])
        #expect(merged.overdueEvery == 2)
        #expect(merged.escalateAfter == 4)
        #expect(merged.minuteOfDay == 8 * 60, "notices fall due at the check time")
        let off = try ConfigParser.parse("escalate_after = off", file: "k").settings(over: plan)
        #expect(off.escalateAfter == nil)
    }
}
