import Testing
@testable import KeHoach

@Suite("Event keys proposed from trigger text")
struct EventKeysTests {
    @Test("connective words go, the authority and the act stay, accents fold", arguments: [
        ("Sau khi được UBND tỉnh phê duyệt", "ubnd-tinh-phe-duyet"),
        ("Khi thực hiện bầu Trưởng thôn", "bau-truong-thon"),
        ("sau khi QHKHSDĐ được phê duyệt", "qhkhsdd-phe-duyet"),
        ("Ngay sau khi có Quyết định phê duyệt của UBND tỉnh", "quyet-dinh-phe-duyet-ubnd-tinh"),
        ("Khi có chủ trương, chính sách mới", "chu-truong-chinh-sach-moi"),
        ("Khi có Quyết định công bố thủ tục hành chính của Sở Tư pháp", "quyet-dinh-cong-bo-thu-tuc-hanh-chinh-so-tu-phap"),
        ("chậm nhất là 15 ngày kể từ ngày được phê duyệt", "phe-duyet"),
        ("Khi có", "su-kien"),
    ])
    func proposes(trigger: String, key: String) {
        #expect(EventKeys.propose(from: trigger) == key)
    }

    @Test("the same trigger always gets the same key, whatever its spacing, case or accents")
    func deterministic() {
        #expect(EventKeys.propose(from: "SAU KHI ĐƯỢC UBND TỈNH  PHÊ DUYỆT") == EventKeys.propose(from: "sau khi duoc ubnd tinh phe duyet"))
    }

    @Test("keys proposed for the seed plans' event tasks are shown, never used: the expander waits for a key")
    func onlyProposes() {
        var plan = Seeds.chiengDong
        let i = plan.tasks.firstIndex { $0.ref == "II.8" }!
        plan.tasks[i].eventKey = nil
        let event = PlanEvent(key: EventKeys.propose(from: "Sau khi được UBND tỉnh phê duyệt"), label: "Phê duyệt", happenedOn: day("2022-05-20"))
        let schedule = OccurrenceExpander().expand(plan, planKey: "2", events: [event])
        #expect(schedule.occurrences(of: "II.8").isEmpty)
        #expect(schedule.needsEventKey == ["II.8"])
    }
}
