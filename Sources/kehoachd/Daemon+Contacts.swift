import KeHoach
import KeHoachConfig
import KeHoachStore

extension Daemon {
    /// Loads the admin's contacts file (`contacts_file`) into the store, at start and on reload:
    /// every line's unit gets the addresses and phone the file gives. A file with a bad line is
    /// refused whole (the stored contacts stay); a line naming a unit the organisation does not
    /// have is logged and skipped. Returns how many contacts were stored.
    @discardableResult
    func loadContactsFile() -> Int {
        guard let path = config.delivery.contactsFile else { return 0 }
        guard let text = ConfigParser.readFile(path) else {
            log(.err, "Không đọc được tệp liên hệ \(path)")
            return 0
        }
        let contacts: [UnitContact]
        do { contacts = try ContactsFile.parse(text, file: path) } catch {
            log(.err, "Từ chối tệp liên hệ, giữ liên hệ đã lưu: \(error)")
            return 0
        }
        var stored = 0
        for contact in contacts {
            do {
                try store.setContact(contact, by: "kehoachd (\(path))")
                stored += 1
            } catch {
                log(.warning, "Tệp liên hệ \(path): bỏ qua \(contact.organisationCode) \(contact.unitID): \(error)")
            }
        }
        log(.info, "Đã nạp \(stored) liên hệ từ \(path)")
        return stored
    }
}
