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
        refusal.require(db.districts.contains(venue.district),
                        "\(CommandWords.quoted(venue.district)) is not one of the districts of this database")
        refusal.require(venue.capacity >= 0, "the capacity cannot be below 0")
        refusal.require(venue.opens < venue.closes, "it opens at \(venue.opens.text) but closes at \(venue.closes.text)")
    }

    static func editVenue(_ venue: Venue, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        guard let v = db.venues.firstIndex(where: { $0.id == venue.id }) else {
            throw RuleViolation("Cannot change the venue", reasons: ["there is no venue with the id \(CommandWords.quoted(venue.id))"])
        }
        let old = db.venues[v]
        var refusal = CommandRefusal("Cannot change the venue \(CommandWords.quoted(old.name))")
        refusal.require(!CommandWords.isBlank(venue.name), "the name is empty")
        checkVenue(venue, db, &refusal)
        try refusal.check()
        var changed = db
        changed.venues[v] = venue
        changed.venues[v].name = CommandWords.trimmed(venue.name)
        // Named before anything changes: the scheduled interventions it would break.
        for problem in ScheduleCheck.newProblems(before: db, after: changed) { refusal.add(problem) }
        try refusal.check()
        db = changed
        return CommandChange(kind: "venue", ideaId: nil, summary: "changed the venue \(changed.venues[v].name)")
    }

    static func setFestival(_ s: FestivalSettings, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        var refusal = CommandRefusal("Cannot change the festival")
        refusal.require(!CommandWords.isBlank(s.title), "the title is empty")
        refusal.require(s.target >= 1, "the target must be at least 1 intervention")
        refusal.require(s.dayStart < s.dayEnd, "the day starts at \(s.dayStart.text) but ends at \(s.dayEnd.text)")
        refusal.require([5, 10, 15, 20, 30, 60].contains(s.gridMinutes), "the grid must be 5, 10, 15, 20, 30 or 60 minutes, not \(s.gridMinutes)")
        refusal.require((0...240).contains(s.changeoverMinutes), "changeover must be between 0 and 240 minutes")
        refusal.require((0...240).contains(s.travelMinutes), "travel time must be between 0 and 240 minutes")
        refusal.require(s.maxMentorsPerTeam >= 1, "a team must be allowed at least 1 mentor")
        if let most = db.teams.map(\.mentorIds.count).max(), most > s.maxMentorsPerTeam {
            refusal.add("a team already has \(most) mentors, more than \(s.maxMentorsPerTeam)")
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
        return CommandChange(kind: "festival", ideaId: nil, summary: "changed the festival's settings")
    }
}

extension CommandHandlers {
    static func setLength(_ ideaId: String, _ minutes: Int, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "change the length of")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        let grid = db.festival.gridMinutes
        var refusal = CommandRefusal("Cannot make \(title) last \(minutes) minutes")
        guard idea.stage == .scheduled, let s = db.festival.slots.firstIndex(where: { $0.ideaId == idea.id }), let plan = idea.plan else {
            throw refusal.failing(with: idea.stage == .delivered
                ? "it has already been delivered"
                : "it is not on the festival grid; its length is part of its plan")
        }
        let slot = db.festival.slots[s]
        guard let venue = db.venues.first(where: { $0.id == slot.venueId }) else {
            throw refusal.failing(with: "its venue \(CommandWords.quoted(slot.venueId)) is not in this database")
        }
        if minutes < grid || minutes > 24 * 60 {
            refusal.add("an intervention lasts between one \(grid)-minute step and a whole day")
        } else if minutes % grid != 0 {
            refusal.add("\(minutes) minutes is not on the \(grid)-minute grid")
        }
        try refusal.check()
        var longer = idea
        longer.plan?.durationMinutes = minutes
        for problem in PlacementRules.problems(placing: longer, at: venue, start: slot.start, in: db) { refusal.add(problem) }
        try refusal.check()

        let end = ClockTime(minutes: slot.start.minutes + minutes)
        db.ideas[i].plan?.durationMinutes = minutes
        db.festival.slots[s].end = end
        return CommandChange(kind: "schedule", ideaId: idea.id,
                             summary: "made \(title) last \(minutes) minutes instead of \(plan.durationMinutes): "
                                 + "\(venue.name), \(CommandWords.span(slot.start, end))")
    }
}
