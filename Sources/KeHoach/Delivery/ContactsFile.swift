/// The administrator's contacts file (`contacts_file` in kehoachd.conf): one unit a line,
/// `org<TAB>unit<TAB>email,email<TAB>phone`; `#` comments and blank lines skipped; the phone
/// column may be left out.
///
/// Pure: the daemon reads the file and hands the text here. A bad line refuses the whole file
/// (``KeHoachError/invalidLine(file:line:value:expected:)``), so a typo never silently drops a
/// unit's address.
public enum ContactsFile {
    /// The contacts of `text`, in file order; `file` names the file in errors.
    public static func parse(_ text: String, file: String) throws(KeHoachError) -> [UnitContact] {
        var contacts: [UnitContact] = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(raw)
            if line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard (3...4).contains(columns.count) else {
                throw .invalidLine(file: file, line: index + 1, value: line,
                                   expected: "tổ chức<TAB>đơn vị<TAB>thư,thư<TAB>điện thoại")
            }
            let emails = columns[2].split(separator: ",").map { String($0) }
            let contact = UnitContact(organisationCode: columns[0], unitID: columns[1], emails: emails,
                                      phone: columns.count == 4 ? columns[3] : nil)
            do {
                contacts.append(try contact.validated())
            } catch {
                throw .invalidLine(file: file, line: index + 1, value: line, expected: error.message)
            }
        }
        return contacts
    }
}
