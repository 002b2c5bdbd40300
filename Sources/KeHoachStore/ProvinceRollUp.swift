import KeHoach

/// The province's view across its communes for one period: per organisation and per index
/// dimension, the four cells that national task reports use (done on time, done late, not done
/// and still in time, not done and overdue), how long the overdue ones have waited, and the
/// communes ranked.
///
/// Counted over the occurrences due in the period (by effective due date), judged on `asOf`:
/// waived occurrences are counted apart and rated nowhere. Built from the store through the
/// ``ScheduleStore`` protocol only, so the CLI, the C API and any backend share one rule.
public struct ProvinceRollUp: Hashable, Sendable, Codable {
    /// The four cells, the waived ones, and the overdue ages of one row.
    public struct Cells: Hashable, Sendable, Codable {
        /// Done on or before the effective due date ("hoàn thành đúng hạn").
        public var doneOnTime = 0
        /// Done after it ("hoàn thành quá hạn").
        public var doneLate = 0
        /// Not done, due date not passed ("chưa hoàn thành, còn hạn").
        public var openInTime = 0
        /// Not done, due date passed ("chưa hoàn thành, quá hạn").
        public var openOverdue = 0
        /// Waived: counted apart.
        public var waived = 0
        /// Overdue by more than 30 calendar days on the day judged (includes the longer ones).
        public var overdueOver30 = 0
        /// Overdue by more than 90 calendar days.
        public var overdueOver90 = 0
        /// Overdue by more than 120 calendar days.
        public var overdueOver120 = 0

        /// A row with nothing counted.
        public init() {}

        /// Done on time over everything that is due or done (done on time, done late, overdue):
        /// the share by which communes are ranked; nil when nothing is due yet.
        public var onTimeRate: Double? {
            let judged = doneOnTime + doneLate + openOverdue
            return judged == 0 ? nil : Double(doneOnTime) / Double(judged)
        }

        /// The cells of two rows added up (a province's dimension over its communes).
        public static func + (a: Cells, b: Cells) -> Cells {
            var c = a
            c.doneOnTime += b.doneOnTime
            c.doneLate += b.doneLate
            c.openInTime += b.openInTime
            c.openOverdue += b.openOverdue
            c.waived += b.waived
            c.overdueOver30 += b.overdueOver30
            c.overdueOver90 += b.overdueOver90
            c.overdueOver120 += b.overdueOver120
            return c
        }

        /// Every occurrence counted, waived ones included.
        public var total: Int { doneOnTime + doneLate + openInTime + openOverdue + waived }

        /// Counts one occurrence record judged on `asOf`.
        mutating func add(_ record: OccurrenceRecord, asOf: CivilDate) {
            switch record.state {
            case .done: doneOnTime += 1
            case .doneLate: doneLate += 1
            case .open: openInTime += 1
            case .waived: waived += 1
            case .overdue:
                openOverdue += 1
                let days = asOf.dayNumber - record.occurrence.effectiveDue.dayNumber
                if days > 30 { overdueOver30 += 1 }
                if days > 90 { overdueOver90 += 1 }
                if days > 120 { overdueOver120 += 1 }
            }
        }
    }

    /// One commune (or ward, department) of the roll-up.
    public struct OrganisationRow: Hashable, Sendable, Codable {
        /// Its code.
        public var code: String
        /// Its name.
        public var name: String
        /// Its place by ``Cells/onTimeRate`` (1 = best; ties share a rank; nil: nothing due yet).
        public var rank: Int?
        /// All its plans' occurrences in the period.
        public var cells: Cells
        /// The same, per dimension key of ``ProvinceRollUp/dimensions``.
        public var byDimension: [String: Cells]
    }

    /// A dimension as the roll-up groups it: the catalog code ("PAPI.3") when the plans map
    /// their heading to one, else the heading itself, so that communes' plans line up.
    public struct DimensionColumn: Hashable, Sendable, Codable {
        /// The grouping key: a catalog code or a folded heading.
        public var key: String
        /// What the reader sees.
        public var title: String
    }

    /// The code of the organisation the roll-up is of (a province).
    public var organisation: String
    /// Its name.
    public var organisationName: String
    /// The period's first day.
    public var from: CivilDate
    /// The period's last day.
    public var to: CivilDate
    /// The day states are judged on.
    public var asOf: CivilDate
    /// The organisations under it that have plans, ranked.
    public var rows: [OrganisationRow]
    /// The dimensions met, in catalog then title order.
    public var dimensions: [DimensionColumn]
    /// The whole province.
    public var total: Cells
}

extension ProvinceRollUp {
    /// The roll-up of the organisation `code` and every organisation under it, for occurrences
    /// due from `from` to `to`, judged on `asOf`.
    public static func build(store: any ScheduleStore, organisation code: String, from: CivilDate, to: CivilDate,
                             asOf: CivilDate) throws(KeHoachError) -> ProvinceRollUp {
        let root = try store.organisation(code: code)
        let records = try store.occurrences(OccurrenceQuery(dueFrom: from, dueTo: to, asOf: asOf, organisation: root.code))
        var headings: [Int64: [String: Dimension]] = [:]
        for planID in Set(records.map(\.planID)) {
            headings[planID] = Dictionary(try store.plan(id: planID).dimensions.map { ($0.key, $0) },
                                          uniquingKeysWith: { first, _ in first })
        }
        return assemble(root: root, records: records, headings: headings, from: from, to: to, asOf: asOf)
    }

    /// The pure part of ``build(store:organisation:from:to:asOf:)``: records and each plan's
    /// dimensions in, the ranked roll-up out.
    static func assemble(root: Organisation, records: [OccurrenceRecord], headings: [Int64: [String: Dimension]],
                         from: CivilDate, to: CivilDate, asOf: CivilDate) -> ProvinceRollUp {
        var rows: [String: OrganisationRow] = [:]
        var columns: [String: DimensionColumn] = [:]
        var total = Cells()
        for record in records {
            var row = rows[record.organisationCode]
                ?? OrganisationRow(code: record.organisationCode, name: record.organisationName, rank: nil, cells: Cells(), byDimension: [:])
            row.cells.add(record, asOf: asOf)
            total.add(record, asOf: asOf)
            let heading = record.dimension.flatMap { headings[record.planID]?[$0] }
            let column = heading.map { d in
                DimensionColumn(key: d.catalog ?? VietnameseText.key(d.title), title: d.catalog.map { "\($0) — \(d.title)" } ?? d.title)
            } ?? DimensionColumn(key: "", title: "(không thuộc nội dung nào)")
            if columns[column.key] == nil { columns[column.key] = column }
            row.byDimension[column.key, default: Cells()].add(record, asOf: asOf)
            rows[record.organisationCode] = row
        }
        var ranked = rows.values.sorted { a, b in
            switch (a.cells.onTimeRate, b.cells.onTimeRate) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.cells.openOverdue, a.code) < (b.cells.openOverdue, b.code)
            }
        }
        var previous: (rate: Double, rank: Int)?
        for index in ranked.indices {
            guard let rate = ranked[index].cells.onTimeRate else { continue }
            let rank = previous.map { $0.rate == rate ? $0.rank : index + 1 } ?? index + 1
            ranked[index].rank = rank
            previous = (rate, rank)
        }
        // Catalog codes and headings in order, tasks under no dimension last.
        let dimensions = columns.values.sorted { a, b in a.key.isEmpty != b.key.isEmpty ? !a.key.isEmpty : a.key < b.key }
        return ProvinceRollUp(organisation: root.code, organisationName: root.name, from: from, to: to, asOf: asOf,
                              rows: ranked, dimensions: dimensions, total: total)
    }
}
