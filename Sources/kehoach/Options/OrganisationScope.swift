import KeHoach
import KeHoachStore

/// The organisations a command's `--org` covers: the one it names and every organisation under
/// it (a province's code covers its communes), or every organisation when `--org` is absent.
struct OrganisationScope {
    /// The codes covered; nil: all.
    let codes: Set<String>?

    /// The scope of `reference` (a code or name, as ``PlanStore/organisation(code:)`` finds
    /// it) in `store`; an unknown organisation is an error with the closest code.
    init(_ reference: String?, in store: any ScheduleStore) throws(KeHoachError) {
        guard let reference else {
            codes = nil
            return
        }
        let covered = try store.organisationTree(reference)
        codes = covered
    }

    /// Whether the organisation `code` is in the scope.
    func contains(_ code: String) -> Bool { codes?.contains(code) ?? true }
}
