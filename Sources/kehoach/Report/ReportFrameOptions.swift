import ArgumentParser
import KeHoach

/// The options of `kehoach report` that fill the administrative frame: number, recipients,
/// copies, signer and date. Unset, they come from the plan (``ReportFrame``).
struct ReportFrameOptions: ParsableArguments {
    @Option(name: .long, help: .vi("Số văn bản, vd. \"45/BC-UBND\" (mặc định để trống cho văn thư ghi).",
                                   en: "Document number, e.g. \"45/BC-UBND\" (default left blank for the clerk)."))
    var number: String?
    @Option(name: .customLong("to"), help: .vi("Kính gửi (lặp lại cho nhiều nơi; mặc định: cơ quan ban hành kế hoạch cấp trên).",
                                               en: "Addressee, repeatable (default: the issuer of the plan implemented)."))
    var recipients: [String] = []
    @Option(name: .customLong("cc"), help: .vi("Thêm một dòng \"Nơi nhận\" (lặp lại được).", en: "A further \"Nơi nhận\" line, repeatable."))
    var copies: [String] = []
    @Option(name: .long, help: .vi("Người ký (mặc định người ký kế hoạch).", en: "Signer's name (default the plan's signer)."))
    var signer: String?
    @Option(name: .customLong("signer-title"), help: .vi("Thẩm quyền ký, các dòng cách nhau bởi dấu gạch chéo, vd. \"KT. CHỦ TỊCH/PHÓ CHỦ TỊCH\".",
                                                         en: "Signing capacity, lines separated by a slash, e.g. \"KT. CHỦ TỊCH/PHÓ CHỦ TỊCH\"."))
    var signerTitle: String?
    @Option(name: .customLong("date"), help: .vi("Ngày của báo cáo (mặc định ngày xét --as-of).", en: "The report's date (default the --as-of day)."))
    var date: String?

    func validate() throws {
        if let date { _ = try DateArgument.parse(date, option: "--date") }
    }

    /// The options as the frame takes them.
    var frame: ReportFrame.Options {
        ReportFrame.Options(number: number, recipients: recipients, copies: copies, signer: signer, signerTitle: signerTitle,
                            date: date.flatMap(DateArgument.date))
    }
}
