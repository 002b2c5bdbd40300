import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Importing, reading and deleting plans")
struct SQLiteStorePlansTests {
    @Test("a plan with every field set comes back exactly as imported, order included, with its organisation")
    func roundTrip() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let plan = daLocPlan()
        let id = try store.importPlan(plan, actor: "vp.daloc")
        let stored = try store.plan(id: id)
        #expect(stored == asStored(plan))
        #expect(stored.organisation == Organisation(code: "xa-da-loc", name: "Xã Đa Lộc", kind: .commune, parent: "tinh-hung-yen"))
        #expect(PlanDocument.encode(stored) == PlanDocument.encode(asStored(plan)))
        #expect(stored.tasks.map(\.ref) == ["1", "3.a", "2"])
        #expect(stored.units[1].aliases == ["Tư pháp - HT", "Công chức Tư pháp Hộ tịch xã"])
        #expect(stored.tasks[1].implementing == ["tu-phap", "van-phong"])
        // And a second connection reads the same thing from the file.
        #expect(try SQLiteStore(path: dir.path(), mode: .readOnly).plan(id: id) == asStored(plan))
    }

    @Test("a plan with only the required fields round-trips with its absent fields still absent")
    func minimalRoundTrip() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let plan = Plan(number: "72/KH-UBND", issuer: "UBND huyện Yên Châu", year: 2022, title: "PAPI",
                        tasks: [PlanTask(ref: "1", description: "Tuyên truyền", deadline: "Thường xuyên")])
        #expect(try store.plan(id: store.importPlan(plan, actor: "test")) == asStored(plan))
        #expect(try store.plan(id: 1).organisation == Organisation(code: "huyen-yen-chau", name: "Huyện Yên Châu", kind: .district))
    }

    @Test("the import writes one plan.import audit entry stamped in UTC+7 by the actor")
    func importAudited() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocPlan(), actor: "vp.daloc")
        let trail = try store.auditTrail(planID: id)
        #expect(trail.count == 1)
        let entry = try #require(trail.first)
        #expect(entry.action == "plan.import" && entry.actor == "vp.daloc" && entry.planID == id)
        #expect(entry.subject == "01/KH-UBND")
        #expect(entry.at.count == 25 && entry.at.hasSuffix("+07:00") && entry.at.dropFirst(10).first == "T")
    }

    @Test("a plan whose third task names an unknown unit is refused and leaves the store unchanged")
    func unknownUnitLeavesNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        var plan = daLocPlan()
        plan.tasks[2].lead = ["Tư pháp - HT"]  // an alias, not a unit id
        #expect(throws: KeHoachError.unknownUnit(reference: "Tư pháp - HT", field: "tasks.lead", row: 3,
                                                 suggestion: "Tư pháp - Hộ tịch")) {
            try store.importPlan(plan, actor: "test")
        }
        for table in planTables { #expect(try rowCount(dir.path(), table) == 0, "\(table)") }
    }

    @Test("a failure in the middle of the write (a trigger on the third task) rolls the whole plan back")
    func midWriteFailureRollsBack() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let first = try store.importPlan(smallPlan("05/KH-UBND"), actor: "test")
        let counts = try planTables.map { try rowCount(dir.path(), $0) }
        try rawSQL(dir.path(), """
            CREATE TRIGGER fail_third_task BEFORE INSERT ON tasks WHEN NEW.position = 2
            BEGIN SELECT RAISE(ABORT, 'lỗi giả lập'); END
            """)
        #expect {
            try store.importPlan(daLocPlan(), actor: "test")
        } throws: { error in
            guard case let .storage(code, detail) = error as? KeHoachError else { return false }
            return code & 0xFF == 19 && detail.contains("lỗi giả lập")  // SQLITE_CONSTRAINT
        }
        #expect(try planTables.map { try rowCount(dir.path(), $0) } == counts)
        #expect(try store.plans().map(\.id) == [first])
        // The store is still usable afterwards.
        try rawSQL(dir.path(), "DROP TRIGGER fail_third_task")
        #expect(try store.plan(id: store.importPlan(daLocPlan(), actor: "test")) == asStored(daLocPlan()))
    }

    @Test("the same issuer and number cannot be imported twice; another commune's 01/KH-UBND can")
    func duplicateRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        _ = try store.importPlan(daLocPlan(), actor: "test")
        #expect(throws: KeHoachError.duplicatePlan(number: "01/KH-UBND")) {
            try store.importPlan(daLocPlan(), actor: "test")
        }
        _ = try store.importPlan(smallPlan("01/KH-UBND", issuer: "UBND xã Chiềng Sàng"), actor: "test")
        #expect(try store.plans().count == 2)
        #expect(try store.auditTrail(planID: nil).count == 2)
    }

    @Test("plans are listed by year then number with their task counts")
    func listing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        var old = smallPlan("72/KH-UBND", issuer: "UBND huyện Yên Châu", tasks: 4)
        old.year = 2022
        let b = try store.importPlan(smallPlan("12/KH-UBND", tasks: 2), actor: "test")
        let c = try store.importPlan(daLocPlan(), actor: "test")
        let a = try store.importPlan(old, actor: "test")
        let listed = try store.plans()
        #expect(listed.map(\.id) == [a, c, b])
        #expect(listed.map(\.taskCount) == [4, 3, 2])
        #expect(listed[1] == PlanSummary(id: c, number: "01/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025,
                                         title: daLocPlan().title, taskCount: 3, key: "xa-da-loc:01/KH-UBND:2025",
                                         organisationCode: "xa-da-loc", organisationName: "Xã Đa Lộc"))
    }

    @Test("a plan number is found accent-, case- and punctuation-insensitively; an unknown one suggests the closest")
    func planByNumber() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocPlan(), actor: "test")
        _ = try store.importPlan(smallPlan("183/KH-UBND", issuer: "UBND huyện Ân Thi"), actor: "test")
        #expect(try store.planID(number: "01/kh-ubnd") == id)
        #expect(try store.planID(number: "01 KH UBND") == id)
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: "01/KH-UBNDD", suggestion: "01/KH-UBND")) {
            try store.planID(number: "01/KH-UBNDD")
        }
    }

    @Test("when two communes share a number, the issuer tells them apart")
    func sharedNumberNeedsIssuer() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let daLoc = try store.importPlan(daLocPlan(), actor: "test")
        let other = try store.importPlan(smallPlan("01/KH-UBND", issuer: "UBND xã Chiềng Sàng"), actor: "test")
        #expect(try store.planID(number: "01/kh-ubnd", issuer: "ubnd xa chieng sang") == other)
        #expect(try store.planID(number: "01/KH-UBND", issuer: "UBND xã Đa Lộc") == daLoc)
        #expect(throws: KeHoachError.self) { try store.planID(number: "01/KH-UBND") }
    }

    @Test("deleting a plan removes all its rows, keeps its audit trail and adds plan.delete")
    func deletion() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        let id = try store.importPlan(daLocPlan(), actor: "vp.daloc")
        let kept = try store.importPlan(smallPlan("02/KH-UBND"), actor: "vp.daloc")
        try store.deletePlan(id: id, actor: "admin")
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: String(id), suggestion: nil)) {
            try store.plan(id: id)
        }
        #expect(try store.plans().map(\.id) == [kept])
        #expect(try rowCount(dir.path(), "units") == 1)
        #expect(try rowCount(dir.path(), "task_units") == 1)
        #expect(try rowCount(dir.path(), "unit_aliases") == 1)
        #expect(try store.auditTrail(planID: id).map(\.action) == ["plan.import", "plan.delete"])
        #expect(try store.auditTrail(planID: nil).map(\.planID) == [id, kept, id])
        #expect(throws: KeHoachError.notFound(what: "kế hoạch", key: String(id), suggestion: nil)) {
            try store.deletePlan(id: id, actor: "admin")
        }
    }
}
