import ArgumentParser
import Foundation
import KeHoach
import KeHoachStore

/// The `--db` option every command that touches the store shares.
struct StoreOptions: ParsableArguments {
    /// The installed store, shared with kehoachd.
    static let installedPath = "/var/lib/kehoach/kehoach.db"

    @Option(name: .long, help: .vi("Tệp cơ sở dữ liệu (mặc định $KEHOACH_DB, nếu không thì \(installedPath)).",
                                       en: "Database file (default $KEHOACH_DB, else \(installedPath))."))
    var db: String?

    @Option(name: .long, help: .vi("Chỉ tổ chức này (mã, vd. xa-da-loc, hoặc tên): xã, phường, tỉnh; mã của tỉnh gồm cả các xã của tỉnh.",
                                       en: "Only this organisation (code, e.g. xa-da-loc, or name): commune, ward, province; the code of a province covers its communes."))
    var org: String?

    /// The path to open: `--db`, else `$KEHOACH_DB`, else the installed store.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["KEHOACH_DB"] ?? StoreOptions.installedPath
    }

    /// Opens the store, creating it when `create` is set.
    ///
    /// A read-only open of a file of an older schema (the first command after an upgrade, before
    /// kehoachd restarted) opens it read-write once instead, which upgrades it, when the user may
    /// write it; otherwise the error says how to upgrade it.
    func open(create: Bool = false, readOnly: Bool = false) throws -> any ScheduleStore {
        let mode: OpenMode = readOnly ? [.readOnly] : (create ? [.readWrite, .create] : [.readWrite])
        do {
            return try StoreLocation.open(path, mode: mode)
        } catch .schemaTooOld(let found, let supported) where readOnly {
            do {
                let upgraded = try StoreLocation.open(path, mode: [.readWrite])
                Terminal.standardError.write("Đã nâng cấp cơ sở dữ liệu \(path) từ lược đồ \(found) lên \(supported)\n")
                return upgraded
            } catch {
                throw CLIError.kehoach(.schemaTooOld(found: found, supported: supported))
            }
        } catch {
            throw CLIError.kehoach(error)
        }
    }
}

extension PlanStore {
    /// The plan an admin names on the command line: its id ("2"), its stable key
    /// ("xa-da-loc:01/KH-UBND:2025") or its number ("01/KH-UBND", matched accent- and
    /// case-insensitively, with the closest number suggested when unknown), within the
    /// organisation `--org` names when given (many communes number their plan alike).
    func planID(reference: String, organisation: String?) throws(KeHoachError) -> Int64 {
        if let id = Int64(reference) { return id }
        if let plan = try plans().first(where: { $0.key == reference }) { return plan.id }
        return try planID(number: reference, organisation: organisation)
    }
}

extension UnitRoleFilter: ExpressibleByArgument {}
