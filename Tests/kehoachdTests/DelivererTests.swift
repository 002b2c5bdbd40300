import KeHoach
import KeHoachConfig
@testable import KeHoachStore
import Testing
@testable import kehoachd

@Suite("The deliverer: rate limits, retries and give-ups, against a mail server that is not there")
struct DelivererTests {
    /// Đa Lộc's notices of 07/07/2025 07:30, each marked sent with an e-mail delivery per
    /// recipient, every unit with an address.
    static func fixture() throws -> (DaemonFixture, Instant) {
        let fixture = try DaemonFixture()
        let now = at("2025-07-07T07:30")
        let input = try #require(try fixture.store.noticeInputs().first)
        let notices = NoticeRules().notices(for: input.context(at: now), closed: input.closed, after: at("2025-07-06T07:30"), through: now)
        _ = try fixture.store.recordNotices(notices)
        for notice in notices { try fixture.store.markSent(notice: notice, at: now, channels: [.email]) }
        let org = try #require(try fixture.store.organisations().first { $0.planCount > 0 }).organisation.code
        for unit in try fixture.store.units(organisation: org) {
            try fixture.store.setContact(UnitContact(organisationCode: org, unitID: unit.unit.id, emails: ["\(unit.unit.id)@xa.test"]), by: "test")
        }
        return (fixture, now)
    }

    /// SMTP on a port nothing listens on: every attempt fails for a reason that may pass.
    static var unreachable: DeliveryConfig {
        var config = DeliveryConfig()
        config.smtpURL = "smtp://127.0.0.1:9"
        config.smtpStartTLS = false
        config.smtpTimeout = 2
        return config
    }

    @Test("at most smtp_rate e-mails a minute are tried; the others wait untouched, and the run says it was limited")
    func rateLimit() throws {
        let (fixture, now) = try DelivererTests.fixture()
        var config = DelivererTests.unreachable
        config.smtpRate = 2
        let deliverer = Deliverer(store: fixture.store, config: config) { _ in }
        let batches = Set(try fixture.store.pendingDeliveries(dueBy: now, limit: 1000).compactMap(\.batchKey))
        #expect(batches.count > 2)
        let report = try deliverer.run(at: now)
        #expect(report.limited)
        let tried = try fixture.store.deliveries(state: .pending, limit: 1000).filter { $0.attempts > 0 }
        #expect(Set(tried.compactMap(\.batchKey)).count == 2, "two messages tried in that minute")
        #expect(tried.allSatisfy { $0.nextAttemptAt > now && $0.lastError != nil }, "each waits for its retry with the error")
    }

    @Test("a delivery still failing after delivery_give_up is given up and reported once per unit, nothing deleted")
    func givingUp() throws {
        let (fixture, now) = try DelivererTests.fixture()
        var config = DelivererTests.unreachable
        config.giveUpAfter = 60
        var reported: [JournalEntry] = []
        let deliverer = Deliverer(store: fixture.store, config: config) { reported.append($0) }
        let total = try fixture.store.deliveries(state: nil, limit: 1000).count
        _ = try deliverer.run(at: now)
        let later = Instant(seconds: now.seconds + 120)
        let report = try deliverer.run(at: later)
        #expect(report.failed == total)
        #expect(try fixture.store.deliveries(state: .failed, limit: 1000).count == total)
        #expect(reported.allSatisfy { $0.value(of: "MESSAGE_ID") == MessageID.deliveryFailed && $0.priority == 4 })
        let units = Set(try fixture.store.deliveries(state: nil, limit: 1000).map(\.unitID))
        #expect(reported.count == units.count, "one journal entry per unit, not one per notice")
    }

    @Test("a day's e-mails never tried (kehoachd was down) go out in the next day's message, not as a stale one beside it")
    func staleDayJoinsToday() throws {
        let (fixture, now) = try DelivererTests.fixture()
        let tomorrow = Instant(seconds: now.seconds + 17 * 3600)  // 00:30 on 08/07, within the day of retries
        let deliverer = Deliverer(store: fixture.store, config: DelivererTests.unreachable) { _ in }
        _ = try deliverer.run(at: tomorrow)
        let tried = try fixture.store.deliveries(state: .pending, limit: 1000)
        #expect(!tried.isEmpty && tried.allSatisfy { $0.attempts == 1 })
        #expect(tried.allSatisfy { $0.batchKey?.contains("|2025-07-08#") ?? false }, "frozen under the day it is sent")
        #expect(Set(tried.compactMap(\.batchKey)).count == Set(tried.map(\.unitID)).count, "one message per unit")
    }
}
