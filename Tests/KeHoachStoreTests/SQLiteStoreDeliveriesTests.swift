import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Contacts and deliveries in the store (issue 16)")
struct SQLiteStoreDeliveriesTests {
    static func store() throws -> (TemporaryDirectory, SQLiteStore, String) {
        let dir = try TemporaryDirectory()
        let store = try SQLiteStore(path: dir.path())
        _ = try store.importPlan(try examplePlan("da-loc-2025"), actor: "test")
        let org = try #require(try store.organisations().first { $0.planCount > 0 }).organisation.code
        return (dir, store, org)
    }

    @Test("a unit's contact is found by its name, replaced by a new one, removed by an empty one; a typo in an address stores nothing")
    func contacts() throws {
        let (dir, store, org) = try SQLiteStoreDeliveriesTests.store()
        defer { store.close(); dir.remove() }
        let unit = try #require(try store.units(organisation: org).first).unit
        try store.setContact(UnitContact(organisationCode: org, unitID: unit.name, emails: ["a@xa.vn", "b@xa.vn"], phone: "0912 345 678"), by: "test")
        #expect(try store.contacts(organisation: org) == [UnitContact(organisationCode: org, unitID: unit.id, emails: ["a@xa.vn", "b@xa.vn"], phone: "0912 345 678")])
        try store.setContact(UnitContact(organisationCode: org, unitID: unit.id, emails: ["c@xa.vn"]), by: "test")
        #expect(try store.contacts(organisation: nil).map(\.emails) == [["c@xa.vn"]])
        #expect(throws: KeHoachError.self) {
            try store.setContact(UnitContact(organisationCode: org, unitID: unit.id, emails: ["khong-co-a-cong"]), by: "test")
        }
        #expect(throws: KeHoachError.self) {
            try store.setContact(UnitContact(organisationCode: org, unitID: "don-vi-khong-co", emails: ["x@xa.vn"]), by: "test")
        }
        #expect(try store.contacts(organisation: nil).map(\.emails) == [["c@xa.vn"]], "nothing changed by the refused ones")
        try store.setContact(UnitContact(organisationCode: org, unitID: unit.id), by: "test")
        #expect(try store.contacts(organisation: nil).isEmpty)
        #expect(try store.auditTrail(planID: nil).contains { $0.action == "contact" })
    }

    @Test("marking a notice sent records one delivery per channel and recipient, once however often it is marked")
    func deliveriesOnce() throws {
        let (dir, store, _) = try SQLiteStoreDeliveriesTests.store()
        defer { store.close(); dir.remove() }
        let now = Instant(local: "2025-07-07T07:30")!
        let input = try #require(try store.noticeInputs().first)
        let notice = try #require(NoticeRules().notices(for: input.context(at: now), closed: input.closed,
                                                        after: Instant(local: "2025-07-06T07:30")!, through: now)
            .first { $0.recipients.count > 1 })
        _ = try store.recordNotices([notice])
        try store.markSent(notice: notice, at: now, channels: [.email, .webhook])
        try store.markSent(notice: notice, at: now, channels: [.email, .webhook])
        let all = try store.deliveries(state: nil, limit: 100)
        #expect(all.count == 2 * notice.recipients.count)
        #expect(Set(all.map(\.unitID)) == Set(notice.recipients))
        #expect(all.filter { $0.channel == .email }.allSatisfy { $0.batchKey == "day|\(notice.organisationCode)|\($0.unitID)|2025-07-07" })
        #expect(try store.unsentNotices(limit: 10).isEmpty, "and the notice is marked sent")

        let pending = try store.pendingDeliveries(dueBy: now, limit: 100)
        #expect(pending.count == all.count)
        let first = try #require(pending.first)
        try store.recordAttempt([first.id], state: .pending, next: Instant(seconds: now.seconds + 60), error: "SMTP 451", at: now)
        #expect(try store.pendingDeliveries(dueBy: now, limit: 100).count == all.count - 1, "a retry waits for its instant")
        #expect(try store.earliestDelivery() == now)
        try store.recordAttempt(pending.map(\.id), state: .sent, next: nil, error: nil, at: now)
        #expect(try store.deliveries(state: .sent, limit: 100).count == all.count)
        #expect(try store.deliveryItems(noticeIDs: [notice.id])[notice.id]?.deadline.isEmpty == false, "the deadline cell is found for the e-mail")
    }

    @Test("the plan JSON's unit emails and phone become the unit's contact on import; a bad address refuses the whole plan")
    func contactsFromPlanJSON() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        defer { store.close() }
        var plan = try examplePlan("da-loc-2025")
        plan.units[0].emails = ["vanphong@daloc.gov.vn"]
        plan.units[0].phone = "0221 3851 234"
        var bad = plan
        bad.number = "02/KH-UBND"
        bad.units[1].emails = ["khong-hop-le"]
        #expect(throws: KeHoachError.self) { try store.importPlan(bad, actor: "test") }
        #expect(try store.plans().isEmpty, "nothing of the refused plan is stored")
        _ = try store.importPlan(plan, actor: "test")
        let contacts = try store.contacts(organisation: nil)
        #expect(contacts.map(\.unitID) == [plan.units[0].id])
        #expect(contacts.first?.emails == ["vanphong@daloc.gov.vn"] && contacts.first?.phone == "0221 3851 234")
        let json = PlanDocument.encode(plan)
        let decoded = try PlanDocument.decode(json)
        #expect(json.contains("\"emails\"") && decoded.units[0].phone == "0221 3851 234", "plan JSON keeps them")
    }
}
