import Foundation
import KeHoach

/// The spelling of a word of a unit name with its diacritics, for matching names exactly where
/// the text has them: "ban" (boards) and "bản" (villages) differ, "hoá" and "hóa" (the tone mark
/// placed on either vowel, old and new style) do not, nor do case and NFD/NFC.
enum UnitSpelling {
    /// The word lowercased, decomposed, with its tone mark moved to the end: vowel marks
    /// (circumflex, breve, horn) and "đ" stay where they are, so "ô" and "ơ" still differ.
    static func exact(_ word: some StringProtocol) -> String {
        var letters = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for scalar in String(word).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar.value) { tone = scalar } else { letters.append(scalar) }
        }
        if let tone { letters.append(tone) }
        return String(letters)
    }

    /// True when `text` holds a letter with a diacritic (anything beyond ASCII letters): its
    /// author typed Vietnamese, so its words are matched as spelled.
    static func hasDiacritics(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 && ($0.properties.isAlphabetic || (0x0300...0x036F).contains($0.value)) }
    }

    /// Grave, acute, tilde, hook above, dot below: the five Vietnamese tones.
    private static let toneMarks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323]
}
