/// An Art of Hosting forum: a participatory conversation where ideas are refined.
public struct Forum: Identifiable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var day: Day
    public var place: String
    public var hostIds: [String]
    public var discussions: [Discussion]

    public init(id: String, title: String, day: Day, place: String, hostIds: [String] = [], discussions: [Discussion] = []) {
        self.id = id
        self.title = title
        self.day = day
        self.place = place
        self.hostIds = hostIds
        self.discussions = discussions
    }
}

/// An idea discussed at a forum, and what came of it.
public struct Discussion: Equatable, Sendable {
    public var ideaId: String
    public var outcome: String

    public init(ideaId: String, outcome: String) {
        self.ideaId = ideaId
        self.outcome = outcome
    }
}

extension Forum: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("title", title)
        o.set("day", day)
        o.set("place", place)
        o.set("hostIds", hostIds)
        o.set("discussions", discussions)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        title = r.string("title")
        day = r.value("day") ?? Day(daysSinceEpoch: 0)
        place = r.string("place")
        hostIds = r.strings("hostIds")
        discussions = r.objects("discussions") { Discussion($0) }
    }
}

extension Discussion: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("ideaId", ideaId)
        o.set("outcome", outcome)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        ideaId = r.string("ideaId")
        outcome = r.text("outcome")
    }
}
