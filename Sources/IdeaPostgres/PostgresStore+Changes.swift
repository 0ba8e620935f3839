import IdeaModel
import PostgresNIO

/// What a live session needs from the store: the version cheaply, what changed since a
/// version, and committing one change: records written or deleted, log entries appended
/// or their idea link changed, the version moved on, all in one transaction that first
/// locks the head row and refuses when the version is not the one the change was made
/// on. A commit notifies the channel `idea_tui` with the new version.
///
/// The store trusts the change: the session checks it against the rules (Patch.applied)
/// before it commits.
extension PostgresStore {
    /// The version the database is at: one row read.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func version() throws(DatabaseServerError) -> Int {
        try headVersion()
    }

    /// Commits `change`, made on version `base`; returns the new version. Refuses with
    /// `versionMoved` (nothing written) when someone else committed since `base`.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    @discardableResult
    public func commit(_ change: StoreChange, on base: Int) throws(DatabaseServerError) -> Int {
        if let path = change.firstNUL() { throw .unstorable(location: name, path: path) }
        let connection = self.connection
        let version: Int
        do {
            version = try write(change, on: base)
            try probe?(.written)
        } catch {
            _ = try? connection.query("ROLLBACK")
            throw error
        }
        // Once COMMIT is sent, a lost connection leaves the outcome unknown to us: the
        // server has either committed all of it or nothing (see `outcome(of:)`).
        do {
            try connection.query("COMMIT")
        } catch .lost {
            throw .commitUnknown(location: name)
        }
        try probe?(.committed)
        return version
    }

    /// The steps of a commit a test can stop at (`probe`).
    public enum CommitStep: String, Sendable {
        /// Everything written in the open transaction, COMMIT not yet sent.
        case written
        /// COMMIT answered.
        case committed
    }

    /// The statements of one commit: the transaction opened and the head row locked, then
    /// (the version being the one the change was made on) every row written. Statements
    /// that need no answer before the next are sent together and their answers waited for
    /// once (`pipelined`): each wait is a round trip and two thread switches, which cost
    /// more than the statements of a small change themselves.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    private func write(_ change: StoreChange, on base: Int) throws(DatabaseServerError) -> Int {
        let opened = try pipelined(["BEGIN", "SELECT version FROM idea_tui.head FOR UPDATE", PostgresQuery(unsafeSQL: Schema.marking)])
        guard let row = opened[1].first else { throw noHeadRow }
        let found = try connection.decode(row, as: Int.self)
        guard found == base else { throw .versionMoved(location: name, expected: base, found: found) }
        let version = found + 1
        // Deletions first, then the records given a place, in the order of their places
        // now (each placed among those already where they belong: the others still to
        // be placed are left out), then the records that stay where they are.
        let placed = change.records.filter { $0.record != nil && $0.index != nil }.sorted { ($0.index ?? 0) < ($1.index ?? 0) }
        var pending = placed.map(\.id)
        var statements: [PostgresQuery] = []
        for write in change.records where write.record == nil { statements.append(deletion(write, version: version)) }
        if !statements.isEmpty { try pipelined(statements) }
        for write in placed {
            pending.removeFirst()
            try self.write(write, version: version, pending: pending)
        }
        // Records that stay where they are: written where they are, all at once; one that
        // is not there yet (a new record without a place) goes at the end, in order.
        let kept = change.records.filter { $0.record != nil && $0.index == nil }
        statements = kept.compactMap { update($0, version: version) }
        if !change.logAppended.isEmpty {
            let text = String(decoding: JSONWriter().write(.array(change.logAppended)), as: UTF8.self)
            statements.append("""
                INSERT INTO idea_tui.log (seq, id, entry, version)
                SELECT (SELECT coalesce(max(seq), 0)::bigint FROM idea_tui.log) + t.n, e->>'id', e, \(version)
                FROM jsonb_array_elements(\(text)::jsonb) WITH ORDINALITY AS t(e, n)
                """)
        }
        for entry in change.logChanged {
            let text = String(decoding: JSONWriter().write(entry), as: UTF8.self)
            statements.append("""
                UPDATE idea_tui.log SET entry = \(text)::jsonb, version = \(version) WHERE id = \(entry.recordID ?? "")
                """)
        }
        statements.append("UPDATE idea_tui.head SET version = \(version), changed_at = now()")
        statements.append("SELECT pg_notify(\(Schema.channel), \(String(version)))")
        let answers = try pipelined(statements)
        for (write, answer) in zip(kept, answers) where answer.isEmpty {
            try self.write(write, version: version, pending: [])
        }
        return version
    }

    /// A record deleted: its row kept without a record (a tombstone).
    private func deletion(_ write: StoreChange.RecordWrite, version: Int) -> PostgresQuery {
        """
        UPDATE idea_tui.records SET record = NULL, version = \(version)
        WHERE collection = \(write.collection.rawValue) AND id = \(write.id) AND record IS NOT NULL
        """
    }

    /// A record written where it is; answers a row only when it was there.
    private func update(_ write: StoreChange.RecordWrite, version: Int) -> PostgresQuery? {
        guard let record = write.record else { return nil }
        let text = String(decoding: JSONWriter().write(record), as: UTF8.self)
        return """
            UPDATE idea_tui.records SET record = \(text)::jsonb, version = \(version)
            WHERE collection = \(write.collection.rawValue) AND id = \(write.id) AND record IS NOT NULL RETURNING 1
            """
    }

    /// Sends `queries` one after another without waiting for each answer, then waits for
    /// them all (in order: the connection runs them in the order sent); their rows, or the
    /// first error (a statement after a failed one fails too, the transaction aborted).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    @discardableResult
    func pipelined(_ queries: [PostgresQuery]) throws(DatabaseServerError) -> [[PostgresRow]] {
        let connection = self.connection
        let sent = queries.map { connection.connection.query($0, logger: ServerConnection.logger) }
        var rows: [[PostgresRow]] = []
        var failure: DatabaseServerError?
        for answer in sent {
            do {
                rows.append(try answer.wait().rows)
            } catch {
                rows.append([])
                if failure == nil {
                    failure = ServerErrors.describe(error, at: connection.location, credentials: nil, connecting: false)
                }
            }
        }
        if let failure { throw failure }
        return rows
    }

    /// One record written or deleted. A record that stays where it was keeps its position;
    /// one given an index takes a position between its new neighbours, so no other row
    /// changes.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func write(_ write: StoreChange.RecordWrite, version: Int, pending: [String]) throws(DatabaseServerError) {
        let collection = write.collection.rawValue
        guard let record = write.record else {
            try connection.query(deletion(write, version: version))
            return
        }
        if write.index == nil, let update = update(write, version: version), !(try connection.query(update)).isEmpty { return }
        let text = String(decoding: JSONWriter().write(record), as: UTF8.self)
        // Its neighbours at the index it goes to (the end when none is given), itself and the
        // records still to be placed left out.
        let index = write.index ?? Int.max / 2
        let neighbours = try connection.query("""
            SELECT (SELECT position FROM idea_tui.records WHERE collection = \(collection) AND record IS NOT NULL
                     AND id <> \(write.id) AND NOT (id = ANY(\(pending))) ORDER BY position OFFSET greatest(\(index) - 1, 0) LIMIT 1)::text,
                   (SELECT position FROM idea_tui.records WHERE collection = \(collection) AND record IS NOT NULL
                     AND id <> \(write.id) AND NOT (id = ANY(\(pending))) ORDER BY position OFFSET \(index) LIMIT 1)::text,
                   (SELECT max(position) FROM idea_tui.records WHERE collection = \(collection) AND record IS NOT NULL
                     AND id <> \(write.id) AND NOT (id = ANY(\(pending))))::text
            """)
        var before: String?, after: String?, last: String?
        if let row = neighbours.first { (before, after, last) = try connection.decode(row, as: (String?, String?, String?).self) }
        if index == 0 { before = nil }
        // A position between the neighbours (numeric has room for any number of halvings),
        // before the first, or after the last.
        try connection.query("""
            INSERT INTO idea_tui.records (collection, id, position, record, version)
            VALUES (\(collection), \(write.id),
                    CASE WHEN \(before)::numeric IS NOT NULL AND \(after)::numeric IS NOT NULL
                              THEN (\(before)::numeric + \(after)::numeric) / 2
                         WHEN \(after)::numeric IS NOT NULL THEN \(after)::numeric - 1
                         ELSE coalesce(\(last)::numeric, 0) + 1 END,
                    \(text)::jsonb, \(version))
            ON CONFLICT (collection, id) DO UPDATE SET position = excluded.position, record = excluded.record,
                version = excluded.version
            """)
    }
}

extension JSONValue {
    /// The record's `id`, when it has one.
    var recordID: String? {
        guard case .object(let fields) = self, case .string(let id)? = fields["id"] else { return nil }
        return id
    }
}
