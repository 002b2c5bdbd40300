/// The version of kehoach: the library, the daemon and the CLI share it.
///
/// `number` follows `kehoach_libversion_number()`: major * 1_000_000 + minor * 1_000 + patch.
public enum KeHoachVersion {
    /// Major version; a change here breaks the C ABI.
    public static let major = 0
    /// Minor version: additions.
    public static let minor = 3
    /// Patch version: fixes.
    public static let patch = 0

    /// "0.3.0".
    public static var string: String { "\(major).\(minor).\(patch)" }

    /// 1002003 for 1.2.3.
    public static var number: Int { major * 1_000_000 + minor * 1_000 + patch }
}
