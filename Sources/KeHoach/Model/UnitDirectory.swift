/// Resolves what people type or plans print ("VP UBND xã", "tu phap") to a plan's units.
///
/// Matching is accent-, case-, spacing- and punctuation-insensitive (``VietnameseText/key(_:)``).
/// A name that matches nothing gets the closest known name as a suggestion, never a silent guess.
public struct UnitDirectory: Sendable {
    /// The units, in the order given.
    public let units: [Unit]
    private let byKey: [String: Int]

    /// A directory over `units`. When two units share a spelling, the first one listed wins.
    public init(_ units: [Unit]) {
        self.units = units
        var byKey: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            for name in [unit.id] + unit.allNames {
                let key = VietnameseText.key(name)
                if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
            }
        }
        self.byKey = byKey
    }

    /// The unit whose id, name or alias matches `reference`, or nil.
    public func resolve(_ reference: String) -> Unit? {
        byKey[VietnameseText.key(reference)].map { units[$0] }
    }

    /// The name to show for a unit reference: the unit's name, or the reference itself when the
    /// directory does not know it (a plan's text is shown, never dropped).
    public func name(of reference: String) -> String {
        resolve(reference)?.name ?? reference
    }

    /// The unit's name closest to `reference` by edit distance on folded keys, or nil when
    /// nothing is reasonably close. Used in "có phải '...'?" suggestions.
    public func suggestion(for reference: String) -> String? {
        let key = VietnameseText.key(reference)
        guard !key.isEmpty else { return nil }
        var best: (name: String, score: Double)?
        for unit in units {
            for name in unit.allNames {
                let candidate = VietnameseText.key(name)
                let score = TextSimilarity.score(key, candidate)
                if score > (best?.score ?? 0) { best = (unit.name, score) }
            }
        }
        guard let best, best.score >= 0.5 else { return nil }
        return best.name
    }
}
