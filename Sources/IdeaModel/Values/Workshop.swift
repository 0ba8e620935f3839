/// A sequence of creative workshop stages that teams go through. Stages are data, so
/// a facilitator can shape a track without a new version of the program.
public struct WorkshopTrack: Identifiable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var stages: [WorkshopStage]

    public init(id: String, name: String, stages: [WorkshopStage]) {
        self.id = id
        self.name = name
        self.stages = stages
    }

    /// The track a new database starts with.
    public static let standard = WorkshopTrack(id: "track-1", name: "Idea to intervention", stages: [
        WorkshopStage(id: "problem", name: "Problem & people"),
        WorkshopStage(id: "concept", name: "Concept"),
        WorkshopStage(id: "prototype", name: "Prototype"),
        WorkshopStage(id: "resources", name: "Resources & partners"),
        WorkshopStage(id: "pitch", name: "Pitch & plan"),
    ])
}

public struct WorkshopStage: Identifiable, Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One workshop held for a stage of a track, and the teams that attended.
public struct WorkshopSession: Identifiable, Equatable, Sendable {
    public var id: String
    public var trackId: String
    public var stageId: String
    public var day: Day
    public var place: String
    public var attendance: [String]

    public init(id: String, trackId: String, stageId: String, day: Day, place: String, attendance: [String] = []) {
        self.id = id
        self.trackId = trackId
        self.stageId = stageId
        self.day = day
        self.place = place
        self.attendance = attendance
    }
}

extension WorkshopTrack: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("name", name)
        o.set("stages", stages)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        name = r.string("name")
        stages = r.objects("stages") { WorkshopStage($0) }
        if stages.isEmpty { r.problem(at: "stages", "a workshop track needs at least one stage") }
    }
}

extension WorkshopStage: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("name", name)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        name = r.string("name")
    }
}

extension WorkshopSession: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("trackId", trackId)
        o.set("stageId", stageId)
        o.set("day", day)
        o.set("place", place)
        o.set("attendance", attendance)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        trackId = r.string("trackId")
        stageId = r.string("stageId")
        day = r.value("day") ?? Day(daysSinceEpoch: 0)
        place = r.string("place")
        attendance = r.strings("attendance")
    }
}
