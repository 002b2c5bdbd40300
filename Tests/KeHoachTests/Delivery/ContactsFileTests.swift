import Testing
@testable import KeHoach

@Suite struct ContactsFileTests {
    @Test func aLineGivesTheUnitsAddressesAndPhoneTrimmed() throws {
        let text = "# contacts\nxa-da-loc\tvan-phong\t vp@daloc.gov.vn, ub@daloc.gov.vn \t0912 345 678\n\nxa-da-loc\ttu-phap\ttp@daloc.gov.vn\n"
        let contacts = try ContactsFile.parse(text, file: "contacts.tsv")
        #expect(contacts == [
            UnitContact(organisationCode: "xa-da-loc", unitID: "van-phong", emails: ["vp@daloc.gov.vn", "ub@daloc.gov.vn"], phone: "0912 345 678"),
            UnitContact(organisationCode: "xa-da-loc", unitID: "tu-phap", emails: ["tp@daloc.gov.vn"]),
        ])
    }

    @Test func aBadAddressRefusesTheWholeFileNamingItsLine() {
        let text = "xa-da-loc\tvan-phong\tvp@daloc.gov.vn\nxa-da-loc\ttu-phap\tnot-an-address\n"
        #expect(throws: KeHoachError.self) { try ContactsFile.parse(text, file: "c.tsv") }
        do { _ = try ContactsFile.parse(text, file: "c.tsv"); Issue.record("accepted") } catch {
            guard case let .invalidLine(_, line, _, _) = error else { Issue.record("\(error)"); return }
            #expect(line == 2)
        }
    }

    @Test func aPhoneMustHaveEightToFifteenDigits() {
        #expect(UnitContact.isPhone("+84 912 345 678"))
        #expect(!UnitContact.isPhone("12345"))
        #expect(!UnitContact.isPhone("0912abc678"))
    }
}
