/// A database brought up to date with the records another store changed since, reading
/// only those records (a database server sends the rows written since a version): each
/// is decoded on its own, as the file's reader decodes it, and put where it is now; then
/// the rules across records are checked, as for a whole file.
extension DatabaseCodec {
    /// One record written or deleted since: its place in its list now.
    public struct ChangedRecord: Equatable, Sendable {
        public var collection: SessionCollection
        public var id: String
        /// nil: deleted.
        public var record: JSONValue?
        /// Where it is now in its list (nil when deleted, or the end).
        public var index: Int?

        public init(collection: SessionCollection, id: String, record: JSONValue?, index: Int?) {
            self.collection = collection
            self.id = id
            self.record = record
            self.index = index
        }
    }

    /// `db` with `records` (in each collection, in the order of their places now) and the
    /// log entries at their places (replaced, or appended) applied. Throws what is wrong,
    /// by the path the record would have in the file, when a record does not decode or
    /// the result breaks a rule across records.
    public static func applying(_ records: [ChangedRecord], log: [(index: Int, entry: JSONValue)],
                                to db: Database) throws(LoadFailure) -> Database {
        let sink = ProblemSink()
        var out = db
        let byCollection = Dictionary(grouping: records, by: \.collection)
        for (collection, changed) in byCollection {
            switch collection {
            case .people: place(changed, in: &out.people, sink, Person.init)
            case .ideas: place(changed, in: &out.ideas, sink, Idea.init)
            case .teams: place(changed, in: &out.teams, sink, Team.init)
            case .forums: place(changed, in: &out.forums, sink, Forum.init)
            case .tracks: place(changed, in: &out.tracks, sink, WorkshopTrack.init)
            case .sessions: place(changed, in: &out.sessions, sink, WorkshopSession.init)
            case .sponsors: place(changed, in: &out.sponsors, sink, Sponsor.init)
            case .venues: place(changed, in: &out.venues, sink, Venue.init)
            case .slots: place(changed, in: &out.festival.slots, sink, Slot.init)
            case .festival:
                // Its slots are records of their own (`.slots`): read without, kept as they are.
                guard case .object(var fields)? = changed.last?.record else { continue }
                fields["slots"] = .array([])
                guard var festival = ObjectReader.read(.object(fields), path: "festival", sink: sink, Festival.init) else { continue }
                festival.slots = out.festival.slots
                out.festival = festival
            case .districts:
                guard let record = changed.last?.record else { continue }
                let reader = ObjectReader(["districts": record], path: "", sink: sink)
                out.districts = reader.strings("districts")
            case .log:
                continue
            }
        }
        for (index, entry) in log.sorted(by: { $0.index < $1.index }) {
            guard let decoded = ObjectReader.read(entry, path: "log[\(index)]", sink: sink, LogEntry.init) else { continue }
            if index < out.log.count { out.log[index] = decoded } else { out.log.append(decoded) }
        }
        if sink.isEmpty { Validator.check(out, into: sink) }
        if !sink.isEmpty { throw LoadFailure(sink.problems, dropped: sink.dropped) }
        return out
    }

    /// The changed records of one list taken out and the ones still there put back at
    /// their places now, in the order of those places (each lands among records already
    /// where they belong).
    private static func place<T: Identifiable>(_ changed: [ChangedRecord], in list: inout [T], _ sink: ProblemSink,
                                               _ make: (ObjectReader) -> T) where T.ID == String {
        let ids = Set(changed.map(\.id))
        list.removeAll { ids.contains($0.id) }
        for change in changed.sorted(by: { ($0.index ?? Int.max) < ($1.index ?? Int.max) }) {
            guard let record = change.record,
                  let decoded = ObjectReader.read(record, path: "\(change.collection.rawValue)[\(change.id)]", sink: sink, make) else { continue }
            list.insert(decoded, at: min(max(change.index ?? list.count, 0), list.count))
        }
    }
}
