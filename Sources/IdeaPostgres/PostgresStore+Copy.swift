import IdeaModel
import PostgresNIO

/// Filling a database from a `Database` (`idea-tui db copy FILE URL`): all of it in one
/// transaction, so a copy that fails or is killed half way leaves the database as it was.
extension PostgresStore {
    /// The steps of a fill, in order, for tests that stop one half way.
    public enum FillStep: String, CaseIterable, Sendable {
        /// The schema is there and the head row locked; nothing written yet.
        case ready
        /// What was there is gone (with `replace`); nothing new written yet.
        case cleared
        /// Every record is written; the log is not.
        case recordsWritten
        /// Everything is written; the head not yet moved, nothing committed.
        case written
    }

    /// What a fill did.
    public struct FillReport: Equatable, Sendable {
        /// The schema was made first (the database had none).
        public var createdSchema: Bool
        /// What was there before and was replaced (nil: it was empty).
        public var replaced: Contents?
        /// How many of each were written, by their names in the file, and the log's entries.
        public var counts: [String: Int]
        /// The version the database is at now.
        public var version: Int
    }

    /// Writes `db` into the database at `location`, making the schema when there is none.
    /// A database that already holds data is refused unless `replace`; then what was there
    /// goes in the same transaction as the new data comes. `program` is recorded with a
    /// schema this makes. `probe` is called at each step; a test may throw from it.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public static func fill(_ location: PostgresLocation, credentials: Credentials, with db: Database, replace: Bool,
                            program: String,
                            probe: ((FillStep) throws(DatabaseServerError) -> Void)? = nil) throws(DatabaseServerError) -> FillReport {
        let rows = RecordRows(db)
        let connection = try ServerConnection.open(location, credentials: credentials)
        defer { connection.close() }
        if let path = rows.firstNUL() { throw .unstorable(location: location.name, path: path) }
        let store = PostgresStore(connection: connection)
        return try connection.transaction { () throws(DatabaseServerError) -> FillReport in
            let setup = try connection.migrate(program: program)
            let before = try store.headVersion(lock: true)
            try connection.query(PostgresQuery(unsafeSQL: Schema.marking))
            let there = try store.contents()
            if !there.isEmpty && !replace {
                throw .notEmpty(location: location.name, ideas: there.ideas, records: there.records + there.logEntries)
            }
            try probe?(.ready)
            if !there.isEmpty {
                // The log refuses TRUNCATE; replacing the whole database is the one time it
                // may go, so its guard is lifted for this transaction only (the table's owner).
                try connection.run(["ALTER TABLE idea_tui.log DISABLE TRIGGER log_no_truncate",
                                    "TRUNCATE idea_tui.records, idea_tui.log",
                                    "ALTER TABLE idea_tui.log ENABLE TRIGGER log_no_truncate"])
            }
            try probe?(.cleared)
            let version = before + 1
            for collection in SessionCollection.allCases where collection != .log {
                try store.insertRecords(collection, rows.records[collection] ?? [], version: version)
            }
            try probe?(.recordsWritten)
            try store.insertLog(rows.log, version: version)
            try probe?(.written)
            try connection.query("UPDATE idea_tui.head SET version = \(version), replaced_at = \(version), changed_at = now()")
            try connection.query("SELECT pg_notify(\(Schema.channel), \(String(version)))")
            var counts: [String: Int] = [:]
            for (name, count) in rows.counts { counts[name] = count }
            let created: Bool
            if case .created = setup { created = true } else { created = false }
            return FillReport(createdSchema: created, replaced: there.isEmpty ? nil : there, counts: counts, version: version)
        }
    }

    /// One collection's records as rows, in order (positions 1, 2, …), in one statement:
    /// the server splits the list.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func insertRecords(_ collection: SessionCollection, _ records: [JSONValue], version: Int) throws(DatabaseServerError) {
        guard !records.isEmpty else { return }
        let text = String(decoding: JSONWriter().write(.array(records)), as: UTF8.self)
        try connection.query("""
            INSERT INTO idea_tui.records (collection, id, position, record, version)
            SELECT \(collection.rawValue), CASE WHEN \(collection.rawValue) IN ('festival', 'districts') THEN '' ELSE r->>'id' END,
                   t.n, r, \(version)
            FROM jsonb_array_elements(\(text)::jsonb) WITH ORDINALITY AS t(r, n)
            """)
    }

    /// The log's entries in order (seq 1, 2, …).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func insertLog(_ entries: [JSONValue], version: Int) throws(DatabaseServerError) {
        guard !entries.isEmpty else { return }
        let text = String(decoding: JSONWriter().write(.array(entries)), as: UTF8.self)
        try connection.query("""
            INSERT INTO idea_tui.log (seq, id, entry, version)
            SELECT t.n, e->>'id', e, \(version) FROM jsonb_array_elements(\(text)::jsonb) WITH ORDINALITY AS t(e, n)
            """)
    }
}
