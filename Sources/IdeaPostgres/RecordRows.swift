import IdeaModel

/// A database as the rows PostgreSQL keeps, and back: each collection's records in the
/// file's order (the festival's own fields and the districts as one record each), and
/// the log. The records are the very JSON the file holds, so a database read back from
/// its rows is the one written, and saves to the same bytes.
public struct RecordRows: Equatable, Sendable {
    /// Each collection's records in order, by the collection's name in the file.
    public var records: [SessionCollection: [JSONValue]]
    /// The log's entries in order.
    public var log: [JSONValue]

    public init(records: [SessionCollection: [JSONValue]], log: [JSONValue]) {
        self.records = records
        self.log = log
    }

    /// The rows of `db`.
    public init(_ db: Database) {
        guard case .object(let top) = DatabaseCodec.json(db) else {
            self.init(records: [:], log: [])
            return
        }
        var records: [SessionCollection: [JSONValue]] = [:]
        for collection in SessionCollection.allCases where collection != .log {
            switch collection {
            case .districts:
                records[collection] = [top["districts"] ?? .array([])]
            case .festival:
                guard case .object(var fields)? = top["festival"] else { continue }
                fields["slots"] = nil
                records[collection] = [.object(fields)]
            case .slots:
                guard case .object(let fields)? = top["festival"], case .array(let slots)? = fields["slots"] else { continue }
                records[collection] = slots
            default:
                guard case .array(let list)? = top[collection.rawValue] else { continue }
                records[collection] = list
            }
        }
        guard case .array(let log)? = top["log"] else {
            self.init(records: records, log: [])
            return
        }
        self.init(records: records, log: log)
    }

    /// The database these rows hold, checked as a file is when it loads; the problems are
    /// placed by their JSON path in the file the rows would make.
    public func database() throws(LoadFailure) -> Database {
        var top: [String: JSONValue] = ["schemaVersion": .int(Database.schemaVersion)]
        for (collection, list) in records {
            switch collection {
            case .districts: top["districts"] = list.first ?? .array([])
            case .festival: if let fields = list.first { top["festival"] = fields }
            case .slots, .log: break
            default: top[collection.rawValue] = .array(list)
            }
        }
        if case .object(var fields)? = top["festival"] {
            fields["slots"] = .array(records[.slots] ?? [])
            top["festival"] = .object(fields)
        }
        top["log"] = .array(log)
        // Written out and read as a file is: the fast reader takes the writer's layout, and
        // a database that does not load is reported as a file would be, by path; without
        // lines and columns, which would be those of a file that exists only here.
        do {
            return try DatabaseCodec.decode(JSONWriter(leadingKeys: ["schemaVersion"]).write(.object(top)))
        } catch {
            throw LoadFailure(error.problems.map { Problem(path: $0.path, message: $0.message) }, dropped: error.dropped)
        }
    }

    /// How many records of each collection (and the log's entries), for reports.
    public var counts: [(String, Int)] {
        SessionCollection.allCases.map { collection in
            (collection.rawValue, collection == .log ? log.count : records[collection]?.count ?? 0)
        }
    }

    /// The first place a text holds the character U+0000, which PostgreSQL's jsonb cannot
    /// keep: its JSON path in the file (`ideas[3].title`).
    public func firstNUL() -> String? {
        for collection in SessionCollection.allCases {
            let list = collection == .log ? log : records[collection] ?? []
            for (i, value) in list.enumerated() {
                let base: String
                switch collection {
                case .districts: base = "districts"
                case .festival: base = "festival"
                default: base = "\(collection.rawValue)[\(i)]"
                }
                if let path = Self.firstNUL(in: value, path: base) { return path }
            }
        }
        return nil
    }

    static func firstNUL(in value: JSONValue, path: String) -> String? {
        switch value {
        case .string(let text): return text.utf8.contains(0) ? path : nil
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let found = firstNUL(in: item, path: "\(path)[\(i)]") { return found }
            }
            return nil
        case .object(let fields):
            for key in fields.keys.sorted() {
                if key.utf8.contains(0) { return path }
                if let field = fields[key], let found = firstNUL(in: field, path: "\(path).\(key)") { return found }
            }
            return nil
        case .null, .bool, .int, .double: return nil
        }
    }
}
