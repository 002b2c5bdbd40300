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
        /// The plan's year, for reading deadline cells; 0 when not known yet (a table file whose
        /// lines above the header may state it).
        public var planYear: Int
        /// The plan's date, for reading deadline cells.
        public var issuedOn: CivilDate?
        /// The known units (a plan's, a units file's, or ``StarterUnits/all``).
        public var units: [Unit]
        /// The columns mapped by hand (`--columns`): each column's 0-based cell index. Columns
        /// not named are recognised from the header row as usual.
        public var columns: [TableColumn: Int]?
        /// The lead unit (a name, alias or id) of every task of a table without a lead column
        /// (`--lead`).
        public var lead: String?

        public init(source: String, planYear: Int, issuedOn: CivilDate? = nil, units: [Unit] = StarterUnits.all,
                    columns: [TableColumn: Int]? = nil, lead: String? = nil) {
            self.source = source
            self.planYear = planYear
            self.issuedOn = issuedOn
            self.units = units
            self.columns = columns
            self.lead = lead
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
        /// The text of the rows before the header ("PHỤ LỤC", "(Kèm theo Kế hoạch số ...)", a
        /// title line), one paragraph a row: where a table file states its plan.
        public var preamble: [String] = []
        /// True when the table has no lead column and no `--lead` was given: the tasks' leads are
        /// empty, for the plan's focal unit to fill (``PlanAssembler``).
        public var leadColumnMissing = false
    }

    public let options: Options

    public init(options: Options) { self.options = options }

    /// Reads `rows`; `progress` is called with (rows done, rows in all).
    public func read(_ rows: [TableRow], encoding: String = "UTF-8",
                     progress: ((Int, Int) -> Void)? = nil) throws(KeHoachError) -> Result {
        var report = ImportReport(source: options.source)
        report.encoding = encoding
        report.rowsRead = rows.count
        let found = rows.prefix(40).firstIndex(where: { TableLayout(header: $0) != nil })
        var layout: TableLayout
        var dataFrom: Int
        if let manual = options.columns {
            // Columns by hand: recognised ones fill what the mapping leaves out.
            var index = found.flatMap { TableLayout(header: rows[$0])?.index } ?? [:]
            for (column, position) in manual {
                for (other, at) in index where at == position { index[other] = nil }
                index[column] = position
            }
            let width = max(found.map { rows[$0].cells.count } ?? 0, (manual.values.max() ?? 0) + 1)
            layout = TableLayout(index: index, width: width, line: found.map { rows[$0].line } ?? 0)
            dataFrom = found.map { $0 + 1 } ?? 0
        } else {
            guard let found else {
                let first = rows.first
                throw .invalidLine(file: options.source, line: first?.line ?? 1,
                                   value: first.map { TableImporter.preview($0.cells.joined(separator: " | ")) } ?? "",
                                   expected: "dòng tiêu đề bảng có các cột như 'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành' (hoặc chỉ rõ cột bằng --columns)")
            }
            layout = TableLayout(header: rows[found])!
            dataFrom = found + 1
        }
        let headerAt = found.flatMap { $0 < dataFrom ? $0 : nil }
        var secondHeader: TableRow?
        if options.columns == nil, dataFrom < rows.count, let completed = layout.completed(by: rows[dataFrom]) {
            layout = completed
            secondHeader = rows[dataFrom]
            dataFrom += 1
        }
        layout = layout.leadFromImplementing()
        let header = headerAt.map { rows[$0] }
        for required in [TableColumn.task, .deadline] where layout.index[required] == nil {
            throw .invalidLine(file: options.source, line: header?.line ?? 1,
                               value: TableImporter.preview(header?.cells.joined(separator: " | ") ?? ""),
                               expected: (required == .task ? "cột nhiệm vụ ('Nhiệm vụ', 'Nội dung', 'Nội dung công việc')"
                                   : "cột thời hạn ('Thời gian hoàn thành', 'Thời hạn', 'Tiến độ', 'Ngày chậm nhất phải hoàn thành')")
                                   + "; hoặc chỉ rõ cột bằng --columns, vd. --columns 'task=2,lead=3,deadline=5'")
        }
        let preambleRows = rows[..<(headerAt ?? 0)]
        let preamble = preambleRows.map { $0.cells.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        if options.issuedOn == nil, let date = PlanHeader(preamble: preamble).issuedOn {
            // "(Kèm theo Kế hoạch số 01/KH-UBND ngày 02/01/2025 ...)": the plan's date and year.
            var dated = options
            dated.issuedOn = date
            dated.planYear = date.year
            return try TableImporter(options: dated).read(rows, encoding: encoding, progress: progress)
        }
        for row in preambleRows { report.skipped.append(.init(line: row.line, reason: "trước dòng tiêu đề bảng")) }
        if let header { report.skipped.append(.init(line: header.line, reason: "dòng tiêu đề bảng")) }
        if let secondHeader { report.skipped.append(.init(line: secondHeader.line, reason: "dòng tiêu đề bảng (dòng thứ hai)")) }

        var state = TableState(layout: layout, source: options.source)
        for (offset, row) in rows[dataFrom...].enumerated() {
            try state.take(row, report: &report)
            progress?(dataFrom + 1 + offset, rows.count)
        }
        var result = finish(state, report: report)
        result.preamble = preamble
        return result
    }

    private func finish(_ state: TableState, report: ImportReport) -> Result {
        var report = report
        var resolver = UnitResolver(units: options.units)
        var used = Set<String>()
        var tasks: [PlanTask] = []
        let noLeadColumn = state.layout.index[.lead] == nil
        var assigned: [String] = []
        if noLeadColumn, let lead = options.lead {
            assigned = resolver.resolve(lead).ids
            for id in assigned { used.insert(id) }
        }
        for draft in state.drafts {
            func units(_ column: TableColumn) -> [String] {
                if column == .lead, noLeadColumn { return assigned }
                guard let cell = draft.cells[column], !cell.isEmpty else { return [] }
                let resolution = resolver.resolve(cell.text)
                for id in resolution.ids { used.insert(id) }
                for words in resolution.ignored {
                    report.unitWordsIgnored.append(.init(line: draft.line, reason: "'\(words)' trong ô đơn vị không phải tên đơn vị; giữ trong văn bản, không tạo đơn vị"))
                }
                return resolution.ids
            }
            let deadline = draft.cells[.deadline]?.text ?? ""
            var notes = draft.notes
            if let note = draft.cells[.note], !note.isEmpty { notes.insert(note.text, at: 0) }
            if noLeadColumn, !assigned.isEmpty { notes.append(TableImporter.leadByOptionNote) }
            let target = draft.cells[.target].flatMap { $0.isEmpty ? nil : $0.text }
            let task = PlanTask(ref: draft.ref, dimension: draft.dimension, component: draft.component,
                                description: draft.description, target: target,
                                outputs: draft.cells[.output]?.items ?? [], lead: units(.lead),
                                coordinating: units(.coordinating), implementing: units(.implementing),
                                deadline: deadline, note: notes.isEmpty ? nil : notes.joined(separator: " "))
            let spec = DeadlineParser.parse(deadline, planYear: options.planYear, issuedOn: options.issuedOn)
            if options.planYear == 0 {
                // No year from options or the file: the cells cannot be dated yet (the plan is
                // refused for its missing year); none is counted as understood.
            } else if !spec.diagnostics.isEmpty || spec.unspecified {
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
        if options.planYear == 0 {
            report.yearNote = "Chưa biết năm kế hoạch (tệp không ghi, không có --year hay --date): chưa đọc thời hạn nào"
        }
        if noLeadColumn {
            report.leadNote = assigned.isEmpty
                ? "Bảng không có cột đơn vị chủ trì: chủ trì lấy theo đơn vị đầu mối của kế hoạch (nếu có); dùng --lead để chỉ định"
                : "Bảng không có cột đơn vị chủ trì: giao chủ trì \(tasks.count) nhiệm vụ cho '\(options.lead ?? "")' (--lead)"
        }
        var result = Result(tasks: tasks, dimensions: dimensions, units: known + resolver.proposed, report: report)
        result.leadColumnMissing = noLeadColumn && assigned.isEmpty
        return result
    }

    /// The note of a task whose lead came from `--lead`.
    static let leadByOptionNote = "Bảng không có cột chủ trì: đơn vị chủ trì theo --lead."

    static func preview(_ text: String) -> String {
        let flat = CellText(raw: text).paragraphs.joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(80)) + "…" : flat
    }
}
