import IdeaModel

/// One change as the store writes it: the records it wrote or deleted, the log entries it
/// appended, and the entries whose idea link it cleared or put back. A session makes it
/// from a Patch (its RecordChanges) and the entries its step logged.
public struct StoreChange: Equatable, Sendable {
    public struct RecordWrite: Equatable, Sendable {
        public var collection: SessionCollection
        /// The record's id ("" for the festival's fields and the districts).
        public var id: String
        /// The record as it is now; nil: it was deleted.
        public var record: JSONValue?
        /// Where it is now in its list, as `RecordChange.afterIndex`: nil keeps a record
        /// where it was (and puts a new one at the end).
        public var index: Int?

        public init(collection: SessionCollection, id: String, record: JSONValue?, index: Int? = nil) {
            self.collection = collection
            self.id = id
            self.record = record
            self.index = index
        }
    }

    public var records: [RecordWrite]
    /// Entries added to the end of the log, in order.
    public var logAppended: [JSONValue]
    /// Entries already in the log, as they are now (only their `ideaId` may differ).
    public var logChanged: [JSONValue]

    public init(records: [RecordWrite] = [], logAppended: [JSONValue] = [], logChanged: [JSONValue] = []) {
        self.records = records
        self.logAppended = logAppended
        self.logChanged = logChanged
    }

    /// The change that takes `before` to `after`: every record that differs (by
    /// Patch.diff, with where it is now), the log entries `after` added, and those whose
    /// idea link changed. As in Patch.diff, a record moved but not changed is no change
    /// (the model never reorders a list).
    public init(from before: Database, to after: Database) {
        var records: [RecordWrite] = []
        var changed: [JSONValue] = []
        for change in Patch.diff(before, after).changes {
            if change.collection == .log {
                if let entry = change.after { changed.append(entry) }
            } else {
                records.append(RecordWrite(collection: change.collection, id: change.id, record: change.after,
                                           index: change.beforeIndex == change.afterIndex ? nil : change.afterIndex))
            }
        }
        let known = Set(before.log.map(\.id))
        self.init(records: records, logAppended: after.log.filter { !known.contains($0.id) }.map(\.json), logChanged: changed)
    }

    /// Where a text holds U+0000, which jsonb cannot keep.
    func firstNUL() -> String? {
        for write in records {
            if let record = write.record, let path = RecordRows.firstNUL(in: record, path: "\(write.collection.rawValue)[\(write.id)]") {
                return path
            }
        }
        for entry in logAppended + logChanged {
            if let path = RecordRows.firstNUL(in: entry, path: "log[\(entry.recordID ?? "")]") { return path }
        }
        return nil
    }
}

/// What changed in the database since a version.
public enum ChangesSince: Equatable, Sendable {
    /// The database was replaced as a whole since (a copy with --replace): load it again.
    case reload(version: Int)
    case changes(StoreChanges)
}

/// The rows written since a version, as a reader applies them to what it has.
public struct StoreChanges: Equatable, Sendable {
    /// One record written or deleted since, with its place now.
    public typealias Record = DatabaseCodec.ChangedRecord

    /// The version these changes bring a reader to.
    public var version: Int
    /// In each collection, in the order of their places now.
    public var records: [Record]
    /// Log entries added or changed since, by their place in the log (from 0).
    public var log: [(index: Int, entry: JSONValue)]

    public init(version: Int, records: [Record], log: [(index: Int, entry: JSONValue)]) {
        self.version = version
        self.records = records
        self.log = log
    }

    public static func == (a: StoreChanges, b: StoreChanges) -> Bool {
        a.version == b.version && a.records == b.records && a.log.map(\.index) == b.log.map(\.index)
            && a.log.map(\.entry) == b.log.map(\.entry)
    }
}

extension StoreChanges {
    /// `known` (the database at the version these changes start from) with them applied:
    /// only the changed records are decoded, then the rules across records are checked.
    public func applied(to known: Database) throws(LoadFailure) -> Database {
        try DatabaseCodec.applying(records, log: log, to: known)
    }
}
