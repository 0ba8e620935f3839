import IdeaModel
import PostgresNIO
import Synchronization

/// A database kept in PostgreSQL (docs/POSTGRES.md): opened on a connection whose schema
/// idea-tui can read and write. It loads the whole database with the version it is at;
/// `PostgresStore+Copy` fills it from a database, `PostgresStore+Changes` tells the
/// version, what changed since one, and commits a change.
///
/// Every call blocks the calling thread until the server has answered (see
/// `ServerConnection`); none may be made from inside a Swift concurrency task.
public final class PostgresStore: Sendable {
    /// The connection now: made again (`reconnect`) after the server or the network
    /// dropped the last one.
    private let live: Mutex<ServerConnection>
    /// The password the store logged in with, to log in again; nil: never again.
    let credentials: Credentials?

    public var connection: ServerConnection { live.withLock { $0 } }

    /// Called at each step of a commit, for tests that stop or break one there.
    public typealias CommitProbe = @Sendable (CommitStep) throws(DatabaseServerError) -> Void
    private let probes = Mutex<CommitProbe?>(nil)
    var probe: CommitProbe? { probes.withLock { $0 } }
    public func probeCommits(_ probe: CommitProbe?) { probes.withLock { $0 = probe } }

    /// What messages call the database.
    public var name: String { connection.location.name }

    /// What a change does while it waits for its turn (`holdForChange`): who to tell that
    /// someone else holds it, and whether to stop waiting.
    public struct HoldWaiting: Sendable {
        public var cancelled: @Sendable () -> Bool
        public var waiting: @Sendable (LockHolder?) -> Void

        public init(cancelled: @escaping @Sendable () -> Bool = { false },
                    waiting: @escaping @Sendable (LockHolder?) -> Void = { _ in }) {
            self.cancelled = cancelled
            self.waiting = waiting
        }
    }

    private let turn = Mutex(HoldWaiting())
    var holdWaiting: HoldWaiting { turn.withLock { $0 } }
    public func waitForTurn(_ waiting: HoldWaiting) { turn.withLock { $0 = waiting } }

    /// Where `load()` keeps a copy of the database on this computer (nil: none).
    public let localCopy: LocalCopy?

    /// A store on a connection already made; its schema is not checked. With
    /// `credentials`, a lost connection is made again when the store is next used.
    public init(connection: ServerConnection, credentials: Credentials? = nil, localCopy: LocalCopy? = nil) {
        live = Mutex(connection)
        self.credentials = credentials
        self.localCopy = localCopy
    }

    /// Connects and checks the schema: refuses a database without one, or with one this
    /// idea-tui does not know.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public static func open(_ location: PostgresLocation, credentials: Credentials,
                            localCopy: LocalCopy? = nil) throws(DatabaseServerError) -> PostgresStore {
        PostgresStore(connection: try connect(location, credentials: credentials), credentials: credentials, localCopy: localCopy)
    }

    @available(*, noasync, message: "blocks the calling thread until the server answers")
    static func connect(_ location: PostgresLocation, credentials: Credentials) throws(DatabaseServerError) -> ServerConnection {
        let connection = try ServerConnection.open(location, credentials: credentials)
        do {
            try connection.requireSchema()
        } catch {
            connection.close()
            throw error
        }
        return connection
    }

    /// The connection, made again first when the last one was lost (and the store knows
    /// how to log in). Throws why it could not be made.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    @discardableResult
    public func reconnect() throws(DatabaseServerError) -> ServerConnection {
        let current = connection
        guard current.isClosed, let credentials else { return current }
        let fresh = try Self.connect(current.location, credentials: credentials)
        live.withLock { $0 = fresh }
        return fresh
    }

    @available(*, noasync, message: "blocks the calling thread until the connection is closed")
    public func close() { connection.close() }

    /// The whole database and the version it is at, read in one snapshot.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func snapshot() throws(DatabaseServerError) -> (database: Database, version: Int) {
        let (rows, version) = try connection.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            () throws(DatabaseServerError) -> (RecordRows, Int) in
            (try readRows(), try headVersion())
        }
        do {
            return (try rows.database(), version)
        } catch {
            throw .invalid(location: name, error)
        }
    }

    /// The version the database is at (0: nothing was ever written).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func headVersion(lock: Bool = false) throws(DatabaseServerError) -> Int {
        let sql = "SELECT version FROM idea_tui.head" + (lock ? " FOR UPDATE" : "")
        guard let version = try connection.value(PostgresQuery(unsafeSQL: sql), as: Int.self) else { throw noHeadRow }
        return version
    }

    /// What a read of the head row that found none says (the schema check found it at
    /// connecting; someone deleted it since).
    var noHeadRow: DatabaseServerError {
        .server(location: name, code: "", message: "the table idea_tui.head has no row")
    }

    /// Every record and log entry, in order: one array per collection, put together by
    /// the server (far fewer rows to move than one per record).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func readRows() throws(DatabaseServerError) -> RecordRows {
        var records: [SessionCollection: [JSONValue]] = [:]
        let grouped = try connection.query("""
            SELECT collection, json_agg(record ORDER BY position)::text FROM idea_tui.records
            WHERE record IS NOT NULL GROUP BY collection
            """)
        for row in grouped {
            let (name, text) = try connection.decode(row, as: (String, String).self)
            guard let collection = SessionCollection(rawValue: name) else { continue }
            records[collection] = try list(text, at: name)
        }
        let log = try connection.value("SELECT coalesce(json_agg(entry ORDER BY seq), '[]')::text FROM idea_tui.log",
                                       as: String.self) ?? "[]"
        return RecordRows(records: records, log: try list(log, at: "log"))
    }

    /// A JSON array's items, as the server sent it.
    func list(_ text: String, at path: String) throws(DatabaseServerError) -> [JSONValue] {
        do {
            guard case .array(let items) = try JSONParser.parse(Array(text.utf8)) else {
                throw LoadFailure([Problem(path: path, message: "expected a list from the server")])
            }
            return items
        } catch let error as JSONSyntaxError {
            throw .invalid(location: name, LoadFailure([Problem(path: path, message: error.message)]))
        } catch let error as LoadFailure {
            throw .invalid(location: name, error)
        } catch {
            throw .invalid(location: name, LoadFailure([Problem(path: path, message: "\(error)")]))
        }
    }

    /// What the database holds: ideas, records of every kind, log entries.
    public struct Contents: Equatable, Sendable {
        public var ideas: Int
        public var records: Int
        public var logEntries: Int

        public var isEmpty: Bool { records == 0 && logEntries == 0 }
    }

    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func contents() throws(DatabaseServerError) -> Contents {
        let rows = try connection.query("""
            SELECT (SELECT count(*) FROM idea_tui.records WHERE record IS NOT NULL AND collection = 'ideas'),
                   (SELECT count(*) FROM idea_tui.records WHERE record IS NOT NULL),
                   (SELECT count(*) FROM idea_tui.log)
            """)
        guard let row = rows.first else { return Contents(ideas: 0, records: 0, logEntries: 0) }
        let (ideas, records, log) = try connection.decode(row, as: (Int, Int, Int).self)
        return Contents(ideas: ideas, records: records, logEntries: log)
    }
}
