extension IndexCatalog {
    /// PAR INDEX, the administrative-reform index (Chỉ số cải cách hành chính), by the fields
    /// ("lĩnh vực") a commune plan works on, as seed 003 (III.1.2.1 to III.1.2.7) lists them.
    public static let parIndex = IndexCatalog(index: "PAR INDEX", entries: [
        IndexCatalogEntry(
            code: "PAR.1", vietnamese: "Công tác chỉ đạo điều hành CCHC",
            english: "Direction and management of administrative reform",
            aliases: ["Công tác chỉ đạo, điều hành cải cách hành chính"]),
        IndexCatalogEntry(
            code: "PAR.2", vietnamese: "Cải cách thể chế", english: "Institutional reform"),
        IndexCatalogEntry(
            code: "PAR.3", vietnamese: "Cải cách thủ tục hành chính",
            english: "Reform of administrative procedures"),
        IndexCatalogEntry(
            code: "PAR.4", vietnamese: "Cải cách tổ chức bộ máy hành chính",
            english: "Reform of the administrative apparatus"),
        IndexCatalogEntry(
            code: "PAR.5", vietnamese: "Cải cách tài chính công", english: "Public finance reform"),
        IndexCatalogEntry(
            code: "PAR.6", vietnamese: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
            english: "Building and developing e-government and digital government"),
        IndexCatalogEntry(
            code: "PAR.7",
            vietnamese: "Tác động của CCHC đến sự phát triển kinh tế - xã hội của tỉnh",
            english: "Impact of administrative reform on socio-economic development",
            aliases: ["Tác động của cải cách hành chính đến sự phát triển kinh tế - xã hội"]),
    ])
}
