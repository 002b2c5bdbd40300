import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach orgs [list]` and `kehoach orgs set CODE --name ... [--kind ...] [--parent ...]`: the
/// organisations (communes, wards, provinces, departments) the store's plans belong to. Each is
/// created at its first plan's import from the issuer ("UBND xã Đa Lộc" → "xa-da-loc", "Xã Đa
/// Lộc", under the plan's province); the administrator names it and places it here.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: Language.text("Các tổ chức (xã, phường, tỉnh, sở) có kế hoạch trong cơ sở dữ liệu.",
                                en: "The organisations (communes, wards, provinces, departments) the plans belong to."),
        subcommands: [List.self, Set.self],
        defaultSubcommand: List.self)

    @OptionGroup var language: LanguageOption

    /// `kehoach orgs list`: code, name, kind, parent and plan count, by code.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: Language.text("Liệt kê các tổ chức.", en: "List the organisations."))

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption
        @Flag(name: .long, help: .vi("In JSON.", en: "Print JSON.")) var json = false

        func run() throws {
            try reporting {
                let database = try store.open(readOnly: true)
                let scope = try OrganisationScope(store.org, in: database)
                let organisations = try database.organisations().filter { scope.contains($0.organisation.code) }
                if json {
                    let items = organisations.map { s in
                        let o = s.organisation
                        return "{\"code\":\(JSONString.quote(o.code)),\"name\":\(JSONString.quote(o.name)),"
                            + "\"kind\":\"\(o.kind.rawValue)\",\"parent\":\(o.parent.map(JSONString.quote) ?? "null"),"
                            + "\"plans\":\(s.planCount)}"
                    }
                    Terminal.standardOutput.write("[" + items.joined(separator: ",") + "]\n")
                    return
                }
                guard !organisations.isEmpty else { throw CLIError.nothingFound("Chưa có tổ chức nào trong \(store.path)") }
                var table = TextTable(headers: ["Mã", "Tên", "Loại", "Trực thuộc", "Kế hoạch"])
                for s in organisations {
                    let o = s.organisation
                    table.append([o.code, o.name, o.kind.vietnamese, o.parent ?? "", String(s.planCount)])
                }
                Terminal.standardOutput.write(table.render())
            }
        }
    }

    /// `kehoach orgs set CODE`: names an organisation, sets its kind and parent (audited).
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: Language.text("Đặt tên, loại và đơn vị cấp trên của một tổ chức (tạo mới nếu chưa có).",
                                    en: "Name an organisation, set its kind and parent (created when new)."),
            discussion: Language.text("Mã không đổi được: mã lần thực hiện và thông báo được lập từ mã.",
                                      en: "A code never changes: occurrence and notice ids are built on it."))

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var actor: ActorOption
        @Argument(help: .vi("Mã tổ chức, vd. xa-da-loc hoặc mã đơn vị hành chính.", en: "Organisation code, e.g. xa-da-loc or the administrative unit code."))
        var code: String
        @Option(name: .long, help: .vi("Tên, vd. \"Xã Đa Lộc\".", en: "Name, e.g. \"Xã Đa Lộc\".")) var name: String?
        @Option(name: .long, help: .vi("Loại: commune, ward, town, district, province, department, other.",
                                       en: "Kind: commune, ward, town, district, province, department, other."))
        var kind: Organisation.Kind?
        @Option(name: .long, help: .vi("Mã tổ chức cấp trên (vd. tỉnh).", en: "Code of the parent organisation (e.g. the province)."))
        var parent: String?

        func run() throws {
            try reporting {
                let database = try store.open(create: true)
                let existing = try? database.organisation(code: code)
                let current = existing.flatMap { $0.code.lowercased() == code.lowercased() ? $0 : nil }
                guard let name = name ?? current?.name else {
                    throw CLIError.kehoach(.missingField(field: "--name", row: nil))
                }
                let organisation = Organisation(code: current?.code ?? code, name: name,
                                                kind: kind ?? current?.kind ?? Organisation.kind(ofName: name),
                                                parent: parent ?? current?.parent)
                try database.saveOrganisation(organisation, by: actor.by)
                Terminal.standardOutput.write("Đã lưu tổ chức \(organisation.code): \(organisation.name)"
                    + (organisation.parent.map { ", trực thuộc \($0)" } ?? "") + "\n")
            }
        }
    }
}

extension Organisation.Kind: ExpressibleByArgument {}

extension Organisation.Kind {
    /// The kind in Vietnamese, for tables.
    var vietnamese: String {
        switch self {
        case .commune: "xã"
        case .ward: "phường"
        case .town: "thị trấn"
        case .district: "huyện"
        case .province: "tỉnh"
        case .department: "sở, ban, ngành"
        case .other: "khác"
        }
    }
}
