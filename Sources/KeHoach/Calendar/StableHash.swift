/// A 64-bit FNV-1a hash: the same value for the same bytes in every process, on every machine
/// and with every Swift release, unlike `Hasher` and `hashValue`, which are seeded afresh in each
/// process. For fingerprints that are stored and compared later (``WorkingCalendar/fingerprint``),
/// never for security.
///
/// Integers are fed as 8 little-endian bytes and strings as their UTF-8 length then bytes, so
/// two different sequences of values never feed the same bytes.
struct StableHash {
    /// FNV-1a's 64-bit offset basis.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// FNV-1a's 64-bit prime.
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of everything fed so far.
    private(set) var value = StableHash.offsetBasis

    /// A hash of nothing yet.
    init() {}

    /// Feeds raw bytes.
    mutating func combine(bytes: some Sequence<UInt8>) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* StableHash.prime }
    }

    /// Feeds an integer as 8 little-endian bytes.
    mutating func combine(_ n: Int) {
        var bits = UInt64(bitPattern: Int64(n))
        for _ in 0..<8 {
            value = (value ^ (bits & 0xff)) &* StableHash.prime
            bits >>= 8
        }
    }

    /// Feeds a string: its UTF-8 length, then its UTF-8 bytes.
    mutating func combine(_ text: String) {
        combine(text.utf8.count)
        combine(bytes: text.utf8)
    }

    /// The hash as 16 lowercase hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
