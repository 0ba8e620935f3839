/// An idea for the city, from first sketch to festival intervention.
public struct Idea: Identifiable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var summary: String
    public var problem: String
    public var impact: String
    public var authorId: String
    public var sectors: [Sector]
    public var district: String
    public var tags: [String]
    public var stage: Stage
    public var createdAt: Timestamp
    /// Every stage change, oldest first.
    public var history: [StageChange]
    /// Why the idea is parked or withdrawn; nil otherwise.
    public var reason: String?
    /// Money the idea needs, in whole euros.
    public var fundingNeed: Int?
    /// How the idea would run at the festival; required before "ready".
    public var plan: InterventionPlan?

    public init(id: String, title: String, summary: String = "", problem: String = "", impact: String = "",
                authorId: String, sectors: [Sector], district: String, tags: [String] = [],
                stage: Stage = .shared, createdAt: Timestamp, history: [StageChange] = [],
                reason: String? = nil, fundingNeed: Int? = nil, plan: InterventionPlan? = nil) {
        self.id = id
        self.title = title
        self.summary = summary
        self.problem = problem
        self.impact = impact
        self.authorId = authorId
        self.sectors = sectors
        self.district = district
        self.tags = tags
        self.stage = stage
        self.createdAt = createdAt
        self.history = history
        self.reason = reason
        self.fundingNeed = fundingNeed
        self.plan = plan
    }
}

/// One move of an idea between stages: who, when, and why.
public struct StageChange: Equatable, Sendable {
    public var from: Stage
    public var to: Stage
    public var at: Timestamp
    public var by: String
    public var reason: String?

    public init(from: Stage, to: Stage, at: Timestamp, by: String, reason: String? = nil) {
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.reason = reason
    }
}

/// What an intervention needs on festival day.
public struct InterventionPlan: Equatable, Sendable {
    /// On the festival grid (a multiple of its step, 15 minutes by default).
    public var durationMinutes: Int
    public var features: [VenueFeature]
    public var audience: Int
    /// Districts the team would like to be in, most wanted first.
    public var districts: [String]
    /// Optional window the intervention must fit in.
    public var earliest: ClockTime?
    public var latest: ClockTime?

    public init(durationMinutes: Int, features: [VenueFeature] = [], audience: Int, districts: [String] = [],
                earliest: ClockTime? = nil, latest: ClockTime? = nil) {
        self.durationMinutes = durationMinutes
        self.features = features
        self.audience = audience
        self.districts = districts
        self.earliest = earliest
        self.latest = latest
    }
}

extension Idea: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("title", title)
        o.set("summary", summary)
        o.set("problem", problem)
        o.set("impact", impact)
        o.set("authorId", authorId)
        o.set("sectors", sectors)
        o.set("district", district)
        o.set("tags", tags)
        o.set("stage", stage)
        o.set("createdAt", createdAt)
        o.set("history", history)
        o.set("reason", reason)
        o.set("fundingNeed", fundingNeed)
        o.set("plan", plan)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        title = r.string("title")
        summary = r.text("summary")
        problem = r.text("problem")
        impact = r.text("impact")
        authorId = r.string("authorId")
        sectors = r.values("sectors")
        if sectors.isEmpty { r.problem(at: "sectors", "an idea needs at least one sector") }
        district = r.string("district")
        tags = r.strings("tags")
        stage = r.value("stage") ?? .shared
        createdAt = r.value("createdAt") ?? Timestamp(seconds: 0)
        history = r.objects("history") { StageChange($0) }
        reason = r.optionalString("reason")
        fundingNeed = r.optionalInt("fundingNeed", min: 0)
        plan = r.optionalObject("plan") { InterventionPlan($0) }
    }
}

extension StageChange: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("from", from)
        o.set("to", to)
        o.set("at", at)
        o.set("by", by)
        o.set("reason", reason)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        from = r.value("from") ?? .shared
        to = r.value("to") ?? .shared
        at = r.value("at") ?? Timestamp(seconds: 0)
        by = r.string("by")
        reason = r.optionalString("reason")
    }
}

extension InterventionPlan: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("durationMinutes", durationMinutes)
        o.set("features", features)
        o.set("audience", audience)
        o.set("districts", districts)
        o.set("earliest", earliest)
        o.set("latest", latest)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        durationMinutes = r.int("durationMinutes", min: 1, max: 24 * 60)
        features = r.values("features")
        audience = r.int("audience", min: 0)
        districts = r.strings("districts")
        earliest = r.optionalValue("earliest")
        latest = r.optionalValue("latest")
    }
}
