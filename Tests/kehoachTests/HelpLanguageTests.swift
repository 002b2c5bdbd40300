import Foundation
import Testing

/// `--help` in Vietnamese (the default) or English, chosen by `--lang` or the locale, for every
/// command the root help lists, found by reading the help itself.
@Suite("kehoach --help: Vietnamese by default, English with --lang en or an English LANG")
struct HelpLanguageTests {
    /// The subcommand names listed under SUBCOMMANDS in a help text.
    static func subcommands(in help: String) -> [String] {
        guard let section = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[section.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.dropFirst(2).prefix { $0 != " " }
            return name.isEmpty || name == "See" ? nil : String(name)
        }
    }

    /// Every command path: ["import"], ["workdays", "add"], ...
    static func commandPaths() throws -> [[String]] {
        var paths: [[String]] = [[]]
        var queue: [[String]] = [[]]
        while let path = queue.popLast() {
            let help = try CLIRunner.run(path + ["--help"], environment: ["LANG": "C.UTF-8"]).stdout
            for name in subcommands(in: help) {
                paths.append(path + [name])
                queue.append(path + [name])
            }
        }
        return paths
    }

    /// The help text with quoted examples (plan numbers, unit names, period keys) removed: what
    /// is left of an English help is English.
    static func withoutExamples(_ help: String) -> String {
        help.replacing(/'[^']*'/, with: "").replacing(/"[^"]*"/, with: "").replacing("…", with: "")
    }

    @Test("the root help lists every command, workdays its three")
    func commandsAreFound() throws {
        let paths = try HelpLanguageTests.commandPaths()
        #expect(paths.count >= 25)
        for expected in [["import"], ["report"], ["tasks"], ["workdays", "add"], ["workdays", "next"]] {
            #expect(paths.contains(expected), "\(expected)")
        }
    }

    @Test("every command's help is English with --lang en, Vietnamese with --lang vi, and lists --lang")
    func everyCommandInBothLanguages() throws {
        for path in try HelpLanguageTests.commandPaths() {
            let english = try CLIRunner.run(path + ["--help", "--lang", "en"])
            let vietnamese = try CLIRunner.run(path + ["--help", "--lang", "vi"])
            #expect(english.status == 0 && vietnamese.status == 0, "\(path)")
            #expect(english.stdout.contains("--lang <lang>"), "\(path) lists --lang")
            #expect(!HelpLanguageTests.withoutExamples(english.stdout).unicodeScalars.contains { $0.value > 0x7F },
                    "\(path): English help has Vietnamese text:\n\(english.stdout)")
            #expect(vietnamese.stdout.unicodeScalars.contains { (0x00C0...0x1EF9).contains($0.value) },
                    "\(path): Vietnamese help has no Vietnamese letter:\n\(vietnamese.stdout)")
            #expect(!vietnamese.stdout.contains(" / "), "\(path): no side-by-side 'vi / en' text left")
        }
    }

    @Test("LANG=en_US.UTF-8 gives English, LC_ALL=vi_VN.UTF-8 overrides it, C.UTF-8 gives Vietnamese")
    func localeChoosesLanguage() throws {
        let english = try CLIRunner.run(["done", "--help"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(english.stdout.contains("OVERVIEW: Record that an occurrence was done."))
        let overridden = try CLIRunner.run(["done", "--help"], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"])
        #expect(overridden.stdout.contains("OVERVIEW: Ghi nhận"))
        let plain = try CLIRunner.run(["done", "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(plain.stdout == overridden.stdout)
        let flag = try CLIRunner.run(["--lang", "en", "done", "--help"], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(flag.stdout == english.stdout, "--lang before the command works too")
    }

    @Test("an unknown --lang is a usage error (exit 2) naming vi and en")
    func unknownLanguage() throws {
        let result = try CLIRunner.run(["plans", "--lang", "fr", "--db", "/nonexistent/k.db"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("vi") && result.stderr.contains("en") && result.stderr.contains("fr"))
    }
}
