#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import IdeaModel
import PostgresNIO

/// PostgreSQL as the store an `EditSession` saves through, with the file's rules: a change
/// is committed only on the version it was made on (the head row, locked in the commit's
/// transaction, is the version), else the session makes it again on top of what changed.
/// A lost connection is made again when the store is next used.
extension PostgresStore: DatabaseStore {
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func load() throws(StoreError) -> (Database, StoreStamp) {
        do {
            try reconnect()
            if let copy = localCopy, let found = try fromLocalCopy(copy) { return found }
            let read = try document()
            let document = SplitDocument(read.texts)
            if let database = document.read() {
                localCopy?.write(LocalCopy.Stamp(identity: read.identity, version: read.version, logCount: database.log.count,
                                                 lastLogID: database.log.last?.id ?? ""), document)
                return (database, StoreStamp(version: Int64(read.version)))
            }
            // The file's reader, which also reads what the fast pass leaves to it; a
            // database that does not load is read again as rows (`snapshot`), which says
            // what is wrong where, as it always has.
            if let database = try? DatabaseCodec.decode(SplitDocument.whole(read.texts)) {
                return (database, StoreStamp(version: Int64(read.version)))
            }
            let (database, again) = try snapshot()
            return (database, StoreStamp(version: Int64(again)))
        } catch {
            throw .server(error)
        }
    }

    /// Which database this is: its object id and its head table's (both change when it
    /// is made again or restored from a dump), and when idea-tui's schema was made in it
    /// (in microseconds since 1970): two servers made alike, one after the other at the
    /// same address (a container made again from the same script), give the same ids.
    struct Identity: Equatable, Sendable {
        var database: Int
        var table: Int
        var schemaMade: Int
    }

    /// The columns that say which database this is (`Identity`).
    static let identityColumns = """
        (SELECT oid::bigint FROM pg_database WHERE datname = current_database()), 'idea_tui.head'::regclass::oid::bigint,
        (SELECT coalesce((extract(epoch FROM min(applied_at)) * 1000000)::bigint, 0) FROM idea_tui.schema_version)
        """

    /// The database from the local copy, brought up to date with what changed since it
    /// was written; nil (and the copy set aside) when it cannot be used.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func fromLocalCopy(_ copy: LocalCopy) throws(DatabaseServerError) -> (Database, StoreStamp)? {
        guard let (stamp, document) = copy.read() else { return nil }
        let rows = try connection.query("""
            SELECT version, replaced_at, (SELECT id FROM idea_tui.log WHERE seq = \(stamp.logCount)), \(unescaped: Self.identityColumns)
            FROM idea_tui.head
            """)
        guard let row = rows.first else { throw noHeadRow }
        let (version, replaced, logID, database, table, made) = try connection.decode(row, as: (Int, Int, String?, Int, Int, Int).self)
        guard Identity(database: database, table: table, schemaMade: made) == stamp.identity,
              stamp.version <= version, stamp.version >= replaced, version - stamp.version <= LocalCopy.mostBehind,
              stamp.logCount == 0 ? logID == nil : logID == stamp.lastLogID,
              let read = document.read() else {
            copy.remove()
            return nil
        }
        if stamp.version == version { return (read, StoreStamp(version: Int64(version))) }
        guard case .changes(let changes) = try changes(since: stamp.version),
              let database = try? changes.applied(to: read) else {
            copy.remove()
            return nil
        }
        return (database, StoreStamp(version: Int64(changes.version)))
    }

    /// Every collection's records as the text of one JSON array (the festival's record,
    /// with its slots in it, and the districts' as values), the version they are at and
    /// which database this is, read in one snapshot. No tree of values is built: the
    /// file's reader reads the bytes at once.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func document() throws(DatabaseServerError) -> (texts: [SessionCollection: [UInt8]], version: Int, identity: Identity) {
        try connection.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            () throws(DatabaseServerError) -> ([SessionCollection: [UInt8]], Int, Identity) in
            var texts: [SessionCollection: [UInt8]] = [:]
            func keep(_ name: String, _ text: String) {
                if let collection = SessionCollection(rawValue: name) { texts[collection] = Array(text.utf8) }
            }
            for row in try connection.query("""
                SELECT collection, json_agg(record ORDER BY position)::text FROM idea_tui.records
                WHERE record IS NOT NULL AND collection NOT IN ('festival', 'districts', 'festival.slots') GROUP BY collection
                """) {
                let (name, text) = try connection.decode(row, as: (String, String).self)
                keep(name, text)
            }
            // The two single records (the first of each, as `RecordRows.database()` takes),
            // the festival's with its slots put in.
            let single = try connection.query("""
                SELECT (SELECT record::text FROM idea_tui.records WHERE collection = 'districts' AND record IS NOT NULL
                         ORDER BY position LIMIT 1),
                       (SELECT (record || jsonb_build_object('slots', coalesce((SELECT jsonb_agg(s.record ORDER BY s.position)
                                 FROM idea_tui.records s WHERE s.collection = 'festival.slots' AND s.record IS NOT NULL), '[]')))::text
                         FROM idea_tui.records WHERE collection = 'festival' AND record IS NOT NULL ORDER BY position LIMIT 1)
                """)
            if let row = single.first {
                let (districts, festival) = try connection.decode(row, as: (String?, String?).self)
                if let districts { keep("districts", districts) }
                if let festival { keep("festival", festival) }
            }
            let log = try connection.value("SELECT coalesce(json_agg(entry ORDER BY seq), '[]')::text FROM idea_tui.log",
                                           as: String.self) ?? "[]"
            keep("log", log)
            let head = try connection.query("SELECT version, \(unescaped: Self.identityColumns) FROM idea_tui.head")
            guard let row = head.first else { throw noHeadRow }
            let (version, database, table, made) = try connection.decode(row, as: (Int, Int, Int, Int).self)
            return (texts, version, Identity(database: database, table: table, schemaMade: made))
        }
    }

    /// One row read when nothing changed (as before every change); else only the rows
    /// written since, applied to `known`.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)? {
        do throws(DatabaseServerError) {
            try reconnect()
            let base = Int(expected.version)
            guard try version() != base else { return nil }
            switch try changes(since: base) {
            case .reload:
                let (database, version) = try snapshot()
                return (database, StoreStamp(version: Int64(version)))
            case .changes(let changes):
                guard changes.version != base else { return nil }
                do {
                    return (try changes.applied(to: known), StoreStamp(version: Int64(changes.version)))
                } catch {
                    throw .invalid(location: name, error)
                }
            }
        } catch {
            throw .server(error)
        }
    }

    /// The commit's transaction locks the head row, so two commits never interleave and
    /// one made on an older version is refused; that alone is enough for what is saved.
    /// For progress, as the file's edit lock: a session advisory lock, taken in turn
    /// (PostgreSQL queues its waiters), held while this session looks, makes its change
    /// again on top of others' and commits. Without it, twenty writers at once starve:
    /// whoever just committed is up to date and commits again, while the others make
    /// theirs again on a version already gone, up to `EditSession.attempts` times. After
    /// `holdSeconds` of waiting, or when it cannot be taken at all, the change goes on
    /// unheld (a lost connection is told by the calls that follow). Not sooner: when many
    /// go on unheld at once, each making its change again on top of the others' in vain,
    /// none gets through (at 10,000 ideas each time costs half a second).
    ///
    /// Taken at once when nobody holds it (one round trip). Else `HoldWaiting.waiting` is
    /// told who holds it, and the wait asks `cancelled` every 50 ms: true closes the
    /// connection (the server drops the waiting request with it; nothing was begun) and
    /// the change is not saved (`interrupted`).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func holdForChange() throws(StoreError) -> any StoreHold {
        let connection = self.connection
        guard !connection.isClosed else { return NothingHeld() }
        let turn = holdWaiting
        do {
            if try connection.value("SELECT pg_try_advisory_lock(\(Self.holdKey))", as: Bool.self) == true {
                return AdvisoryHold(connection: connection)
            }
            turn.waiting(try? holder())
        } catch {
            return NothingHeld()
        }
        // The server looks every second whether this client is still there (PostgreSQL 14
        // on; older servers have no such setting), so a wait given up by closing the
        // connection leaves the queue within a second rather than when its turn comes.
        let answers = ["BEGIN", """
                       DO $$ BEGIN PERFORM set_config('client_connection_check_interval', '1s', true);
                       EXCEPTION WHEN undefined_object THEN NULL; END $$
                       """,
                       PostgresQuery(unsafeSQL: "SET LOCAL lock_timeout = '\(Self.holdSeconds)s'"),
                       "SELECT pg_advisory_lock(\(Self.holdKey))", "COMMIT"]
            .map { connection.connection.query($0, logger: ServerConnection.logger) }
        let done = DispatchSemaphore(value: 0)
        answers[answers.count - 1].whenComplete { _ in done.signal() }
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if turn.cancelled() {
                connection.close()
                throw .interrupted(path: name)
            }
        }
        for answer in answers {
            guard (try? answer.wait()) != nil else {
                _ = try? connection.query("ROLLBACK")
                return NothingHeld()
            }
        }
        return AdvisoryHold(connection: connection)
    }

    /// The session that holds the advisory lock: its server process and program.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func holder() throws(DatabaseServerError) -> LockHolder? {
        let rows = try connection.query("""
            SELECT l.pid, a.application_name FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = \(Int(Self.holdKey >> 32))
              AND l.objid = \(Int(Self.holdKey & 0xFFFF_FFFF)) AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        let (pid, program) = try connection.decode(row, as: (Int, String?).self)
        return LockHolder(pid: Int32(clamping: pid), program: program.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The advisory lock's key (in this database; "idea" in ASCII), and the longest wait for it.
    static let holdKey: Int64 = 0x6964_6561
    static let holdSeconds = 30

    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp {
        let change = Self.change(from: base, to: next)
        do {
            try reconnect()
            return StoreStamp(version: Int64(try commit(change, on: Int(expected.version))))
        } catch {
            switch error {
            case .versionMoved: throw .changedOnDisk(path: name)
            case .commitUnknown:
                let version: Int?
                do {
                    version = try outcome(of: change)
                } catch {
                    throw .server(error)
                }
                // Not there: nothing of it was committed.
                guard let version else { throw .server(.lost(location: name)) }
                return StoreStamp(version: Int64(version))
            default: throw .server(error)
            }
        }
    }

    /// `StoreChange(from:to:)`, made for the common change more cheaply: the log's new
    /// entries found without hashing every entry's id, and the records that differ found
    /// where they lie. At 10,000 ideas a set of 20,000 log ids made for each change took
    /// 6 ms, and `Patch.diff` 3 ms (the session diffs the same two databases again).
    /// The model appends to the log and changes records where they are; a change that
    /// does anything else (moves, adds or removes a record, reorders the log) is made by
    /// `StoreChange(from:to:)` itself. Debug builds check that both give the same change.
    static func change(from before: Database, to after: Database) -> StoreChange {
        guard let quick = quickChange(from: before, to: after) else { return StoreChange(from: before, to: after) }
        assert(quick == StoreChange(from: before, to: after), "the quick StoreChange differs from StoreChange(from:to:)")
        return quick
    }

    private static func quickChange(from before: Database, to after: Database) -> StoreChange? {
        var records: [StoreChange.RecordWrite] = []
        guard inPlace(before.people, after.people, .people, &records),
              inPlace(before.ideas, after.ideas, .ideas, &records),
              inPlace(before.teams, after.teams, .teams, &records),
              inPlace(before.forums, after.forums, .forums, &records),
              inPlace(before.tracks, after.tracks, .tracks, &records),
              inPlace(before.sessions, after.sessions, .sessions, &records),
              inPlace(before.sponsors, after.sponsors, .sponsors, &records),
              inPlace(before.venues, after.venues, .venues, &records),
              inPlace(before.festival.slots, after.festival.slots, .slots, &records) else { return nil }
        var ours = before.festival, theirs = after.festival
        ours.slots = []
        theirs.slots = []
        if ours != theirs {
            guard case .object(var fields) = after.festival.json else { return nil }
            fields["slots"] = nil
            records.append(StoreChange.RecordWrite(collection: .festival, id: "", record: .object(fields)))
        }
        if before.districts != after.districts {
            records.append(StoreChange.RecordWrite(collection: .districts, id: "", record: .array(after.districts.map { .string($0) })))
        }
        // Every entry still at its place (an idea link cleared or put back is a changed
        // entry); the ones after them are new, less any whose id the log already has.
        let old = before.log, new = after.log
        guard old.count <= new.count else { return nil }
        var changed: [JSONValue] = []
        let same = old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                for i in a.indices where !bitwiseEqual(a, b, i) {
                    guard a[i].id == b[i].id else { return false }
                    if a[i] != b[i] { changed.append(b[i].json) }
                }
                return true
            }
        }
        guard same else { return nil }
        let appended = new[old.count...].filter { entry in !old.contains { $0.id == entry.id } }
        return StoreChange(records: records, logAppended: appended.map(\.json), logChanged: changed)
    }

    /// The records of one collection that differ, when each is where it was (the same
    /// count, the same id at each place); false otherwise.
    private static func inPlace<T: Identifiable & Equatable & JSONEncodable>(
        _ a: [T], _ b: [T], _ collection: SessionCollection, _ out: inout [StoreChange.RecordWrite]
    ) -> Bool where T.ID == String {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                if a.baseAddress == b.baseAddress { return true }
                for i in a.indices where !bitwiseEqual(a, b, i) {
                    guard a[i].id == b[i].id else { return false }
                    if a[i] != b[i] { out.append(StoreChange.RecordWrite(collection: collection, id: b[i].id, record: b[i].json)) }
                }
                return true
            }
        }
    }

    /// The same bits at `i` in both: the same value, shared, and no need to compare it.
    private static func bitwiseEqual<T>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>, _ i: Int) -> Bool {
        guard let p = a.baseAddress, let q = b.baseAddress else { return false }
        return memcmp(p + i, q + i, MemoryLayout<T>.size) == 0
    }

    public func watch(polling: Bool, now: Int) -> any StoreWatch {
        PostgresWatch(location: connection.location, credentials: credentials)
    }

    /// Whether a change whose COMMIT got no answer was committed: the version that wrote
    /// its first log entry, or nil when the entry is not there (so nothing of it is).
    /// Waits up to a few seconds for the server to take connections again; throws
    /// `commitUnknown` when it does not.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func outcome(of change: StoreChange) throws(DatabaseServerError) -> Int? {
        guard let id = change.logAppended.first?.recordID else { throw .commitUnknown(location: name) }
        for pause in [0, 200, 500, 1000, 2000] {
            if pause > 0 { usleep(UInt32(pause) * 1000) }
            do {
                let connection = try reconnect()
                return try connection.value("SELECT version FROM idea_tui.log WHERE id = \(id)", as: Int.self)
            } catch {
                switch error {
                case .unavailable, .lost: continue
                default: throw error
                }
            }
        }
        throw .commitUnknown(location: name)
    }
}

/// The hold of a store that needs none.
public struct NothingHeld: StoreHold {
    public init() {}
    public func release() {}
}

/// The advisory lock `holdForChange` took. Released without waiting for the answer: the
/// connection runs the statements it is sent in order, so this session's next statement
/// comes after it; a connection lost meanwhile has released it already.
struct AdvisoryHold: StoreHold {
    let connection: ServerConnection

    func release() {
        guard !connection.isClosed else { return }
        _ = connection.connection.query("SELECT pg_advisory_unlock(\(PostgresStore.holdKey))", logger: ServerConnection.logger)
    }
}
