/// The years kehoach computes with, and the check every recorded date goes through.
///
/// The deadline language reads years 1900-2100 only, the working calendar keeps its table for
/// those years, and plan JSON refuses a plan year outside them. A completion, waiver, event or
/// query date outside them is a typing mistake ("0025-07-05", "20255-07-05"), never a real
/// record: the C API, the CLI and the store refuse it the same way instead of storing it.
extension CivilDate {
    /// The years a recorded or queried date may fall in (1900-2100).
    public static let supportedYears = 1900...2100

    /// Whether the date falls in ``supportedYears``.
    public var isSupported: Bool { CivilDate.supportedYears.contains(year) }

    /// The date itself when it is in ``supportedYears``, else the error that names `field`.
    public func supported(field: String) throws(KeHoachError) -> CivilDate {
        guard isSupported else {
            throw .invalidValue(field: field, value: iso, expected: "một ngày trong các năm 1900-2100", row: nil)
        }
        return self
    }
}
