import Foundation
import KeHoach
@testable import KeHoachStore
import Testing

@Suite("Two processes sharing one store file")
struct TwoProcessTests {
    /// The `kehoach-store-writer` executable built beside this test bundle.
    static func writerExecutable() throws -> URL {
        let name = "kehoach-store-writer"
        var directories: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        directories.append(argument0.deletingLastPathComponent())
        // macOS: .../debug/kehoachPackageTests.xctest/Contents/MacOS/kehoachPackageTests
        directories.append(argument0.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent())
        for directory in directories {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        // Last resort: the scratch directories of the package the tests run in.
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let scratch = (try? FileManager.default.contentsOfDirectory(atPath: cwd.path)) ?? []
        for folder in scratch where folder.hasPrefix(".build") {
            for config in ["debug", "release"] {
                let candidate = cwd.appendingPathComponent(folder).appendingPathComponent(config)
                    .appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw KeHoachError.notFound(what: "tệp chạy", key: name, suggestion: nil)
    }

    @Test("two processes importing into the same new file at once both succeed and every plan is stored")
    func concurrentWriters() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path()
        let writer = try Self.writerExecutable()
        let count = 40
        let processes = try ["A", "B"].map { prefix in
            let process = Process()
            process.executableURL = writer
            process.arguments = [path, prefix, String(count)]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        for (process, errors) in processes {
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let store = try SQLiteStore(path: path, mode: .readOnly)
        let numbers = Set(try store.plans().map(\.number))
        let expected = Set(["A", "B"].flatMap { prefix in (0..<count).map { "\(prefix)-\($0)/KH-UBND" } })
        #expect(numbers == expected)
        #expect(try store.auditTrail(planID: nil).count == 2 * count)
        #expect(try store.schemaVersion == SQLiteStore.supportedSchemaVersion)
    }
}
