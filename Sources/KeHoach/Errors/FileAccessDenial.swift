/// Why a process could not open or write one file of a shared store, with everything an admin
/// needs to fix it: the file, its owner, group and mode, who tried, and what to do.
///
/// A store is one SQLite file plus its `-wal` and `-shm` files, in one directory, shared by
/// kehoachd (user `kehoach`), the CLI and the programs that link libkehoach (a web app as
/// `www-data`, a member of group `kehoach`). They share it when the directory is setgid with
/// mode 2770 and group `kehoach` (so every file made in it gets that group) and every file is
/// 0660. This value is built by the store from `stat` and the process's ids; its message is
/// pure text over these facts, so the advice can be checked with plain values.
public struct FileAccessDenial: Hashable, Sendable {
    /// Which file of the store.
    public enum Role: String, Hashable, Sendable {
        /// The database file itself.
        case database
        /// SQLite's write-ahead log beside it (`PATH-wal`).
        case wal
        /// SQLite's shared-memory index beside it (`PATH-shm`).
        case shm
        /// The directory that holds them (the `-wal` and `-shm` files are created in it).
        case directory
    }

    /// The file's path.
    public var path: String
    /// Which file of the store it is.
    public var role: Role
    /// The owner's user name (or uid when it has none).
    public var owner: String
    /// The file's group name (or gid).
    public var group: String
    /// The permission bits, setuid/setgid/sticky included (`st_mode & 07777`).
    public var mode: UInt32
    /// The user the process runs as.
    public var user: String
    /// Whether that user is in ``sharedGroup`` (as primary or supplementary group): when not,
    /// no mode of the file helps until an admin adds it.
    public var userInSharedGroup: Bool
    /// True when writing was refused (for a directory: creating the -wal and -shm files in it);
    /// false for reading (for a directory: entering it).
    public var writing: Bool
    /// The group the store is shared with: the directory's group ("kehoach" when installed).
    public var sharedGroup: String

    /// All the facts, as the store found them.
    public init(path: String, role: Role, owner: String, group: String, mode: UInt32, user: String,
                userInSharedGroup: Bool, writing: Bool, sharedGroup: String) {
        self.path = path
        self.role = role
        self.owner = owner
        self.group = group
        self.mode = mode
        self.user = user
        self.userInSharedGroup = userInSharedGroup
        self.writing = writing
        self.sharedGroup = sharedGroup
    }

    /// The mode as an admin types it: four octal digits ("0640", "2770").
    public var modeText: String {
        let digits = String(mode & 0o7777, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The file in Vietnamese: "tệp cơ sở dữ liệu", "tệp -wal", ...
    var noun: String {
        switch role {
        case .database: "tệp cơ sở dữ liệu"
        case .wal: "tệp nhật ký ghi trước (-wal)"
        case .shm: "tệp bộ nhớ chung (-shm)"
        case .directory: "thư mục"
        }
    }

    /// The whole explanation: who could not do what with which file, its owner, group and mode,
    /// then what to do.
    public var message: String {
        let failed = switch (role, writing) {
        case (.directory, true): "không tạo được tệp trong"
        case (.directory, false): "không mở được"
        case (_, true): "không ghi được vào"
        case (_, false): "không đọc được"
        }
        return "Người dùng \(user) \(failed) \(noun) '\(path)' "
            + "(chủ sở hữu \(owner), nhóm \(group), quyền \(modeText)): \(advice)"
    }

    /// What to do, as commands an admin can run (as root).
    public var advice: String {
        let quoted = "'\(path)'"
        let shared = sharedGroup
        let membership = userInSharedGroup ? ""
            : "thêm người dùng \(user) vào nhóm \(shared) (usermod -aG \(shared) \(user)) rồi khởi động lại tiến trình đó; "
        switch role {
        case .directory:
            return membership + "thư mục dùng chung phải có nhóm \(shared) và quyền 2770 "
                + "(chgrp \(shared) \(quoted) && chmod 2770 \(quoted), hoặc systemd-tmpfiles --create kehoach.conf)"
        case .database:
            return membership + "tệp phải thuộc nhóm \(shared) với quyền 0660 "
                + "(chgrp \(shared) \(quoted) && chmod 0660 \(quoted)); "
                + "thư mục chứa nó cần quyền 2770 nhóm \(shared) để các tệp -wal, -shm cũng thuộc nhóm này"
        case .wal, .shm:
            return membership + "SQLite tạo tệp này với quyền của tệp cơ sở dữ liệu và nhóm của thư mục: "
                + "đặt thư mục quyền 2770 nhóm \(shared), tệp cơ sở dữ liệu quyền 0660 nhóm \(shared), "
                + "và sửa tệp này (chgrp \(shared) \(quoted) && chmod 0660 \(quoted)) "
                + "hoặc chờ mọi tiến trình đóng cơ sở dữ liệu để SQLite xóa nó"
        }
    }
}
