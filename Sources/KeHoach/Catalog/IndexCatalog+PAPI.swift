extension IndexCatalog {
    /// PAPI, the Provincial Governance and Public Administration Performance Index (Chỉ số Hiệu
    /// quả Quản trị và Hành chính công cấp tỉnh): its 8 dimensions ("chỉ số nội dung") and their
    /// components ("nội dung thành phần") as PAPI publishes them, with the wordings commune
    /// plans use as aliases.
    ///
    /// Sources: papi.org.vn, "PAPI đo lường nội dung gì?" (papi.org.vn/hoi-dap/?title=papi-do-luong-noi-dung-gi):
    /// "Từ năm 2018, Chỉ số PAPI bao gồm 8 chỉ số nội dung, 28 nội dung thành phần" and the eight
    /// names below (2009-2017: 6 dimensions, 22 components). The component names are those of the
    /// PAPI reports as the provinces' plans copy them (seed 001, Đa Lộc 01/KH-UBND of 02/01/2025,
    /// appendix: dimension 5 with three components, dimension 8 with three). 4+4+3+4+3+4+3+3 = 28.
    /// The construction-permit component ("Thủ tục cấp giấy phép xây dựng") of the 2018-2020
    /// reports is no longer one; its wording stays an alias of PAPI.5, so old plans still match.
    public static let papi = IndexCatalog(index: "PAPI", entries: papiEntries)

    private static func papiDimension(_ number: Int, _ vietnamese: String, _ english: String,
                                      aliases: [String] = [],
                                      components: [(String, String, [String])]) -> [IndexCatalogEntry] {
        let code = "PAPI.\(number)"
        var entries = [IndexCatalogEntry(code: code, vietnamese: vietnamese, english: english, aliases: aliases)]
        let letters = ["a", "b", "c", "d", "e", "f"]
        precondition(components.count <= letters.count)
        for (index, component) in components.enumerated() {
            entries.append(IndexCatalogEntry(code: "\(code).\(letters[index])", vietnamese: component.0,
                                             english: component.1, parent: code, aliases: component.2))
        }
        return entries
    }

    private static let papiEntries: [IndexCatalogEntry] =
        papiDimension(1, "Tham gia của người dân ở cấp cơ sở", "Participation at local levels",
                      components: [
                          ("Tri thức công dân", "Civic knowledge", []),
                          ("Cơ hội tham gia", "Opportunities for participation", []),
                          ("Chất lượng bầu cử", "Quality of elections", []),
                          ("Đóng góp tự nguyện", "Voluntary contributions", []),
                      ])
        + papiDimension(2, "Công khai, minh bạch trong việc ra quyết định ở địa phương",
                        "Transparency in local decision-making",
                        aliases: ["Công khai, minh bạch trong hoạch định chính sách"],
                        components: [
                            ("Tiếp cận thông tin", "Access to information", []),
                            ("Công khai danh sách hộ nghèo", "Poverty list transparency",
                             ["Công khai, minh bạch danh sách hộ nghèo"]),
                            ("Công khai thu chi ngân sách cấp xã", "Commune budget transparency",
                             ["Công khai, minh bạch ngân sách xã", "Công khai, minh bạch thu chi ngân sách cấp xã"]),
                            ("Công khai quy hoạch/kế hoạch sử dụng đất và khung giá đền bù",
                             "Land-use planning and pricing transparency",
                             ["Công khai quy hoạch sử dụng đất", "Công khai quy hoạch, kế hoạch sử dụng đất"]),
                        ])
        + papiDimension(3, "Trách nhiệm giải trình với người dân", "Vertical accountability towards citizens",
                        components: [
                            ("Mức độ và hiệu quả trong tiếp xúc với chính quyền",
                             "Interactions with local authorities", []),
                            ("Giải đáp khiếu nại, tố cáo, khúc mắc của người dân",
                             "Responses to citizens' complaints, denunciations and petitions",
                             ["Giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh"]),
                            ("Tiếp cận dịch vụ tư pháp", "Access to justice services", []),
                        ])
        + papiDimension(4, "Kiểm soát tham nhũng trong khu vực công", "Control of corruption in the public sector",
                        aliases: ["Kiểm soát tham nhũng khu vực công"],
                        components: [
                            ("Kiểm soát tham nhũng trong chính quyền địa phương",
                             "Limits on public sector corruption", []),
                            ("Kiểm soát tham nhũng trong cung ứng dịch vụ công",
                             "Limits on corruption in public service delivery", []),
                            ("Công bằng trong tuyển dụng vào khu vực công", "Equity in state employment", []),
                            ("Quyết tâm chống tham nhũng của chính quyền địa phương",
                             "Willingness to fight corruption", []),
                        ])
        + papiDimension(5, "Thủ tục hành chính công", "Public administrative procedures",
                        aliases: ["Thủ tục cấp giấy phép xây dựng", "Dịch vụ cấp giấy phép xây dựng"],
                        components: [
                            ("Dịch vụ chứng thực, xác nhận của chính quyền", "Certification procedures", []),
                            ("Thủ tục cấp giấy chứng nhận quyền sử dụng đất", "Land use rights certificates",
                             ["Dịch vụ cấp GCN quyền sử dụng đất", "Dịch vụ cấp giấy chứng nhận quyền sử dụng đất"]),
                            ("Dịch vụ hành chính cấp xã", "Commune-level administrative procedures",
                             ["Thủ tục hành chính cấp xã"]),
                        ])
        + papiDimension(6, "Cung ứng dịch vụ công", "Public service delivery",
                        components: [
                            ("Y tế công lập", "Public health care", ["Dịch vụ y tế công lập"]),
                            ("Giáo dục tiểu học công lập", "Public primary education", []),
                            ("Cơ sở hạ tầng căn bản", "Basic infrastructure", []),
                            ("An ninh, trật tự khu dân cư", "Law and order", []),
                        ])
        + papiDimension(7, "Quản trị môi trường", "Environmental governance",
                        components: [
                            ("Nghiêm túc trong bảo vệ môi trường", "Seriousness in environmental protection", []),
                            ("Chất lượng không khí", "Air quality", []),
                            ("Chất lượng nước", "Water quality", []),
                        ])
        + papiDimension(8, "Quản trị điện tử", "E-governance",
                        components: [
                            ("Sử dụng cổng thông tin điện tử của chính quyền địa phương",
                             "Use of local government e-portals",
                             ["Tiếp cận cổng thông tin điện tử của chính quyền địa phương"]),
                            ("Tiếp cận và sử dụng Internet tại địa phương", "Access to and use of the Internet", []),
                            ("Phúc đáp của chính quyền qua cổng thông tin điện tử",
                             "E-responsiveness of local governments",
                             ["Phúc đáp qua cổng thông tin điện tử"]),
                        ])
}
