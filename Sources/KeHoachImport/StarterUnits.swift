import KeHoach

/// A starter directory of the units most commune plans name, used when no plan or units file
/// is given. Names not in it are proposed as new units, never matched by guess.
public enum StarterUnits {
    /// The units, with the spellings seen in the seed plans as aliases.
    public static let all: [Unit] = [
        Unit(id: "ubnd-xa", name: "UBND xã", aliases: ["Ủy ban nhân dân xã", "UBND cấp xã", "Lãnh đạo UBND xã"], kind: .body),
        Unit(id: "van-phong", name: "Văn phòng - Thống kê",
             aliases: ["Văn phòng UBND xã", "VP UBND xã", "Văn phòng - Thống kê xã", "Văn phòng UBND", "Văn phòng HĐND - UBND xã"],
             kind: .department),
        Unit(id: "tu-phap", name: "Tư pháp - Hộ tịch",
             aliases: ["Công chức Tư pháp - Hộ tịch", "Công chức Tư pháp Hộ tịch", "Công chức Tư pháp Hộ tịch xã", "Tư pháp - HT", "Công chức Tư pháp"],
             kind: .department),
        Unit(id: "tai-chinh", name: "Tài chính - Kế toán",
             aliases: ["Công chức Tài chính - Kế toán", "Công chức Tài chính Kế toán xã", "Tài chính - Ngân sách", "Tài chính Kế toán"],
             kind: .department),
        Unit(id: "dia-chinh", name: "Địa chính - Xây dựng",
             aliases: ["Công chức Địa chính - Xây dựng", "Công chức Địa chính Xây dựng xã", "Địa chính - XD", "Địa chính xã"],
             kind: .department),
        Unit(id: "vhxh", name: "Văn hóa - Xã hội",
             aliases: ["Công chức Văn hóa - Xã hội", "Công chức VH XH", "Công chức VHXH", "VH-XH xã", "Văn hóa - XH"],
             kind: .department),
        Unit(id: "cong-an", name: "Công an xã", kind: .body),
        Unit(id: "quan-su", name: "Ban Chỉ huy Quân sự xã", aliases: ["Quân sự xã", "BCH Quân sự xã"], kind: .body),
        Unit(id: "tram-y-te", name: "Trạm y tế xã", aliases: ["Trạm y tế"], kind: .body),
        Unit(id: "dang-uy", name: "Đảng ủy xã", kind: .body),
        Unit(id: "hdnd", name: "HĐND xã", aliases: ["Hội đồng nhân dân xã", "Thường trực HĐND xã"], kind: .body),
        Unit(id: "mttq", name: "Ủy ban MTTQ Việt Nam xã",
             aliases: ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "UBMTTQ xã", "MTTQ xã", "Ủy ban Mặt trận Tổ quốc"], kind: .body),
        Unit(id: "mot-cua", name: "Bộ phận tiếp nhận và trả kết quả",
             aliases: ["Bộ phận một cửa", "Bộ phận tiếp nhận & Trả kết quả"], kind: .department),
        Unit(id: "ban-nganh-doan-the", name: "Các ban ngành, đoàn thể xã",
             aliases: ["Các ban ngành đoàn thể xã", "Các ban, ngành, đoàn thể xã", "Các ngành, đoàn thể xã"], kind: .group),
        Unit(id: "thon", name: "Các thôn", aliases: ["Thôn", "Các thôn, bản", "Các bản"], kind: .group),
    ]
}
