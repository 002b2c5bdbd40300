extension IndexCatalog {
    /// How plan titles name each index: its acronym or its Vietnamese name ("Nâng cao hiệu quả
    /// quản trị và hành chính công" is PAPI's; "Chỉ số hài lòng về sự phục vụ hành chính" is
    /// SIPAS's; "Chỉ số cải cách hành chính" is PAR INDEX's). Matched by ``VietnameseText/key(_:)``.
    static let titleNames: [(index: String, names: [String])] = [
        ("PAPI", ["PAPI", "hiệu quả quản trị và hành chính công"]),
        ("SIPAS", ["SIPAS", "hài lòng về sự phục vụ hành chính", "hài lòng của người dân, tổ chức đối với sự phục vụ"]),
        ("PAR INDEX", ["PAR INDEX", "chỉ số cải cách hành chính"]),
    ]

    /// The indices a plan's title names, in the order PAPI, SIPAS, PAR INDEX, accents and case
    /// ignored; empty when it names none. Seed 003's "... Chỉ số Hiệu quả quản trị và hành chính
    /// công (PAPI), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính
    /// (PAR INDEX) ..." names all three; Đa Lộc's "Nâng cao hiệu quả quản trị và hành chính công
    /// xã Đa Lộc năm 2025" names PAPI.
    public static func indices(namedIn title: String) -> [String] {
        let key = VietnameseText.key(title)
        return titleNames.filter { entry in
            entry.names.contains { key.contains(VietnameseText.key($0)) }
        }.map(\.index)
    }
}
