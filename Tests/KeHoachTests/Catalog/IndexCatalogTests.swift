import Testing
@testable import KeHoach

@Suite("Index catalog: PAPI, SIPAS and PAR INDEX headings")
struct IndexCatalogTests {
    @Test("a plan's title names its indices: seed 003 all three, seeds 001 and 004 PAPI by its Vietnamese name")
    func indicesNamedInTitles() {
        // Seed 003 (Hoàng Việt), its title paragraph as the .docx holds it.
        #expect(IndexCatalog.indices(namedIn: """
            Nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI); Chỉ số hài lòng về sự phục vụ \
            hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) tỉnh Lạng Sơn trên địa bàn xã \
            Hoàng Việt năm 2023
            """) == ["PAPI", "SIPAS", "PAR INDEX"])
        #expect(IndexCatalog.indices(namedIn: "Nâng cao hiệu quả quản trị và hành chính công xã Đa Lộc năm 2025") == ["PAPI"])
        #expect(IndexCatalog.indices(namedIn: "Nâng cao chỉ số hiệu quả quản trị\nvà hành chính công trên địa bàn xã Thanh Sơn") == ["PAPI"])
        #expect(IndexCatalog.indices(namedIn: "Nâng cao Chỉ số hài lòng (SIPAS) năm 2024") == ["SIPAS"])
        #expect(IndexCatalog.indices(namedIn: "Tuyên truyền, phổ biến giáo dục pháp luật năm 2025").isEmpty)
    }

    @Test("PAPI has its 8 dimensions, in order, with Vietnamese and English names")
    func papiDimensions() {
        let dimensions = IndexCatalog.papi.dimensions
        #expect(dimensions.map(\.code) == (1...8).map { "PAPI.\($0)" })
        #expect(dimensions.map(\.vietnamese) == [
            "Tham gia của người dân ở cấp cơ sở",
            "Công khai, minh bạch trong việc ra quyết định ở địa phương",
            "Trách nhiệm giải trình với người dân",
            "Kiểm soát tham nhũng trong khu vực công",
            "Thủ tục hành chính công",
            "Cung ứng dịch vụ công",
            "Quản trị môi trường",
            "Quản trị điện tử",
        ])
        #expect(dimensions[0].english == "Participation at local levels")
        #expect(dimensions[7].english == "E-governance")
    }

    @Test("components hang under their dimension with lettered codes")
    func papiComponents() {
        let participation = IndexCatalog.papi.components(of: "PAPI.1")
        #expect(participation.map(\.vietnamese) == ["Tri thức công dân", "Cơ hội tham gia", "Chất lượng bầu cử", "Đóng góp tự nguyện"])
        #expect(participation.map(\.code) == ["PAPI.1.a", "PAPI.1.b", "PAPI.1.c", "PAPI.1.d"])
        #expect(participation.allSatisfy { $0.parent == "PAPI.1" && $0.isComponent })
        let transparency = IndexCatalog.papi.components(of: "PAPI.2").map(\.vietnamese)
        #expect(transparency == ["Tiếp cận thông tin", "Công khai danh sách hộ nghèo", "Công khai thu chi ngân sách cấp xã",
                                 "Công khai quy hoạch/kế hoạch sử dụng đất và khung giá đền bù"])
        let counts = (1...8).map { IndexCatalog.papi.components(of: "PAPI.\($0)").count }
        #expect(counts == [4, 4, 3, 4, 3, 4, 3, 3])
    }

    @Test("PAPI has 28 components since 2018 (papi.org.vn), the public-procedure ones as seed 001 lists them")
    func papiHasTwentyEightComponents() {
        #expect(IndexCatalog.papi.entries.filter(\.isComponent).count == 28)
        #expect(IndexCatalog.papi.components(of: "PAPI.5").map(\.vietnamese) == [
            "Dịch vụ chứng thực, xác nhận của chính quyền",
            "Thủ tục cấp giấy chứng nhận quyền sử dụng đất",
            "Dịch vụ hành chính cấp xã",
        ])
        #expect(IndexCatalog.papi.components(of: "PAPI.8").map(\.english) == [
            "Use of local government e-portals", "Access to and use of the Internet", "E-responsiveness of local governments",
        ])
        // The 2018-2020 construction-permit component is read as the procedures dimension, never lost.
        #expect(IndexCatalog.papi.match(heading: "b) Thủ tục cấp giấy phép xây dựng")?.code == "PAPI.5")
    }

    @Test("SIPAS measures service delivery by its 5 factors (Quyết định 2640/QĐ-BNV)")
    func sipasFiveFactors() {
        #expect(IndexCatalog.sipas.dimensions.map(\.code) == ["SIPAS.1", "SIPAS.2"])
        #expect(IndexCatalog.sipas.components(of: "SIPAS.2").map(\.vietnamese) == [
            "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức trực tiếp giải quyết công việc",
            "Kết quả giải quyết công việc", "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị",
        ])
        #expect(IndexCatalog.sipas.match(heading: "c) Công chức trực tiếp giải quyết công việc")?.code == "SIPAS.2.c")
    }

    @Test("codes are unique across every catalog and each parent exists")
    func codesUnique() {
        for catalog in IndexCatalog.all {
            let codes = catalog.entries.map(\.code)
            #expect(Set(codes).count == codes.count, "\(catalog.index)")
            for entry in catalog.entries where entry.parent != nil {
                #expect(catalog.entry(code: entry.parent!) != nil, "\(entry.code)")
                #expect(entry.code.hasPrefix(entry.parent! + "."))
            }
        }
        #expect(IndexCatalog.all.map(\.index) == ["PAPI", "SIPAS", "PAR INDEX"])
        #expect(IndexCatalog.named("par-index")?.index == "PAR INDEX")
        #expect(IndexCatalog.named("papi")?.index == "PAPI")
        #expect(IndexCatalog.named("PCI") == nil)
    }

    @Test("entry(code:) finds an entry and returns nil for an unknown code")
    func entryByCode() {
        #expect(IndexCatalog.papi.entry(code: "PAPI.6.d")?.vietnamese == "An ninh, trật tự khu dân cư")
        #expect(IndexCatalog.papi.entry(code: "PAPI.9") == nil)
        #expect(IndexCatalog.sipas.entry(code: "SIPAS.2")?.english == "Satisfaction with the delivery of public administrative services")
    }

    @Test("headings as plans write them match their dimension", arguments: [
        ("Nội dung “Tham gia của người dân ở cấp cơ sở”", "PAPI.1"),
        ("1.1. Nội dung “Tham gia của người dân ở cấp cơ sở”", "PAPI.1"),
        ("I  Nội dung “Tham gia của người dân ở cấp cơ sở”", "PAPI.1"),
        ("Tham gia của người dân", "PAPI.1"),
        ("THAM GIA CUA NGUOI DAN O CAP CO SO", "PAPI.1"),
        ("Công khai, minh bạch trong việc ra quyết định", "PAPI.2"),
        ("II Nội dung “Công khai minh bạch trong hoạch định chính sách”", "PAPI.2"),
        ("1.2. Nội dung “Công khai, minh bạch trong hoạch định chính sách”", "PAPI.2"),
        ("3.4. Nội dung “Kiểm soát tham nhũng khu vực công”:", "PAPI.4"),
        ("Kiểm soát tham nhũng trong khu vực công", "PAPI.4"),
        ("V Nội dung “Thủ tục hành chính công”", "PAPI.5"),
        ("Cung ứng dịch vụ công", "PAPI.6"),
        ("VIII Nội dung “Quản trị điện tử”", "PAPI.8"),
    ])
    func dimensionHeadings(heading: String, code: String) {
        #expect(IndexCatalog.papi.match(heading: heading)?.code == code)
    }

    @Test("component cells of seed 001 match their component", arguments: [
        ("a) Tri thức công dân", "PAPI.1.a"),
        ("c) Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố", "PAPI.1.c"),
        ("b) Công khai minh bạch danh sách hộ nghèo", "PAPI.2.b"),
        ("c) Công khai minh bạch ngân sách xã, phường", "PAPI.2.c"),
        ("d) Công khai quy hoạch sử dụng đất/kế hoạch sử dụng đất", "PAPI.2.d"),
        ("b) Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh", "PAPI.3.b"),
        ("b) Kiểm soát tham nhũng trong cung ứng dịch vụ công Y tế, Giáo dục", "PAPI.4.b"),
        ("a) Dịch vụ Y tế công lập", "PAPI.6.a"),
        ("b) Giáo dục tiểu học", "PAPI.6.b"),
        ("d) An ninh trật tự", "PAPI.6.d"),
        ("b) Chất lượng nước, chất lượng không khí", "PAPI.7.c"),
        ("a) Tiếp cận cổng thông tin điện tử của chính quyền địa phương", "PAPI.8.a"),
        ("c) Phục đáp qua Cổng Thông tin điện tử", "PAPI.8.c"),
    ])
    func componentHeadings(heading: String, code: String) {
        #expect(IndexCatalog.papi.match(heading: heading)?.code == code)
    }

    @Test("headings the catalog lacks are not forced onto an entry", arguments: [
        "Việc thực hiện dân chủ trong hoạt động của cơ quan, đơn vị",
        "c) Ban Thanh tra nhân dân tại cơ quan, đơn vị",
        "Công khai",
        "Nội dung",
        "",
        "Chỉ số năng lực cạnh tranh cấp tỉnh",
    ])
    func unknownHeadings(heading: String) {
        #expect(IndexCatalog.papi.match(heading: heading) == nil)
    }

    @Test("SIPAS contents and PAR INDEX fields match the headings of seed 003")
    func sipasAndParIndex() {
        #expect(IndexCatalog.sipas.match(heading: "2.1. Đối với nội dung “Mức độ hài lòng của người dân đối với việc xây dựng và thực hiện chính sách”:")?.code == "SIPAS.1")
        #expect(IndexCatalog.sipas.match(heading: "Mức độ hài lòng của người dân đối với việc cung ứng dịch vụ hành chính công")?.code == "SIPAS.2")
        #expect(IndexCatalog.parIndex.match(heading: "1.2.3. Cải cách thủ tục hành chính")?.code == "PAR.3")
        #expect(IndexCatalog.parIndex.match(heading: "1.2.6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số")?.code == "PAR.6")
        #expect(IndexCatalog.parIndex.match(heading: "1.2.7. Tác động của CCHC đến sự phát triển kinh tế - xã hội của tỉnh")?.code == "PAR.7")
        #expect(IndexCatalog.parIndex.dimensions.count == 7)
        #expect(IndexCatalog.parIndex.match(heading: "Tham gia của người dân ở cấp cơ sở") == nil)
    }
}
