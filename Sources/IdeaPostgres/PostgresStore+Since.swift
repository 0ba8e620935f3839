import IdeaModel
import PostgresNIO

/// What changed since a version, read in one snapshot: the rows whose version is newer
/// (a deleted record as a row without one), each with its place in its list now, and the
/// log entries written or changed since. Only those rows travel.
extension PostgresStore {
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func changes(since base: Int) throws(DatabaseServerError) -> ChangesSince {
        try connection.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { () throws(DatabaseServerError) -> ChangesSince in
            let head = try connection.query("SELECT version, replaced_at FROM idea_tui.head")
            guard let row = head.first else { throw noHeadRow }
            let (version, replaced) = try connection.decode(row, as: (Int, Int).self)
            // A reader from before a whole replacement (or from another database) starts again.
            if base < replaced || base > version { return .reload(version: version) }
            var records: [StoreChanges.Record] = []
            let rows = try connection.query("""
                SELECT r.collection, r.id, r.record::text,
                       CASE WHEN r.record IS NULL THEN NULL ELSE
                         (SELECT count(*) FROM idea_tui.records o
                           WHERE o.collection = r.collection AND o.record IS NOT NULL AND o.position < r.position) END
                FROM idea_tui.records r WHERE r.version > \(base) ORDER BY r.collection, r.position
                """)
            for row in rows {
                let (collection, id, text, index) = try connection.decode(row, as: (String, String, String?, Int?).self)
                guard let kind = SessionCollection(rawValue: collection) else { continue }
                let record = try text.map { (text: String) throws(DatabaseServerError) -> JSONValue in try value(text, at: "\(collection)[\(id)]") }
                records.append(StoreChanges.Record(collection: kind, id: id, record: record, index: index))
            }
            var log: [(index: Int, entry: JSONValue)] = []
            for row in try connection.query("SELECT seq - 1, entry::text FROM idea_tui.log WHERE version > \(base) ORDER BY seq") {
                let (index, text) = try connection.decode(row, as: (Int, String).self)
                log.append((index, try value(text, at: "log[\(index)]")))
            }
            return .changes(StoreChanges(version: version, records: records, log: log))
        }
    }

    /// One JSON value as the server sent it.
    func value(_ text: String, at path: String) throws(DatabaseServerError) -> JSONValue {
        do {
            return try JSONParser.parse(Array(text.utf8))
        } catch {
            throw .invalid(location: name, LoadFailure([Problem(path: path, message: error.message)]))
        }
    }
}
