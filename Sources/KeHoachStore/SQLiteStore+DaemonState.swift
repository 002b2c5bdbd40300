import KeHoach

extension SQLiteStore {
    /// kehoachd's state as stored in this database (``DaemonState``; empty before its first
    /// cycle here).
    public var daemonState: DaemonState {
        get throws(KeHoachError) {
            try read { () throws(KeHoachError) -> DaemonState in
                let statement = try database.prepare("SELECT key, value FROM daemon_state")
                var pairs: [(key: String, value: String)] = []
                while try statement.step() { pairs.append((statement.text(0), statement.text(1))) }
                return DaemonState(pairs: pairs)
            }
        }
    }

    /// Replaces kehoachd's stored state with `state`, in one durable transaction (a key `state`
    /// leaves out is removed). Like the outbox it is the daemon's own record: no audit entry.
    public func saveDaemonState(_ state: DaemonState) throws(KeHoachError) {
        try write { () throws(KeHoachError) in try replaceDaemonState(state) }
    }

    /// The writes of ``saveDaemonState(_:)``, inside the caller's write transaction.
    func replaceDaemonState(_ state: DaemonState) throws(KeHoachError) {
        try database.run("DELETE FROM daemon_state")
        let insert = try database.prepare("INSERT INTO daemon_state (key, value) VALUES (?, ?)")
        for (key, value) in state.pairs { try insert.execute([key, value]) }
    }
}
