#if canImport(Glibc)
import Glibc
#endif
import KeHoach

/// The files of one store on disk (the database, SQLite's `-wal` and `-shm` beside it, and
/// their directory) and what opening does about their permissions, so that kehoachd (user
/// `kehoach`), the CLI and a web app (`www-data`, in group `kehoach`) share one store.
///
/// The installed directory `/var/lib/kehoach` is setgid, mode 2770, group `kehoach`: every file
/// made in it gets group `kehoach` whoever makes it. In such a directory (and only there: a
/// store in a developer's home keeps the umask's mode) a writable open
/// - creates a missing database itself, mode 0660 whatever the umask, before SQLite opens it
///   (SQLite would make it 0644 less the umask: 0640 under kehoachd's `UMask=0007`, which no
///   other member of the group can write);
/// - gives the files it owns group read-write and the directory's group (a database made 0640
///   by an older kehoachd is repaired by the next kehoachd that opens it).
/// SQLite makes `-wal` and `-shm` with the database's mode (it `fchmod`s them past the umask),
/// and the directory's setgid bit gives them its group, so they follow the database.
///
/// When SQLite cannot open or write the store, ``denial(writing:)`` finds the file at fault
/// and says, with its owner, group and mode, what to do (``KeHoachError/fileAccess(_:)``).
struct StoreFiles {
    /// The group an installed store is shared with, named in advice when the directory has none.
    static let installedGroup = "kehoach"

    /// The database file.
    let path: String
    /// The directory that holds it ("." for a bare file name).
    let directory: String

    init(path: String) {
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            let head = String(path[..<slash])
            directory = head.isEmpty ? "/" : head
        } else {
            directory = "."
        }
    }

    /// SQLite's write-ahead log.
    var wal: String { path + "-wal" }
    /// SQLite's shared-memory index.
    var shm: String { path + "-shm" }

    /// False for SQLite's special names (in-memory, temporary, URIs): they have no files here.
    var isFile: Bool { !path.isEmpty && path != ":memory:" && !path.hasPrefix("file:") }

    /// What a writable open does first (see the type's documentation); `creating`: the mode
    /// allows creating the file. Failures are left for SQLite to meet and ``denial(writing:)``
    /// to explain.
    func prepare(creating: Bool) {
        guard isFile, let dir = FileStatus(directory), dir.isSetGID else { return }
        if creating, FileStatus(path, follow: false) == nil {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o660)
            if fd >= 0 {
                fchmod(fd, 0o660)  // past the umask
                close(fd)
            }
        }
        let me = geteuid()
        for file in [path, wal, shm] {
            guard let status = FileStatus(file, follow: false), status.isRegular, status.uid == me else { continue }
            if status.gid != dir.gid { chown(file, uid_t.max, dir.gid) }  // -1: keep the owner
            if status.permissions & 0o660 != 0o660 { chmod(file, mode_t(status.permissions | 0o660)) }
        }
    }

    /// The first file of the store this process may not use as asked (the directory, to
    /// create `-wal`/`-shm` in; then the database, `-wal`, `-shm`), or nil when every existing
    /// one is allowed (the failure is then not about permissions).
    func denial(writing: Bool) -> FileAccessDenial? {
        guard isFile, let dir = FileStatus(directory) else { return nil }
        let identity = ProcessIdentity.current
        let sharedGroup = dir.isSetGID ? ProcessIdentity.groupName(dir.gid) : StoreFiles.installedGroup
        let sharedGID = dir.isSetGID ? dir.gid : ProcessIdentity.groupID(StoreFiles.installedGroup)
        func denied(_ file: String, _ role: FileAccessDenial.Role, _ access: Int32) -> FileAccessDenial? {
            guard let status = FileStatus(file), faccessat(AT_FDCWD, file, access, AT_EACCESS) != 0,
                  errno == EACCES else { return nil }
            return FileAccessDenial(
                path: file, role: role, owner: ProcessIdentity.userName(status.uid),
                group: ProcessIdentity.groupName(status.gid), mode: status.permissions, user: identity.name,
                userInSharedGroup: sharedGID.map(identity.isMember) ?? false,
                writing: writing, sharedGroup: sharedGroup)
        }
        let readWrite = writing ? R_OK | W_OK : R_OK
        return denied(directory, .directory, writing ? W_OK | X_OK : X_OK)
            ?? denied(path, .database, readWrite)
            ?? denied(wal, .wal, readWrite)
            ?? denied(shm, .shm, readWrite)
    }
}

/// What `stat` says of one file, in the terms ``StoreFiles`` needs.
struct FileStatus {
    var uid: uid_t
    var gid: gid_t
    /// `st_mode & 07777`.
    var permissions: UInt32
    var isRegular: Bool
    var isDirectory: Bool
    /// The setgid bit: files made in this directory get its group.
    var isSetGID: Bool { isDirectory && permissions & UInt32(S_ISGID) != 0 }

    /// The status of `path` (following a symbolic link unless `follow` is false); nil when it
    /// does not exist or cannot be looked at.
    init?(_ path: String, follow: Bool = true) {
        var buffer = stat()
        guard (follow ? stat(path, &buffer) : lstat(path, &buffer)) == 0 else { return nil }
        uid = buffer.st_uid
        gid = buffer.st_gid
        permissions = UInt32(buffer.st_mode) & 0o7777
        isRegular = UInt32(buffer.st_mode) & UInt32(S_IFMT) == UInt32(S_IFREG)
        isDirectory = UInt32(buffer.st_mode) & UInt32(S_IFMT) == UInt32(S_IFDIR)
    }
}
