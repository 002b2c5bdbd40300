import Testing
@testable import KeHoach
@testable import KeHoachStore

@Suite("A plan's notice context: its notices start at its import, placed in the caller's window")
struct NoticeInputContextTests {
    static func instant(_ text: String) -> Instant { Instant(local: text)! }

    @Test("an import inside or before the window is the start; one after now is the window's lower end, or now without a window")
    func startInWindow() throws {
        let s = try DaLocStore()
        defer { s.remove() }
        try s.store.database.run("UPDATE plans SET imported_at = ? WHERE id = ?",
                                 [NoticeInputContextTests.instant("2025-07-03T10:00").iso, s.planID])
        let input = try #require(try s.store.noticeInputs().first { $0.planID == s.planID })
        let imported = NoticeInputContextTests.instant("2025-07-03T10:00")
        #expect(input.importedAt == imported)
        #expect(input.context.notBefore == nil, "the stored context itself carries no start")

        let before = NoticeInputContextTests.instant("2025-07-03T07:30")
        let later = NoticeInputContextTests.instant("2025-07-03T10:05")
        #expect(input.context(after: before, through: later).notBefore == imported)
        #expect(input.context(after: later, through: NoticeInputContextTests.instant("2025-07-04T08:00")).notBefore == imported)
        #expect(input.context(at: later).notBefore == imported)

        // The clock reads before the import (a simulated --now, a clock set back).
        let early = NoticeInputContextTests.instant("2025-04-03T08:00")
        let since = NoticeInputContextTests.instant("2025-03-01T00:00")
        #expect(input.context(after: since, through: early).notBefore == since, "the window's lower end")
        #expect(input.context(at: early).notBefore == early, "kehoach check, no window: now")
        #expect(input.context(after: later, through: early).notBefore == early, "a window that goes backwards: now")
    }

    @Test("with the clock before the import, consecutive windows add up to one (nothing hidden behind a moving start)")
    func windowsAddUp() throws {
        let s = try DaLocStore()  // imported at the wall clock, after every instant below
        defer { s.remove() }
        let input = try #require(try s.store.noticeInputs().first { $0.planID == s.planID })
        let rules = NoticeRules(settings: input.settings)
        func window(_ after: Instant, _ now: Instant) -> [String] {
            rules.notices(for: input.context(after: after, through: now), closed: input.closed, after: after, through: now)
                .map(\.id)
        }
        let start = NoticeInputContextTests.instant("2025-03-01T00:00")
        var stepped: [String] = [], last = start
        var day = date("2025-03-01")
        while day < date("2025-04-10") {
            day = day.adding(days: 1)
            let now = Instant(date: day, hour: day.dayNumber % 2 == 0 ? 7 : 16, minute: day.dayNumber % 2 == 0 ? 30 : 45)
            stepped += window(last, now)
            last = now
        }
        let whole = window(start, last)
        #expect(!whole.isEmpty)
        #expect(Set(stepped) == Set(whole) && stepped.count == whole.count, "the same notices, each once")
        #expect(whole.contains("xa-da-loc:01/KH-UBND:2025:3.8:2025-Q1/due/0"), "each threshold on its own, none folded into a catch-up")
    }
}
