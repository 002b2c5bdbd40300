import Testing
import KeHoachStore

@Suite struct PlanStoreContractTests {
    @Test("a plan summary carries the header an official lists plans by")
    func summary() {
        let s = PlanSummary(id: 1, number: "01/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025, title: "PAPI", taskCount: 3)
        #expect(s.number == "01/KH-UBND" && s.taskCount == 3)
    }
}
