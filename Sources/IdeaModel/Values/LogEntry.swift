/// One change to the database: who made it, when, what it was and why.
public struct LogEntry: Identifiable, Equatable, Sendable {
    public var id: String
    public var at: Timestamp
    public var by: String
    public var kind: String
    /// The idea the change concerns, if any.
    public var ideaId: String?
    /// What happened, in words: "moved from refined to team".
    public var summary: String
    public var reason: String?

    public init(id: String, at: Timestamp, by: String, kind: String, ideaId: String? = nil,
                summary: String, reason: String? = nil) {
        self.id = id
        self.at = at
        self.by = by
        self.kind = kind
        self.ideaId = ideaId
        self.summary = summary
        self.reason = reason
    }
}

extension LogEntry: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("at", at)
        o.set("by", by)
        o.set("kind", kind)
        o.set("ideaId", ideaId)
        o.set("summary", summary)
        o.set("reason", reason)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        at = r.value("at") ?? Timestamp(seconds: 0)
        by = r.string("by")
        kind = r.string("kind")
        ideaId = r.optionalString("ideaId")
        summary = r.string("summary")
        reason = r.optionalString("reason")
    }
}
