/// "100 in 1 day": one date, a grid of time, and the slots placed on it.
public struct Festival: Equatable, Sendable {
    public var title: String
    public var day: Day
    public var target: Int
    public var dayStart: ClockTime
    public var dayEnd: ClockTime
    public var gridMinutes: Int
    /// Minutes a venue needs between two interventions.
    public var changeoverMinutes: Int
    /// Minutes a person needs to get from one district to another.
    public var travelMinutes: Int
    /// The most mentors one team may have.
    public var maxMentorsPerTeam: Int
    public var slots: [Slot]

    public init(title: String, day: Day, target: Int = 100, dayStart: ClockTime = ClockTime(10),
                dayEnd: ClockTime = ClockTime(22), gridMinutes: Int = 15, changeoverMinutes: Int = 15,
                travelMinutes: Int = 30, maxMentorsPerTeam: Int = 3, slots: [Slot] = []) {
        self.title = title
        self.day = day
        self.target = target
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.gridMinutes = gridMinutes
        self.changeoverMinutes = changeoverMinutes
        self.travelMinutes = travelMinutes
        self.maxMentorsPerTeam = maxMentorsPerTeam
        self.slots = slots
    }
}

/// An intervention placed at a venue for a span of festival day.
public struct Slot: Identifiable, Equatable, Sendable {
    public var id: String
    public var ideaId: String
    public var venueId: String
    public var start: ClockTime
    public var end: ClockTime
    /// Pinned slots stay where they are when the schedule is rebuilt.
    public var pinned: Bool

    public init(id: String, ideaId: String, venueId: String, start: ClockTime, end: ClockTime, pinned: Bool = false) {
        self.id = id
        self.ideaId = ideaId
        self.venueId = venueId
        self.start = start
        self.end = end
        self.pinned = pinned
    }

    public var minutes: Int { end.minutes - start.minutes }

    public func overlaps(_ other: Slot, gap: Int = 0) -> Bool {
        start.minutes < other.end.minutes + gap && other.start.minutes < end.minutes + gap
    }
}

extension Festival: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("title", title)
        o.set("day", day)
        o.set("target", target)
        o.set("dayStart", dayStart)
        o.set("dayEnd", dayEnd)
        o.set("gridMinutes", gridMinutes)
        o.set("changeoverMinutes", changeoverMinutes)
        o.set("travelMinutes", travelMinutes)
        o.set("maxMentorsPerTeam", maxMentorsPerTeam)
        o.set("slots", slots)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        title = r.string("title")
        day = r.value("day") ?? Day(daysSinceEpoch: 0)
        target = r.int("target", min: 1, max: 10_000)
        dayStart = r.value("dayStart") ?? ClockTime(10)
        dayEnd = r.value("dayEnd") ?? ClockTime(22)
        gridMinutes = r.int("gridMinutes", min: 5, max: 60)
        changeoverMinutes = r.int("changeoverMinutes", min: 0, max: 240)
        travelMinutes = r.int("travelMinutes", min: 0, max: 240)
        maxMentorsPerTeam = r.int("maxMentorsPerTeam", min: 1, max: 20)
        slots = r.objects("slots") { Slot($0) }
    }
}

extension Slot: JSONEncodable {
    public var json: JSONValue {
        var o = ObjectBuilder()
        o.set("id", id)
        o.set("ideaId", ideaId)
        o.set("venueId", venueId)
        o.set("start", start)
        o.set("end", end)
        o.set("pinned", pinned)
        return o.json
    }

    init<R: RecordReader>(_ r: R) {
        id = r.string("id")
        ideaId = r.string("ideaId")
        venueId = r.string("venueId")
        start = r.value("start") ?? ClockTime(0)
        end = r.value("end") ?? ClockTime(0)
        pinned = r.bool("pinned")
    }
}
