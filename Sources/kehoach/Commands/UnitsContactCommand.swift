import ArgumentParser
import KeHoach
import KeHoachConfig
import KeHoachStore

/// `kehoach units contact UNIT --email A --email B --phone P --org CODE`, or `--file FILE`: how
/// kehoachd reaches a unit's officer (e-mail, and a phone for an SMS gateway). The file is the
/// admin's contacts file (`org<TAB>unit<TAB>emails<TAB>phone`, docs/admin.md), checked whole
/// before anything is stored.
struct UnitsContact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: Language.text("Đặt địa chỉ thư, số điện thoại nhận thông báo của một đơn vị (hoặc nạp tệp liên hệ).",
                                en: "Set a unit's e-mail addresses and phone for alerts (or load a contacts file)."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var actor: ActorOption
    @Argument(help: .vi("Đơn vị (mã, tên hoặc tên gọi).", en: "The unit (id, name or alias).")) var unit: String?
    @Option(name: .long, help: .vi("Địa chỉ thư (lặp lại được).", en: "An e-mail address (repeatable).")) var email: [String] = []
    @Option(name: .long, help: .vi("Số điện thoại.", en: "A phone number.")) var phone: String?
    @Flag(name: .long, help: .vi("Xóa liên hệ của đơn vị.", en: "Remove the unit's contact.")) var clear = false
    @Option(name: .long, help: .vi("Tệp liên hệ: tổ chức<TAB>đơn vị<TAB>thư,thư<TAB>điện thoại.",
                                   en: "A contacts file: org<TAB>unit<TAB>emails<TAB>phone.")) var file: String?

    func validate() throws {
        if file == nil, unit == nil { throw ValidationError(Language.text("Cần tên đơn vị hoặc --file.", en: "Give a unit or --file.")) }
        if file == nil, !clear, email.isEmpty, phone == nil {
            throw ValidationError(Language.text("Cần --email, --phone hoặc --clear.", en: "Give --email, --phone or --clear."))
        }
    }

    func run() throws {
        try reporting {
            let database = try store.open()
            if let file {
                guard let text = ConfigParser.readFile(file) else {
                    throw CLIError.kehoach(.invalidLine(file: file, line: 0, value: file, expected: "một tệp liên hệ đọc được"))
                }
                let contacts = try ContactsFile.parse(text, file: file)
                for contact in contacts { try database.setContact(contact, by: actor.by) }
                Terminal.standardOutput.write("Đã lưu \(contacts.count) liên hệ từ \(file)\n")
                return
            }
            let code = try organisation(store, database)
            let contact = UnitContact(organisationCode: code, unitID: unit ?? "", emails: clear ? [] : email, phone: clear ? nil : phone)
            try database.setContact(contact, by: actor.by)
            Terminal.standardOutput.write(clear ? "Đã xóa liên hệ của '\(unit ?? "")' (\(code))\n"
                : "Đã lưu liên hệ của '\(unit ?? "")' (\(code)): \(email.joined(separator: ", "))\(phone.map { " — \($0)" } ?? "")\n")
        }
    }
}
