import Testing
@testable import kehoach

@Suite("Language: --lang, then LC_ALL, LC_MESSAGES, LANG, else Vietnamese")
struct LanguageTests {
    @Test("--lang wins over the locale, in either spelling, anywhere before '--'")
    func optionWins() {
        #expect(Language.resolve(arguments: ["plans", "--lang", "en"], environment: ["LANG": "vi_VN.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: ["--lang=vi", "plans"], environment: ["LC_ALL": "en_US.UTF-8"]) == .vi)
        #expect(Language.resolve(arguments: ["deadline", "--", "--lang", "en"], environment: [:]) == .vi)
    }

    @Test("the locale variables in POSIX order: LC_ALL over LC_MESSAGES over LANG")
    func localeOrder() {
        #expect(Language.resolve(arguments: [], environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: [], environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.resolve(arguments: [], environment: ["LC_MESSAGES": "vi_VN", "LC_ALL": "en_GB.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: [], environment: ["LC_ALL": "", "LANG": "en_US.UTF-8"]) == .en)
    }

    @Test("C, POSIX, another language or nothing at all is Vietnamese, the plans' language")
    func defaultIsVietnamese() {
        for lang in ["C.UTF-8", "C", "POSIX", "fr_FR.UTF-8"] {
            #expect(Language.resolve(arguments: [], environment: ["LANG": lang]) == .vi, "\(lang)")
        }
        #expect(Language.resolve(arguments: [], environment: [:]) == .vi)
        #expect(Language.resolve(arguments: ["--lang", "fr"], environment: ["LANG": "en_US.UTF-8"]) == .en,
                "an unknown --lang is left to the parser to refuse; the help of the refusal follows LANG")
    }

    @Test("--lang takes a language code or a locale name")
    func argumentForms() {
        #expect(Language(argument: "en") == .en)
        #expect(Language(argument: "vi_VN.UTF-8") == .vi)
        #expect(Language(argument: "EN") == .en)
        #expect(Language(argument: "de") == nil)
    }
}
