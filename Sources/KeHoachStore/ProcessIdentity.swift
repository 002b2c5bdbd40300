#if canImport(Glibc)
import Glibc
#endif

/// Who the calling process is, for the store's permission errors: its effective user's name
/// and every group it is in. Names come from the system's user database (the reentrant
/// `getpwuid_r`/`getgrgid_r`, since the library runs inside multithreaded programs); an id
/// with no name is shown as its number.
struct ProcessIdentity {
    /// The effective user's name (or uid).
    var name: String
    /// The effective group and the supplementary groups.
    var groups: Set<gid_t>

    /// The calling process, read now.
    static var current: ProcessIdentity {
        var groups: Set<gid_t> = [getegid()]
        let count = getgroups(0, nil)
        if count > 0 {
            var list = [gid_t](repeating: 0, count: Int(count))
            let got = getgroups(count, &list)
            if got > 0 { groups.formUnion(list.prefix(Int(got))) }
        }
        return ProcessIdentity(name: userName(geteuid()), groups: groups)
    }

    /// Whether the process is in group `gid`.
    func isMember(_ gid: gid_t) -> Bool { groups.contains(gid) }

    /// The name of user `uid`, or its number.
    static func userName(_ uid: uid_t) -> String {
        lookUp { buffer, size, result in
            var record = passwd()
            var found: UnsafeMutablePointer<passwd>?
            let rc = getpwuid_r(uid, &record, buffer, size, &found)
            result = rc == 0 && found != nil && record.pw_name != nil ? String(cString: record.pw_name) : nil
            return rc
        } ?? String(uid)
    }

    /// The name of group `gid`, or its number.
    static func groupName(_ gid: gid_t) -> String {
        lookUp { buffer, size, result in
            var record = group()
            var found: UnsafeMutablePointer<group>?
            let rc = getgrgid_r(gid, &record, buffer, size, &found)
            result = rc == 0 && found != nil && record.gr_name != nil ? String(cString: record.gr_name) : nil
            return rc
        } ?? String(gid)
    }

    /// The id of the group named `name`, nil when the system has none.
    static func groupID(_ name: String) -> gid_t? {
        var id: gid_t?
        _ = lookUp { buffer, size, result in
            var record = group()
            var found: UnsafeMutablePointer<group>?
            let rc = getgrnam_r(name, &record, buffer, size, &found)
            if rc == 0, found != nil { id = record.gr_gid }
            result = nil
            return rc
        }
        return id
    }

    /// Runs a `get*_r` call with a buffer, growing it while the call answers ERANGE.
    private static func lookUp(
        _ call: (UnsafeMutablePointer<CChar>, Int, inout String?) -> Int32
    ) -> String? {
        var size = 1024
        while size <= 1 << 20 {
            var result: String?
            var buffer = [CChar](repeating: 0, count: size)
            let rc = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, size, &result) }
            if rc != ERANGE { return result }
            size *= 2
        }
        return nil
    }
}
