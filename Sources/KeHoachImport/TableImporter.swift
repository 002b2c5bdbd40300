import KeHoach

/// Reads a plan's task table (rows of cells from a TSV/CSV file or a .docx table) into tasks,
/// dimensions and units, and reports what it did.
///
/// Rows before the header are skipped; the header is recognised by meaning
/// (``TableColumn``); repeated header rows (a table continued on a new page) are dropped and the
/// row after one is merged into the task above when it continues it; section rows ("I | Nội
/// dung “…”") set the dimension of the rows below; empty dimension, component, task or deadline
/// cells (vertically merged in Word) take the value above. A malformed table is refused with
/// its line and nothing is returned.
public struct TableImporter: Sendable {
    /// How to read the table.
    public struct Options: Sendable {
        /// A name for the source in messages (the file name).
        public var source: String
        /// The plan's year, for reading deadline cells.
        public var planYear: Int
        /// The plan's date, for reading deadline cells.
        public var issuedOn: CivilDate?
        /// The known units (a plan's, a units file's, or ``StarterUnits/all``).
        public var units: [Unit]

        public init(source: String, planYear: Int, issuedOn: CivilDate? = nil, units: [Unit] = StarterUnits.all) {
            self.source = source
            self.planYear = planYear
            self.issuedOn = issuedOn
            self.units = units
        }
    }

    /// What a table holds.
    public struct Result: Sendable {
        /// The tasks, in table order.
        public var tasks: [PlanTask]
        /// The dimensions the section rows or the dimension column named.
        public var dimensions: [Dimension]
        /// The units the tasks refer to: known ones first (in directory order), then proposed ones.
        public var units: [Unit]
        /// The report.
        public var report: ImportReport
    }

    public let options: Options

    public init(options: Options) { self.options = options }

    /// Reads `rows`; `progress` is called with (rows done, rows in all).
    public func read(_ rows: [TableRow], encoding: String = "UTF-8",
                     progress: ((Int, Int) -> Void)? = nil) throws(KeHoachError) -> Result {
        var report = ImportReport(source: options.source)
        report.encoding = encoding
        report.rowsRead = rows.count
        guard let headerAt = rows.prefix(40).firstIndex(where: { TableLayout(header: $0) != nil }) else {
            let first = rows.first
            throw .invalidLine(file: options.source, line: first?.line ?? 1,
                               value: first.map { TableImporter.preview($0.cells.joined(separator: " | ")) } ?? "",
                               expected: "dòng tiêu đề bảng có các cột như 'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành'")
        }
        let header = rows[headerAt]
        let layout = TableLayout(header: header)!
        for required in [TableColumn.task, .deadline] where layout.index[required] == nil {
            throw .invalidLine(file: options.source, line: header.line,
                               value: TableImporter.preview(header.cells.joined(separator: " | ")),
                               expected: required == .task ? "cột nhiệm vụ ('Nhiệm vụ' hoặc 'Nhiệm vụ cụ thể')"
                                   : "cột thời hạn ('Thời gian hoàn thành' hoặc 'Thời gian thực hiện')")
        }
        for row in rows[..<headerAt] { report.skipped.append(.init(line: row.line, reason: "trước dòng tiêu đề bảng")) }
        report.skipped.append(.init(line: header.line, reason: "dòng tiêu đề bảng"))

        var state = TableState(layout: layout, source: options.source)
        for (offset, row) in rows[(headerAt + 1)...].enumerated() {
            try state.take(row, report: &report)
            progress?(headerAt + 2 + offset, rows.count)
        }
        return finish(state, report: report)
    }

    private func finish(_ state: TableState, report: ImportReport) -> Result {
        var report = report
        var resolver = UnitResolver(units: options.units)
        var used = Set<String>()
        var tasks: [PlanTask] = []
        for draft in state.drafts {
            func units(_ column: TableColumn) -> [String] {
                guard let cell = draft.cells[column], !cell.isEmpty else { return [] }
                let resolution = resolver.resolve(cell.text)
                for id in resolution.ids { used.insert(id) }
                return resolution.ids
            }
            let deadline = draft.cells[.deadline]?.text ?? ""
            var notes = draft.notes
            if let note = draft.cells[.note], !note.isEmpty { notes.insert(note.text, at: 0) }
            let target = draft.cells[.target].flatMap { $0.isEmpty ? nil : $0.text }
            let task = PlanTask(ref: draft.ref, dimension: draft.dimension, component: draft.component,
                                description: draft.description, target: target,
                                outputs: draft.cells[.output]?.items ?? [], lead: units(.lead),
                                coordinating: units(.coordinating), implementing: units(.implementing),
                                deadline: deadline, note: notes.isEmpty ? nil : notes.joined(separator: " "))
            let spec = DeadlineParser.parse(deadline, planYear: options.planYear, issuedOn: options.issuedOn)
            if !spec.diagnostics.isEmpty || spec.unspecified {
                let reason = spec.diagnostics.isEmpty ? "không ghi thời hạn cụ thể" : spec.diagnostics.joined(separator: "; ")
                report.deadlinesFlagged.append(.init(ref: task.ref, line: draft.line, text: deadline, reason: reason))
            } else {
                report.deadlinesUnderstood += 1
            }
            tasks.append(task)
        }
        let proposedIDs = Set(resolver.proposed.map(\.id))
        let known = resolver.units.filter { used.contains($0.id) && !proposedIDs.contains($0.id) }
        report.unitsMatched = known.map(\.id)
        report.newUnits = resolver.proposed
        report.tasksCreated = tasks.count
        let dimensions = state.dimensions.map { dimension in
            var dimension = dimension
            dimension.catalog = IndexCatalog.papi.match(heading: dimension.title)?.code
            return dimension
        }
        return Result(tasks: tasks, dimensions: dimensions, units: known + resolver.proposed, report: report)
    }

    static func preview(_ text: String) -> String {
        let flat = CellText(raw: text).paragraphs.joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(80)) + "…" : flat
    }
}
