import KeHoach
import Testing
@testable import KeHoachImport

/// Unit cells read with their meaning kept: accents folded only where the text has none, names
/// never split inside, the 2025 commune bodies and common short forms known, no junk proposed.
@Suite("Unit matching keeps meaning")
struct UnitMatchingTests {
    private func resolve(_ cell: String) -> (UnitResolver.Resolution, [String]) {
        var resolver = UnitResolver(units: StarterUnits.all)
        let resolution = resolver.resolve(cell)
        return (resolution, resolver.proposed.map(\.name))
    }

    @Test("'Các ban, ngành xã' (boards) is not 'Các bản' (villages): a cell with diacritics matches them as spelled")
    func boardsAreNotVillages() {
        let (r, proposed) = resolve("Các ban, ngành xã")
        #expect(r.ids == ["ban-nganh"])
        #expect(proposed.isEmpty)
        #expect(resolve("Các bản").0.ids == ["thon"])
    }

    @Test("a cell typed without any diacritics is matched on folded words")
    func foldedWhereTextHasNone() {
        #expect(resolve("cong an xa, tram y te").0.ids == ["cong-an", "tram-y-te"])
        #expect(resolve("VAN PHONG - THONG KE").0.ids == ["van-phong"])
    }

    @Test("tone-mark placement, case and NFD do not matter: 'Văn hoá', 'VĂN HÓA', decomposed")
    func tonePlacement() {
        #expect(resolve("Công chức Văn hoá - Xã hội").0.ids == ["vhxh"])
        #expect(resolve("CÔNG CHỨC VĂN HÓA - XÃ HỘI").0.ids == ["vhxh"])
        #expect(resolve("Công chức Văn hóa - Xã hội".decomposedStringWithCanonicalMapping).0.ids == ["vhxh"])
    }

    @Test("'Phòng Văn hóa - Xã hội' is one unit, never split at its dash; an unknown name with a dash stays whole")
    func neverSplitInsideAName() {
        #expect(resolve("Phòng Văn hóa - Xã hội").0.ids == ["phong-vhxh"])
        let (r, proposed) = resolve("Phòng Nông nghiệp - Môi trường, Công an xã")
        #expect(proposed == ["Phòng Nông nghiệp - Môi trường"])
        #expect(r.ids.last == "cong-an")
        // A dash that opens a line is a bullet: two names.
        #expect(resolve("- Công an xã\n- Trạm y tế").0.ids == ["cong-an", "tram-y-te"])
    }

    @Test("the bodies of the commune since 1/7/2025 are known", arguments: [
        ("Văn phòng HĐND và UBND xã", "van-phong-hdnd-ubnd"),
        ("Phòng Kinh tế", "phong-kinh-te"),
        ("Phòng Văn hóa - Xã hội", "phong-vhxh"),
        ("Trung tâm Phục vụ hành chính công xã", "trung-tam-hcc"),
    ])
    func communeBodies2025(cell: String, id: String) {
        let (r, proposed) = resolve(cell)
        #expect(r.ids == [id])
        #expect(proposed.isEmpty)
    }

    @Test("common short forms are known: VP-TK, Công chức Tài chính KT, TP-HT, ĐC-XD, VH-XH", arguments: [
        ("VP-TK", "van-phong"), ("Công chức Tài chính KT", "tai-chinh"), ("TP-HT", "tu-phap"),
        ("ĐC-XD", "dia-chinh"), ("VH-XH", "vhxh"),
    ])
    func shortForms(cell: String, id: String) {
        #expect(resolve(cell).0.ids == [id])
    }

    @Test("no junk units: a parenthesised remark qualifies the unit before it, a lone 'ngành' is not a unit")
    func noJunk() {
        let (r, proposed) = resolve("Công chức Văn hóa - Xã hội (theo dõi Lao động, Thương binh và Xã hội)")
        #expect(r.ids == ["vhxh"])
        #expect(proposed.isEmpty)
        #expect(r.ignored == ["(theo dõi Lao động, Thương binh và Xã hội)"])
        let (lone, none) = resolve("Công an xã, ngành")
        #expect(lone.ids == ["cong-an"])
        #expect(none.isEmpty)
        #expect(lone.ignored == ["ngành"])
    }

    @Test("--map adds the table's name as an alias of the unit named (by name, alias or id), or a unit of that name")
    func mappings() throws {
        let units = try UnitMap.apply(["BCA xã=Công an xã", "Tổ CNS=to-cong-nghe-so", "VP-TK=van-phong"], to: StarterUnits.all)
        #expect(units.first { $0.id == "cong-an" }?.aliases.contains("BCA xã") == true)
        #expect(units.last?.name == "to-cong-nghe-so" && units.last?.aliases == ["Tổ CNS"])
        #expect(units.count == StarterUnits.all.count + 1)
        var resolver = UnitResolver(units: units)
        #expect(resolver.resolve("BCA xã, Tổ CNS").ids == ["cong-an", "to-cong-nghe-so"])
        #expect(throws: KeHoachError.self) { try UnitMap.apply(["BCA xã"], to: StarterUnits.all) }
        #expect(throws: KeHoachError.self) { try UnitMap.apply(["=Công an xã"], to: StarterUnits.all) }
    }
}

extension UnitMatchingTests {
    @Test("an unknown name ends where a known one follows 'và': 'Các ban, ngành và các thôn' proposes only the boards")
    func unknownEndsBeforeKnownAfterVa() {
        var resolver = UnitResolver(units: StarterUnits.all)
        let r = resolver.resolve("Các ban, ngành và các thôn")
        #expect(r.unknown == ["Các ban, ngành"])
        #expect(r.ids.last == "thon")
    }
}
