import ArgumentParser
import KeHoach
import KeHoachStore

/// `kehoach units [list] | alias | rename | merge | contact`: an organisation's unit directory, over all
/// its plans. Imports propose new units when a table spells one another way ("VP-TK"); these
/// commands tidy the directory without writing JSON, each change audited (`kehoach history`).
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: Language.text("Danh mục đơn vị của từng tổ chức: liệt kê, thêm tên gọi, đổi tên, gộp.",
                                en: "Each organisation's units: list, add an alias, rename, merge."),
        subcommands: [UnitsList.self, UnitsAlias.self, UnitsRename.self, UnitsMerge.self, UnitsContact.self],
        defaultSubcommand: UnitsList.self)

    @OptionGroup var language: LanguageOption
}

/// `kehoach units list [--org CODE]`: per organisation, each unit with its id, kind, aliases and
/// how many tasks it leads and coordinates.
struct UnitsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: Language.text("Liệt kê đơn vị theo tổ chức.", en: "List the units, per organisation."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @Flag(name: .long, help: .vi("In JSON, mỗi dòng một đơn vị.", en: "Print JSON, one unit per line.")) var json = false

    func run() throws {
        try reporting {
            let database = try store.open(readOnly: true)
            let scope = try OrganisationScope(store.org, in: database)
            let codes = try database.organisations().map(\.organisation.code).filter(scope.contains)
            var units: [OrganisationUnit] = []
            for code in codes { units += try database.units(organisation: code) }
            var contacts: [String: UnitContact] = [:]
            for c in try database.contacts(organisation: store.org) { contacts[c.organisationCode + "|" + c.unitID] = c }
            if json {
                for u in units {
                    Terminal.standardOutput.write("{\"org\":\(JSONString.quote(u.organisation)),\"id\":\(JSONString.quote(u.unit.id)),"
                        + "\"name\":\(JSONString.quote(u.unit.name)),\"kind\":\"\(u.unit.kind.rawValue)\","
                        + "\"aliases\":[\(u.unit.aliases.map(JSONString.quote).joined(separator: ","))],"
                        + "\"plans\":\(u.planCount),\"leads\":\(u.leads),\"coordinates\":\(u.coordinates),"
                        + "\"emails\":[\((contacts[u.organisation + "|" + u.unit.id]?.emails ?? []).map(JSONString.quote).joined(separator: ","))],"
                        + "\"phone\":\(contacts[u.organisation + "|" + u.unit.id]?.phone.map(JSONString.quote) ?? "null")}\n")
                }
                return
            }
            guard !units.isEmpty else { throw CLIError.nothingFound("Chưa có đơn vị nào") }
            var table = TextTable(headers: ["Tổ chức", "Mã", "Tên", "Tên gọi khác", "Chủ trì", "Phối hợp", "Liên hệ"],
                                  maxWidth: [nil, nil, 36, 40, nil, nil, 40])
            for u in units {
                let contact = contacts[u.organisation + "|" + u.unit.id]
                let reach = ((contact?.emails ?? []) + [contact?.phone].compactMap { $0 }).joined(separator: ", ")
                table.append([u.organisation, u.unit.id, u.unit.name, u.unit.aliases.joined(separator: "; "),
                              String(u.leads), String(u.coordinates), reach])
            }
            Terminal.standardOutput.write(table.render())
        }
    }
}

/// The organisation a unit-editing command works in: `--org`, required when the store holds
/// more than one.
func organisation(_ store: StoreOptions, _ database: any ScheduleStore) throws -> String {
    if let org = store.org { return try database.organisation(code: org).code }
    let all = try database.organisations().filter { $0.planCount > 0 }
    guard all.count == 1 else {
        throw CLIError.kehoach(.missingField(field: "--org (" + all.map(\.organisation.code).joined(separator: ", ") + ")", row: nil))
    }
    return all[0].organisation.code
}

/// `kehoach units alias UNIT ALIAS --org CODE`: one more spelling for a unit.
struct UnitsAlias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias", abstract: Language.text("Thêm tên gọi khác cho một đơn vị.", en: "Add another spelling of a unit."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var actor: ActorOption
    @Argument(help: .vi("Đơn vị (mã, tên hoặc tên gọi).", en: "The unit (id, name or alias).")) var unit: String
    @Argument(help: .vi("Tên gọi khác, vd. \"VP-TK\".", en: "The other spelling, e.g. \"VP-TK\".")) var alias: String

    func run() throws {
        try reporting {
            let database = try store.open()
            let code = try organisation(store, database)
            try database.addUnitAlias(organisation: code, unit: unit, alias: alias, by: actor.by)
            Terminal.standardOutput.write("Đã thêm tên gọi '\(alias)' cho đơn vị '\(unit)' của \(code)\n")
        }
    }
}

/// `kehoach units rename UNIT NAME --org CODE`: a unit's new name (the old one kept as an alias).
struct UnitsRename: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: Language.text("Đổi tên một đơn vị (tên cũ giữ làm tên gọi khác).",
                                                       en: "Rename a unit (the old name stays as an alias)."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var actor: ActorOption
    @Argument(help: .vi("Đơn vị (mã, tên hoặc tên gọi).", en: "The unit (id, name or alias).")) var unit: String
    @Argument(help: .vi("Tên mới.", en: "The new name.")) var name: String

    func run() throws {
        try reporting {
            let database = try store.open()
            let code = try organisation(store, database)
            try database.renameUnit(organisation: code, unit: unit, to: name, by: actor.by)
            Terminal.standardOutput.write("Đã đổi tên đơn vị '\(unit)' của \(code) thành '\(name)'\n")
        }
    }
}

/// `kehoach units merge FROM INTO --org CODE`: two entries that are one unit become one.
struct UnitsMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: Language.text("Gộp một đơn vị vào đơn vị khác (nhiệm vụ, báo cáo, đầu mối chuyển theo).",
                                                      en: "Merge one unit into another (tasks, reports and the focal unit follow)."))

    @OptionGroup var store: StoreOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var actor: ActorOption
    @Argument(help: .vi("Đơn vị bị gộp.", en: "The unit merged away.")) var from: String
    @Argument(help: .vi("Đơn vị giữ lại.", en: "The unit kept.")) var into: String

    func run() throws {
        try reporting {
            let database = try store.open()
            let code = try organisation(store, database)
            try database.mergeUnits(organisation: code, from: from, into: into, by: actor.by)
            Terminal.standardOutput.write("Đã gộp đơn vị '\(from)' vào '\(into)' của \(code)\n")
        }
    }
}
