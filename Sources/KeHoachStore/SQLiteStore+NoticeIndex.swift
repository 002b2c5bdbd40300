import KeHoach

/// One occurrence a cycle reads because its window can make it due (``NoticeSelection/due(through:)``).
struct SelectedOccurrence {
    /// The occurrence.
    var occurrence: Occurrence
    /// Its revision in the index (``NoticeIndexEntry/revision``).
    var revision: Int64
    /// Whether it is done or waived.
    var closed: Bool
}

extension SQLiteStore {
    /// How many index entries a pass keeps before it writes them: a pass over a national store
    /// (``NoticeSelection/all``) then holds a few thousand entries, not a million.
    static let indexBatch = 4096

    /// Hands `body` the notice inputs `selection` asks for, plan by plan in id order, and writes
    /// the index entries it returns (``NoticeIndexEntry``; each only where the occurrence's
    /// revision is still the one read, ``writeNoticeIndex(_:)``), calling `afterBatch` after each
    /// batch of plans, outside any transaction.
    ///
    /// With ``NoticeSelection/all`` every plan is read as ``forEachNoticeInput(_:)`` reads it.
    /// With ``NoticeSelection/due(through:)`` only the plans with an occurrence due or changed
    /// are read (two index probes find them: none when nothing is due, whatever the store's
    /// size), each with only those occurrences (`occurrences_by_plan_notice`,
    /// `occurrences_unindexed`). Each batch of plans is its own snapshot.
    public func forEachNoticeInput(_ selection: NoticeSelection,
                                   _ body: (NoticeInput) throws(KeHoachError) -> [NoticeIndexEntry],
                                   afterBatch: () throws(KeHoachError) -> Void) throws(KeHoachError) {
        try expandPendingPlans()
        switch selection {
        case .all: try readAll(body, afterBatch: afterBatch)
        case let .due(through): try readDue(through: through, body, afterBatch: afterBatch)
        }
    }

    /// ``forEachNoticeInput(_:_:afterBatch:)`` with nothing to do between batches.
    public func forEachNoticeInput(_ selection: NoticeSelection,
                                   _ body: (NoticeInput) throws(KeHoachError) -> [NoticeIndexEntry]) throws(KeHoachError) {
        try forEachNoticeInput(selection, body, afterBatch: {})
    }

    private func readAll(_ body: (NoticeInput) throws(KeHoachError) -> [NoticeIndexEntry],
                         afterBatch: () throws(KeHoachError) -> Void) throws(KeHoachError) {
        var lastID: Int64 = 0
        var done = false
        while !done {
            var entries: [NoticeIndexEntry] = []
            try read { () throws(KeHoachError) in
                let reader = try NoticeInputReader(database)
                let plans = try database.prepare(NoticeInputSQL.plans(after: true))
                try plans.bind([lastID])
                done = true
                var count = 0
                while try plans.step() {
                    let input = try reader.input(plans)
                    lastID = input.planID
                    entries += try body(input)
                    count += 1
                    if entries.count >= SQLiteStore.indexBatch || count >= planBatch { done = false; break }
                }
            }
            if !entries.isEmpty { try writeNoticeIndex(entries) }
            try afterBatch()
        }
    }

    private func readDue(through: Instant, _ body: (NoticeInput) throws(KeHoachError) -> [NoticeIndexEntry],
                         afterBatch: () throws(KeHoachError) -> Void) throws(KeHoachError) {
        let planIDs = try read { () throws(KeHoachError) -> [Int64] in
            let plans = try database.prepare(NoticeIndexSQL.duePlans)
            try plans.bind([through.seconds])
            var ids: [Int64] = []
            while try plans.step() { ids.append(plans.integer(0)) }
            return ids
        }
        var start = 0
        while start < planIDs.count {
            let batch = planIDs[start..<min(start + planBatch, planIDs.count)]
            start = batch.endIndex
            var entries: [NoticeIndexEntry] = []
            try read { () throws(KeHoachError) in
                let reader = try NoticeInputReader(database)
                let plan = try database.prepare(NoticeInputSQL.plans(after: false))
                let due = try database.prepare(NoticeIndexSQL.due)
                for planID in batch {
                    try due.bind([planID, through.seconds])
                    var selected: [SelectedOccurrence] = []
                    while try due.step() {
                        selected.append(SelectedOccurrence(occurrence: try SQLiteStore.occurrence(due, from: 0),
                                                           revision: due.integer(11), closed: due.integer(12) != 0))
                    }
                    // Sorted here, not by the query: each half of it walks its own index.
                    selected.sort { ($0.occurrence.effectiveDue, $0.occurrence.id) < ($1.occurrence.effectiveDue, $1.occurrence.id) }
                    try plan.bind([planID])
                    guard !selected.isEmpty, try plan.step() else { continue }
                    entries += try body(try reader.input(plan, selected: selected))
                }
            }
            if !entries.isEmpty { try writeNoticeIndex(entries) }
            try afterBatch()
        }
    }

    /// Writes index entries in one transaction, each only where the occurrence's revision is
    /// still the one its entry was computed from: a completion, reopening or new date committed
    /// since then keeps the occurrence marked changed, and the next cycle reads it.
    func writeNoticeIndex(_ entries: [NoticeIndexEntry]) throws(KeHoachError) {
        try write { () throws(KeHoachError) in try updateIndex(entries) }
    }

    /// The updates of ``writeNoticeIndex(_:)``, inside the caller's write transaction.
    private func updateIndex(_ entries: [NoticeIndexEntry]) throws(KeHoachError) {
        let update = try database.prepare(NoticeIndexSQL.update)
        for entry in entries {
            try update.execute([entry.next.map { $0.seconds }, entry.revision, entry.occurrenceID])
        }
    }

    /// Records one cycle, or one batch of it, in one transaction: its notices in the outbox
    /// (``recordNotices(_:)``: each once), the index entries of the occurrences they are for, and
    /// when given kehoachd's state (the window's end, the index's fingerprint: the last batch). Either all of it is durable or none: a crash
    /// repeats the cycle, never loses a notice behind an entry written without it. Returns how
    /// many notices were new.
    public func recordCycle(notices: [Notice], index: [NoticeIndexEntry], state: DaemonState?) throws(KeHoachError) -> Int {
        try write { () throws(KeHoachError) -> Int in
            let inserted = try insertNotices(notices)
            try updateIndex(index)
            if let state { try replaceDaemonState(state) }
            return inserted
        }
    }

    /// The earliest stored next threshold after `now`, through `occurrences_by_notice`: when
    /// the daemon must look again at the latest. Entries of changed occurrences count too (they
    /// are read at the next cycle whatever their entry says).
    public func earliestNotice(after now: Instant) throws(KeHoachError) -> Instant? {
        try read { () throws(KeHoachError) -> Instant? in
            let statement = try database.prepare("SELECT min(notice_at) FROM occurrences WHERE notice_at > ?")
            try statement.bind([now.seconds])
            guard try statement.step() else { return nil }
            return statement.optionalInteger(0).map { Instant(seconds: $0) }
        }
    }

    /// How many open (neither done nor waived) occurrences are past their effective due date on
    /// `day`, counted by the database (`occurrences_by_due`), not read.
    public func overdueCount(on day: CivilDate) throws(KeHoachError) -> Int {
        try read { () throws(KeHoachError) -> Int in
            Int(try database.integer(NoticeIndexSQL.overdue, [Int64(day.dayNumber)]))
        }
    }
}

extension SQLiteStore {
    /// How many plans the store holds.
    public var planCount: Int {
        get throws(KeHoachError) {
            try read { () throws(KeHoachError) -> Int in Int(try database.integer("SELECT count(*) FROM plans")) }
        }
    }
}

/// The queries of the notice index (schema v10).
enum NoticeIndexSQL {
    /// The plans with an occurrence whose entry is due by parameter 1 (unix seconds) or that
    /// changed since it was indexed, in id order: two index probes.
    static let duePlans = """
        SELECT plan_id FROM occurrences WHERE notice_at IS NOT NULL AND notice_at <= ?1
        UNION
        SELECT plan_id FROM occurrences WHERE notice_seen IS NOT notice_rev
        """

    /// One plan's (parameter 1) occurrences whose entry is due by parameter 2 or that changed
    /// since they were indexed, each once, in no order: the eleven columns of
    /// ``SQLiteStore/occurrenceColumns(_:)``, the revision, and 1 when closed.
    static let due = """
        SELECT o.id, o.task_ref, o.label, o.source, o.written_due, o.effective_due,
               o.period_from, o.period_to, o.window_from, o.window_to, o.not_before, o.notice_rev,
               EXISTS (SELECT 1 FROM completions c WHERE c.occurrence_id = o.id)
        FROM occurrences o WHERE o.plan_id = ?1 AND o.notice_at IS NOT NULL AND o.notice_at <= ?2
        UNION ALL
        SELECT o.id, o.task_ref, o.label, o.source, o.written_due, o.effective_due,
               o.period_from, o.period_to, o.window_from, o.window_to, o.not_before, o.notice_rev,
               EXISTS (SELECT 1 FROM completions c WHERE c.occurrence_id = o.id)
        FROM occurrences o WHERE o.plan_id = ?1 AND o.notice_seen IS NOT o.notice_rev AND (o.notice_at IS NULL OR o.notice_at > ?2)
        """

    /// One entry: parameters next threshold (or NULL), revision read, occurrence id.
    static let update = "UPDATE occurrences SET notice_at = ?1, notice_seen = ?2 WHERE id = ?3 AND notice_rev = ?2"

    /// The open occurrences due before day parameter 1.
    static let overdue = """
        SELECT count(*) FROM occurrences o
        WHERE o.effective_due < ?1 AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.occurrence_id = o.id)
        """
}
