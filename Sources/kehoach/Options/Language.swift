import ArgumentParser
import Foundation

/// The language of the CLI's help: Vietnamese for the commune official, English for the
/// provincial IT engineer or a vendor's developer.
///
/// Help text is built while argument-parser reads the command line, so the language has to be
/// known before parsing: it is read once from the raw arguments (`--lang en`, `--lang=en`) and
/// the locale variables, in that order. What commands print (tables, reports, error messages
/// for officials) stays Vietnamese whatever the language: they are the plan's own words.
enum Language: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Tiếng Việt, the default.
    case vi
    /// English.
    case en

    /// The language of this process, from its arguments and environment.
    static let current = resolve(arguments: Array(CommandLine.arguments.dropFirst()),
                                 environment: ProcessInfo.processInfo.environment)

    /// The language chosen by `--lang` among `arguments` (before any `--`), else by the first
    /// set one of `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order), else Vietnamese. A locale
    /// counts when it names the language (`en_US.UTF-8`, `vi_VN`); `C`, `POSIX` and locales of
    /// other languages leave Vietnamese, the language of the plans.
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                if let language = Language(locale: arguments[index + 1]) { return language }
            } else if argument.hasPrefix("--lang="), let language = Language(locale: String(argument.dropFirst(7))) {
                return language
            }
            index += 1
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return Language(locale: value) ?? .vi
        }
        return .vi
    }

    /// The language a locale name or `--lang` value names: `vi`, `en`, `en_US.UTF-8`, `vi-VN`.
    init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        self.init(rawValue: code)
    }

    /// Accepts `en_US.UTF-8` as well as `en` for `--lang`.
    init?(argument: String) {
        self.init(locale: argument)
    }

    /// The text in this language.
    func text(_ vietnamese: String, en english: String) -> String {
        self == .en ? english : vietnamese
    }

    /// The text in the current language.
    static func text(_ vietnamese: String, en english: String) -> String {
        current.text(vietnamese, en: english)
    }
}

extension ArgumentHelp {
    /// Help for an argument, in the current ``Language``.
    static func vi(_ vietnamese: String, en english: String) -> ArgumentHelp {
        ArgumentHelp(Language.text(vietnamese, en: english))
    }
}

/// `--lang vi|en`: the language of `--help`. Declared so every command lists and validates it;
/// its value was already applied by ``Language/current`` before parsing began.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: .vi("Ngôn ngữ của phần trợ giúp: vi hoặc en (mặc định theo LANG).",
                                   en: "Language of the help: vi or en (default from LANG)."))
    var lang: Language?
}
