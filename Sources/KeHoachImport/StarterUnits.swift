import KeHoach

/// A starter directory of the units most commune plans name, used when no plan or units file
/// is given. Names not in it are proposed as new units, never matched by guess.
///
/// It holds the posts of the commune before 1/7/2025 (Văn phòng - Thống kê, Tư pháp - Hộ tịch,
/// ...) with the short forms tables use ("VP-TK", "Công chức Tài chính KT"), and the bodies of
/// the two-level commune since 1/7/2025 (Nghị định 150/2025/NĐ-CP on the specialised agencies of
/// commune People's Committees: Văn phòng HĐND và UBND, Phòng Kinh tế — Phòng Kinh tế, Hạ tầng
/// và Đô thị in wards —, Phòng Văn hóa - Xã hội; and the Trung tâm Phục vụ hành chính công).
public enum StarterUnits {
    /// The units, with the spellings seen in the seed plans and real tables as aliases.
    public static let all: [Unit] = [
        Unit(id: "ubnd-xa", name: "UBND xã", aliases: ["Ủy ban nhân dân xã", "UBND cấp xã", "Lãnh đạo UBND xã"], kind: .body),
        Unit(id: "van-phong", name: "Văn phòng - Thống kê",
             aliases: ["Văn phòng UBND xã", "VP UBND xã", "Văn phòng - Thống kê xã", "Văn phòng UBND", "Văn phòng HĐND - UBND xã",
                       "VP-TK", "VPTK", "Công chức Văn phòng - Thống kê", "Văn phòng Thống kê"],
             kind: .department),
        Unit(id: "tu-phap", name: "Tư pháp - Hộ tịch",
             aliases: ["Công chức Tư pháp - Hộ tịch", "Công chức Tư pháp Hộ tịch", "Công chức Tư pháp Hộ tịch xã", "Tư pháp - HT", "Công chức Tư pháp",
                       "TP-HT", "Công chức TP-HT"],
             kind: .department),
        Unit(id: "tai-chinh", name: "Tài chính - Kế toán",
             aliases: ["Công chức Tài chính - Kế toán", "Công chức Tài chính Kế toán xã", "Tài chính - Ngân sách", "Tài chính Kế toán",
                       "Công chức Tài chính KT", "Tài chính KT", "TC-KT", "Công chức TC-KT", "Công chức Tài chính - Kế toán xã"],
             kind: .department),
        Unit(id: "dia-chinh", name: "Địa chính - Xây dựng",
             aliases: ["Công chức Địa chính - Xây dựng", "Công chức Địa chính Xây dựng xã", "Địa chính - XD", "Địa chính xã",
                       "ĐC-XD", "Công chức ĐC-XD", "Địa chính - Nông nghiệp - Xây dựng và Môi trường"],
             kind: .department),
        Unit(id: "vhxh", name: "Văn hóa - Xã hội",
             aliases: ["Công chức Văn hóa - Xã hội", "Công chức VH XH", "Công chức VHXH", "VH-XH xã", "Văn hóa - XH",
                       "VH-XH", "Công chức VH-XH", "Công chức Văn hóa - Xã hội xã"],
             kind: .department),
        Unit(id: "cong-an", name: "Công an xã", kind: .body),
        Unit(id: "quan-su", name: "Ban Chỉ huy Quân sự xã", aliases: ["Quân sự xã", "BCH Quân sự xã"], kind: .body),
        Unit(id: "tram-y-te", name: "Trạm y tế xã", aliases: ["Trạm y tế"], kind: .body),
        Unit(id: "dang-uy", name: "Đảng ủy xã", kind: .body),
        Unit(id: "hdnd", name: "HĐND xã", aliases: ["Hội đồng nhân dân xã", "Thường trực HĐND xã"], kind: .body),
        Unit(id: "mttq", name: "Ủy ban MTTQ Việt Nam xã",
             aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UBMTTQ xã", "MTTQ xã", "Ủy ban Mặt trận Tổ quốc",
                       "Ủy ban Mặt trận Tổ quốc cấp xã", "UBMTTQ cấp xã", "Ủy ban MTTQ xã"], kind: .body),
        Unit(id: "mot-cua", name: "Bộ phận tiếp nhận và trả kết quả",
             aliases: ["Bộ phận một cửa", "Bộ phận tiếp nhận & Trả kết quả"], kind: .department),
        Unit(id: "ban-nganh-doan-the", name: "Các ban ngành, đoàn thể xã",
             aliases: ["Các ban ngành đoàn thể xã", "Các ban, ngành, đoàn thể xã", "Các ngành, đoàn thể xã",
                       "Các ban ngành đoàn thể", "Các ban, ngành, đoàn thể", "Các ngành, đoàn thể"], kind: .group),
        Unit(id: "thon", name: "Các thôn", aliases: ["Thôn", "Các thôn, bản", "Các bản"], kind: .group),
        Unit(id: "ban-nganh", name: "Các ban, ngành xã",
             aliases: ["Các ban ngành xã", "Các ban, ngành của xã", "Các phòng, ban, ngành xã", "Các phòng, ban, ngành cấp xã",
                       "Các phòng, ban, ngành"], kind: .group),
        Unit(id: "co-quan-lien-quan", name: "Các cơ quan, đơn vị có liên quan",
             aliases: ["Các cơ quan, đơn vị liên quan", "Các đơn vị có liên quan", "Các đơn vị liên quan",
                       "Các cơ quan có liên quan", "Các cơ quan, đơn vị, địa phương có liên quan"], kind: .group),
        Unit(id: "can-bo-cong-chuc", name: "Cán bộ, công chức xã",
             aliases: ["Các cán bộ, công chức có liên quan", "Các cán bộ công chức chuyên môn", "Công chức chuyên môn",
                       "Các công chức chuyên môn", "Công chức UBND xã", "Cán bộ, công chức UBND xã"], kind: .group),
        Unit(id: "ban-ttnd", name: "Ban Thanh tra nhân dân xã",
             aliases: ["Ban Thanh tra nhân dân", "Ban TTND xã", "Ban TTND"], kind: .body),
        Unit(id: "dai-truyen-thanh", name: "Đài truyền thanh xã", aliases: ["Đài Truyền thanh xã", "Đài TT xã"], kind: .body),
        // The commune since 1/7/2025 (Nghị định 150/2025/NĐ-CP).
        Unit(id: "van-phong-hdnd-ubnd", name: "Văn phòng HĐND và UBND xã",
             aliases: ["Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "VP HĐND và UBND xã",
                       "Văn phòng HĐND & UBND xã", "VP HĐND-UBND xã"],
             kind: .department),
        Unit(id: "phong-kinh-te", name: "Phòng Kinh tế",
             aliases: ["Phòng Kinh tế xã", "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng KT"], kind: .department),
        Unit(id: "phong-vhxh", name: "Phòng Văn hóa - Xã hội",
             aliases: ["Phòng Văn hóa - Xã hội xã", "Phòng Văn hóa và Xã hội", "Phòng VH-XH", "Phòng VHXH"], kind: .department),
        Unit(id: "trung-tam-hcc", name: "Trung tâm Phục vụ hành chính công xã",
             aliases: ["Trung tâm Phục vụ hành chính công", "Trung tâm PVHCC xã", "Trung tâm PVHCC", "TT PVHCC"], kind: .department),
    ]
}
