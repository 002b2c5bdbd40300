import Testing
@testable import KeHoach

@Suite("Organisations: derived from the issuer, codes that can stand in ids")
struct OrganisationTests {
    @Test("the issuer names the commune: 'UBND xã Đa Lộc' of Hưng Yên is xa-da-loc, 'Xã Đa Lộc', under tinh-hung-yen",
          arguments: [
              ("UBND xã Đa Lộc", "Hưng Yên", "xa-da-loc", "Xã Đa Lộc", Organisation.Kind.commune, "tinh-hung-yen"),
              ("Ủy ban nhân dân phường Tân An", "Lâm Đồng", "phuong-tan-an", "Phường Tân An", .ward, "tinh-lam-dong"),
              ("UBND huyện Yên Châu", nil, "huyen-yen-chau", "Huyện Yên Châu", .district, nil),
              ("UBND tỉnh Hưng Yên", "Hưng Yên", "tinh-hung-yen", "Tỉnh Hưng Yên", .province, nil),
              ("Sở Nội vụ", "Hà Nội", "so-noi-vu", "Sở Nội vụ", .department, "tinh-ha-noi"),
          ] as [(String, String?, String, String, Organisation.Kind, String?)])
    func derived(issuer: String, province: String?, code: String, name: String, kind: Organisation.Kind, parent: String?) {
        let o = Organisation.derived(issuer: issuer, province: province)
        #expect(o == Organisation(code: code, name: name, kind: kind, parent: parent))
        #expect(Organisation.isValidCode(o.code))
    }

    @Test("a plan's key is organisation, number (spaces dropped) and year")
    func key() {
        var plan = Plan(number: "01 /KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025, title: "PAPI")
        #expect(plan.key == "xa-da-loc:01/KH-UBND:2025")
        plan.organisation = Organisation(code: "12010", name: "Xã Đa Lộc")
        #expect(plan.key == "12010:01/KH-UBND:2025")
    }

    @Test("codes with diacritics, spaces or a leading dash are refused, in the plan JSON too")
    func invalidCodes() {
        for bad in ["", "xã-đa-lộc", "xa da loc", "-xa", String(repeating: "a", count: 65)] {
            #expect(!Organisation.isValidCode(bad), "\(bad)")
        }
        for good in ["12010", "xa-da-loc", "tinh.hung_yen"] { #expect(Organisation.isValidCode(good)) }
        var plan = Plan(number: "01/KH-UBND", issuer: "UBND xã Đa Lộc", year: 2025, title: "PAPI",
                        organisation: Organisation(code: "xa-da-loc", name: "Xã Đa Lộc", parent: "Hưng Yên"))
        #expect(throws: KeHoachError.self) { try PlanDocument.validate(plan) }
        plan.organisation?.parent = "tinh-hung-yen"
        #expect(throws: Never.self) { try PlanDocument.validate(plan) }
    }
}
