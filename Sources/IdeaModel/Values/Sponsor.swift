/// A business, foundation or public body that supports ideas.
public struct Sponsor: Identifiable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var kind: SponsorKind
    public var pledges: [Pledge]

    public init(id: String, name: String, kind: SponsorKind, pledges: [Pledge] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.pledges = pledges
    }
}

public enum SponsorKind: String, CaseIterable, Sendable, TextForm {
    case business, foundation, municipal, community
}

/// Support promised to one idea: money in whole euros, help in kind, or both.
public struct Pledge: Identifiable, Equatable, Sendable {
    public var id: String
    public var ideaId: String
    public var amount: Int?
    public var inKind: String?

    public init(id: String, ideaId: String, amount: Int? = nil, inKind: String? = nil) {
        self.id = id
        self.ideaId = ideaId
        self.amount = amount
        self.inKind = inKind
    }
}

extension Sponsor: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("name", name)
        o.set("kind", kind)
        o.set("pledges", pledges)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        name = r.string("name")
        kind = r.value("kind") ?? .business
        pledges = r.objects("pledges") { Pledge($0) }
    }
}

extension Pledge: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("ideaId", ideaId)
        o.set("amount", amount)
        o.set("inKind", inKind)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        ideaId = r.string("ideaId")
        amount = r.optionalInt("amount", min: 0)
        inKind = r.optionalString("inKind")
        if amount == nil && inKind == nil {
            r.problem("a pledge needs an amount in euros, something in kind, or both")
        }
    }
}
