import Foundation
import KeHoach
@testable import KeHoachStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The facts of a store file kehoachd cannot write after a web app made it: the example of
/// the issue ("SQLite 14: unable to open database file" named nothing).
private func webAppDatabase(user: String = "kehoach", inGroup: Bool = true) -> FileAccessDenial {
    FileAccessDenial(path: "/var/lib/kehoach/kehoach.db", role: .database, owner: "www-data", group: "www-data",
                     mode: 0o640, user: user, userInSharedGroup: inGroup, writing: true, sharedGroup: "kehoach")
}

@Suite("Permission errors name the file, its owner, group and mode, and say what to do")
struct FileAccessDenialTests {
    @Test("a database the daemon may not write: who, which file, owner, group, mode, then chgrp and chmod 0660")
    func databaseNotWritable() {
        let message = KeHoachError.fileAccess(webAppDatabase()).message
        #expect(message.hasPrefix(
            "Người dùng kehoach không ghi được vào tệp cơ sở dữ liệu '/var/lib/kehoach/kehoach.db' "
                + "(chủ sở hữu www-data, nhóm www-data, quyền 0640): "))
        #expect(message.contains("chgrp kehoach '/var/lib/kehoach/kehoach.db' && chmod 0660 '/var/lib/kehoach/kehoach.db'"))
        #expect(message.contains("2770"))
        #expect(!message.contains("usermod"), "kehoach is in the group already")
    }

    @Test("a user outside the shared group is told to join it first")
    func notInGroup() {
        let message = webAppDatabase(user: "www-data", inGroup: false).message
        #expect(message.contains("thêm người dùng www-data vào nhóm kehoach (usermod -aG kehoach www-data)"))
    }

    @Test("a -wal file left by another user says SQLite makes it from the database's mode and the directory's group")
    func walOfAnotherUser() {
        var denial = webAppDatabase()
        denial.path = "/var/lib/kehoach/kehoach.db-wal"
        denial.role = .wal
        let message = denial.message
        #expect(message.contains("tệp nhật ký ghi trước (-wal) '/var/lib/kehoach/kehoach.db-wal'"))
        #expect(message.contains("quyền của tệp cơ sở dữ liệu và nhóm của thư mục"))
    }

    @Test("a directory: setgid modes are written with four digits, and the fix is chmod 2770 or systemd-tmpfiles")
    func directory() {
        let denial = FileAccessDenial(path: "/var/lib/kehoach", role: .directory, owner: "kehoach", group: "kehoach",
                                      mode: 0o755, user: "www-data", userInSharedGroup: true, writing: true,
                                      sharedGroup: "kehoach")
        #expect(denial.modeText == "0755")
        #expect(denial.message.hasPrefix("Người dùng www-data không tạo được tệp trong thư mục '/var/lib/kehoach' "
            + "(chủ sở hữu kehoach, nhóm kehoach, quyền 0755)"))
        #expect(denial.message.contains("chmod 2770 '/var/lib/kehoach'"))
        #expect(denial.message.contains("systemd-tmpfiles --create kehoach.conf"))
        var shared = denial
        shared.mode = 0o2770
        #expect(shared.modeText == "2770")
    }

    @Test("reading refused is said as reading; the error's code is KEHOACH_IO's")
    func readingAndCode() {
        var denial = webAppDatabase()
        denial.writing = false
        #expect(denial.message.contains("không đọc được tệp cơ sở dữ liệu"))
        #expect(KeHoachError.fileAccess(denial).code == .io)
    }
}

/// A directory under /tmp, setgid, group-owned by `gid`, mode 2770: the installed
/// `/var/lib/kehoach` in small.
private func sharedDirectory(gid: gid_t = 65534) throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    guard chown(dir.url.path, uid_t.max, gid) == 0, chmod(dir.url.path, 0o2770) == 0 else {
        throw KeHoachError.storage(code: errno, detail: "không đặt được quyền thư mục thử")
    }
    return dir
}

/// Runs `kehoach-store-writer PATH PREFIX 1` through `sh -c` with a umask, and optionally as
/// another user (`setpriv`): its exit status and standard error.
private func runWriter(_ path: String, umask mask: String, asUID uid: Int? = nil) throws -> (Int32, String) {
    let writer = try TwoProcessTests.writerExecutable().path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    var command = "umask \(mask) && exec "
    if let uid { command += "setpriv --reuid=\(uid) --regid=\(uid) --clear-groups " }
    process.arguments = ["-c", command + "\"$0\" \"$1\" p 1", writer, path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
}

@Suite("A store in a setgid directory is shared: 0660, the directory's group, whoever creates it")
struct SharedStoreFilesTests {
    static let isRoot = geteuid() == 0

    @Test("a new database in a setgid directory is 0660 with the directory's group even under umask 0077",
          .enabled(if: isRoot, "chown to another group needs root"))
    func createdShared() throws {
        let dir = try sharedDirectory()
        defer { dir.remove() }
        let (status, errors) = try runWriter(dir.path(), umask: "0077")
        #expect(status == 0, "\(errors)")
        let file = try #require(FileStatus(dir.path()))
        #expect(file.permissions == 0o660)
        #expect(file.gid == 65534)
    }

    @Test("-wal and -shm made while the store is open follow the database: 0660 and the directory's group",
          .enabled(if: isRoot, "chown to another group needs root"))
    func walAndShmFollow() throws {
        let dir = try sharedDirectory()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path())
        defer { store.close() }
        _ = try store.importPlan(smallPlan("01/KH-UBND"), actor: "test")
        for suffix in ["-wal", "-shm"] {
            let file = try #require(FileStatus(dir.path() + suffix), "\(suffix) exists while the store is open")
            #expect(file.permissions == 0o660, "\(suffix)")
            #expect(file.gid == 65534, "\(suffix)")
        }
    }

    @Test("a database an older kehoachd made 0640 with its own group is repaired by its owner's next writable open",
          .enabled(if: isRoot, "chown to another group needs root"))
    func repairedByOwner() throws {
        let dir = try sharedDirectory()
        defer { dir.remove() }
        try SQLiteStore(path: dir.path()).close()
        #expect(chmod(dir.path(), 0o640) == 0 && chown(dir.path(), uid_t.max, 0) == 0)
        try SQLiteStore(path: dir.path(), mode: .readWrite).close()
        let file = try #require(FileStatus(dir.path()))
        #expect(file.permissions == 0o660)
        #expect(file.gid == 65534)
    }

    @Test("outside a setgid directory the umask decides, as SQLite does (0644 under umask 0022)")
    func privateStoreKeepsUmask() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let (status, errors) = try runWriter(dir.path(), umask: "0022")
        #expect(status == 0, "\(errors)")
        #expect(try #require(FileStatus(dir.path())).permissions == 0o644)
    }

    @Test("another user who may read but not write the database is refused at open, naming file, owner, group and mode",
          .enabled(if: isRoot, "setpriv needs root"))
    func otherUserRefusedAtOpen() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        chmod(dir.url.path, 0o777)
        try SQLiteStore(path: dir.path()).close()  // root's, 0644
        let (status, errors) = try runWriter(dir.path(), umask: "0022", asUID: 65534)
        #expect(status == 1)
        #expect(errors.contains("Người dùng nobody không ghi được vào tệp cơ sở dữ liệu '\(dir.path())'"), "\(errors)")
        #expect(errors.contains("(chủ sở hữu root, nhóm root, quyền 0644)"), "\(errors)")
        #expect(errors.contains("chmod 0660"), "\(errors)")
        #expect(try rowCount(dir.path(), "plans") == 0, "nothing was written")
    }

    @Test("another user who may not create files in the directory is told which directory and its mode",
          .enabled(if: isRoot, "setpriv needs root"))
    func otherUserCannotCreate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        chmod(dir.url.path, 0o755)
        let (status, errors) = try runWriter(dir.path(), umask: "0022", asUID: 65534)
        #expect(status == 1)
        #expect(errors.contains("Người dùng nobody không tạo được tệp trong thư mục '\(dir.url.path)'"), "\(errors)")
        #expect(errors.contains("quyền 0755"), "\(errors)")
    }

    @Test("a directory that does not exist is said so, with its path")
    func missingDirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.url.appendingPathComponent("khong-co/kehoach.db").path
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            (error as? KeHoachError)?.message.contains("thư mục '\(dir.url.path)/khong-co' không tồn tại") ?? false
        }
    }
}
