/// The festival's settings, as one value a form edits.
public struct FestivalSettings: Equatable, Sendable {
    public var title: String
    public var day: Day
    public var target: Int
    public var dayStart: ClockTime
    public var dayEnd: ClockTime
    public var gridMinutes: Int
    public var changeoverMinutes: Int
    public var travelMinutes: Int
    public var maxMentorsPerTeam: Int

    public init(_ f: Festival) {
        title = f.title
        day = f.day
        target = f.target
        dayStart = f.dayStart
        dayEnd = f.dayEnd
        gridMinutes = f.gridMinutes
        changeoverMinutes = f.changeoverMinutes
        travelMinutes = f.travelMinutes
        maxMentorsPerTeam = f.maxMentorsPerTeam
    }
}

extension CommandHandlers {
    /// A venue's own rules, shared by adding and changing one.
    static func checkVenue(_ venue: Venue, _ db: Database, _ refusal: inout CommandRefusal) {
        refusal.require(db.districts.contains(venue.district), .unknownDistrict(venue.district))
        refusal.require(venue.capacity >= 0, .capacityBelowZero)
        refusal.require(venue.opens < venue.closes, .opensAfterCloses(opens: venue.opens, closes: venue.closes))
    }

    static func editVenue(_ venue: Venue, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        guard let v = db.venues.firstIndex(where: { $0.id == venue.id }) else {
            throw RuleViolation(.changeVenue(nil), reasons: [.noRecord(.venue, id: venue.id)])
        }
        let old = db.venues[v]
        var refusal = CommandRefusal(.changeVenue(old.name))
        refusal.require(!CommandWords.isBlank(venue.name), .nameEmpty)
        checkVenue(venue, db, &refusal)
        try refusal.check()
        var changed = db
        changed.venues[v] = venue
        changed.venues[v].name = CommandWords.trimmed(venue.name)
        // Named before anything changes: the scheduled interventions it would break.
        for problem in ScheduleCheck.newProblems(before: db, after: changed) { refusal.add(problem) }
        try refusal.check()
        db = changed
        return CommandChange(kind: "venue", ideaId: nil, done: .changedVenue(changed.venues[v].name))
    }

    static func setFestival(_ s: FestivalSettings, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal(.changeFestival)
        refusal.require(!CommandWords.isBlank(s.title), .titleEmpty)
        refusal.require(s.target >= 1, .targetBelowOne)
        refusal.require(s.dayStart < s.dayEnd, .dayEndsBeforeStart(start: s.dayStart, end: s.dayEnd))
        refusal.require([5, 10, 15, 20, 30, 60].contains(s.gridMinutes), .gridChoice(s.gridMinutes))
        refusal.require((0...240).contains(s.changeoverMinutes), .changeoverRange)
        refusal.require((0...240).contains(s.travelMinutes), .travelRange)
        refusal.require(s.maxMentorsPerTeam >= 1, .mentorsPerTeamBelowOne)
        if let most = db.teams.map(\.mentorIds.count).max(), most > s.maxMentorsPerTeam {
            refusal.add(.teamHasMoreMentors(count: most, max: s.maxMentorsPerTeam))
        }
        try refusal.check()
        var changed = db
        changed.festival.title = CommandWords.trimmed(s.title)
        changed.festival.day = s.day
        changed.festival.target = s.target
        changed.festival.dayStart = s.dayStart
        changed.festival.dayEnd = s.dayEnd
        changed.festival.gridMinutes = s.gridMinutes
        changed.festival.changeoverMinutes = s.changeoverMinutes
        changed.festival.travelMinutes = s.travelMinutes
        changed.festival.maxMentorsPerTeam = s.maxMentorsPerTeam
        for problem in ScheduleCheck.newProblems(before: db, after: changed) { refusal.add(problem) }
        try refusal.check()
        db = changed
        return CommandChange(kind: "festival", ideaId: nil, done: .changedFestival)
    }
}

extension CommandHandlers {
    static func setLength(_ ideaId: String, _ minutes: Int, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .setLength)
        let idea = db.ideas[i]
        let grid = db.festival.gridMinutes
        var refusal = CommandRefusal(.setLength(idea: idea.title, minutes: minutes))
        guard idea.stage == .scheduled, let s = db.festival.slots.firstIndex(where: { $0.ideaId == idea.id }), let plan = idea.plan else {
            throw refusal.failing(with: idea.stage == .delivered ? .alreadyDelivered : .notOnGrid)
        }
        let slot = db.festival.slots[s]
        guard let venue = db.venues.first(where: { $0.id == slot.venueId }) else {
            throw refusal.failing(with: .venueMissing(id: slot.venueId))
        }
        if minutes < grid || minutes > 24 * 60 {
            refusal.add(.lengthRange(grid: grid))
        } else if minutes % grid != 0 {
            refusal.add(.minutesOffGrid(minutes: minutes, grid: grid))
        }
        try refusal.check()
        var longer = idea
        longer.plan?.durationMinutes = minutes
        for problem in PlacementRules.violations(placing: longer, at: venue, start: slot.start, in: db) { refusal.add(.placement(problem)) }
        try refusal.check()

        let end = ClockTime(minutes: slot.start.minutes + minutes)
        db.ideas[i].plan?.durationMinutes = minutes
        db.festival.slots[s].end = end
        return CommandChange(kind: "schedule", ideaId: idea.id,
                             done: .lengthChanged(idea: idea.title, minutes: minutes, was: plan.durationMinutes,
                                                  at: SlotPlace(venue: venue.name, start: slot.start, end: end)))
    }
}
