extension IndexCatalog {
    /// SIPAS, the index of people's and organisations' satisfaction with the service of state
    /// administrative agencies (Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ
    /// quan hành chính nhà nước): the two contents commune plans address (seed 003, III.2) and,
    /// under the service-delivery content, the five factors SIPAS measures.
    ///
    /// Sources: the two contents as seed 003 (Hoàng Việt, Văn Lãng, Lạng Sơn, 07/7/2023) names
    /// them; the five factors ("5 yếu tố": tiếp cận dịch vụ; thủ tục hành chính; công chức trực
    /// tiếp giải quyết công việc; kết quả giải quyết công việc; tiếp nhận, xử lý các ý kiến góp ý,
    /// phản ánh, kiến nghị) are those of the Ministry of Home Affairs' scheme for measuring
    /// satisfaction, Quyết định 2640/QĐ-BNV ngày 10/10/2017 (Đề án "Đo lường sự hài lòng của
    /// người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn
    /// 2017-2020"), which the yearly SIPAS surveys keep.
    public static let sipas = IndexCatalog(index: "SIPAS", entries: [
        IndexCatalogEntry(
            code: "SIPAS.1",
            vietnamese: "Mức độ hài lòng của người dân đối với việc xây dựng và thực hiện chính sách",
            english: "Satisfaction with policy making and implementation",
            aliases: ["Hài lòng đối với việc xây dựng và thực hiện chính sách"]),
        IndexCatalogEntry(
            code: "SIPAS.2",
            vietnamese: "Mức độ hài lòng của người dân đối với việc cung ứng dịch vụ hành chính công",
            english: "Satisfaction with the delivery of public administrative services",
            aliases: ["Hài lòng đối với việc cung ứng dịch vụ hành chính công"]),
        IndexCatalogEntry(code: "SIPAS.2.a", vietnamese: "Tiếp cận dịch vụ", english: "Access to services",
                          parent: "SIPAS.2", aliases: ["Tiếp cận dịch vụ hành chính công"]),
        IndexCatalogEntry(code: "SIPAS.2.b", vietnamese: "Thủ tục hành chính", english: "Administrative procedures",
                          parent: "SIPAS.2"),
        IndexCatalogEntry(code: "SIPAS.2.c", vietnamese: "Công chức trực tiếp giải quyết công việc",
                          english: "Civil servants who handle the case", parent: "SIPAS.2",
                          aliases: ["Sự phục vụ của công chức"]),
        IndexCatalogEntry(code: "SIPAS.2.d", vietnamese: "Kết quả giải quyết công việc",
                          english: "Results of the service", parent: "SIPAS.2",
                          aliases: ["Kết quả cung ứng dịch vụ hành chính công"]),
        IndexCatalogEntry(code: "SIPAS.2.e", vietnamese: "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị",
                          english: "Receiving and handling feedback, complaints and petitions", parent: "SIPAS.2",
                          aliases: ["Việc tiếp nhận, xử lý các ý kiến góp ý, phản ánh, kiến nghị",
                                    "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị"]),
    ])
}
