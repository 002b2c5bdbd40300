extension IndexCatalog {
    /// SIPAS, the index of people's and organisations' satisfaction with the service of state
    /// administrative agencies (Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ
    /// quan hành chính nhà nước), by the two contents commune plans address (seed 003, III.2).
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
    ])
}
