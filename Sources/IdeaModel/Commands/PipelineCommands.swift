/// Moving ideas through the pipeline: forward through the gates, back, aside, and onto
/// the festival grid.
extension CommandHandlers {
    static func moveForward(_ ideaId: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "move the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        guard let target = idea.stage.next else {
            throw RuleViolation("Cannot move \(title) forward", reasons: [Gates.endOfPipeline(idea)])
        }
        let missing = Gates.conditions(for: idea, to: target, in: db, today: ctx.today).filter { !$0.met }.map(\.text)
        guard missing.isEmpty else {
            throw RuleViolation("Cannot move \(title) to \(target.rawValue)", reasons: missing)
        }
        changeStage(i, to: target, &db, ctx, reason: nil)
        return CommandChange(kind: "stage", ideaId: idea.id,
                             summary: "moved \(title) from \(idea.stage.rawValue) to \(target.rawValue)")
    }

    static func moveBack(_ ideaId: String, _ reason: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "move back the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        var refusal = CommandRefusal("Cannot move \(title) back")
        refusal.require(!CommandWords.isBlank(reason), "a reason is needed, so the team knows why")
        guard let target = idea.stage.previous else {
            switch idea.stage {
            case .parked, .withdrawn: throw refusal.failing(with: "it is \(idea.stage.rawValue); reopen it instead")
            default: throw refusal.failing(with: "it is at the first stage, \(idea.stage.rawValue)")
            }
        }
        try refusal.check()

        var summary = "moved \(title) back from \(idea.stage.rawValue) to \(target.rawValue)"
        if idea.stage == .scheduled {
            let slots = db.festival.slots.filter { $0.ideaId == idea.id }
            db.festival.slots.removeAll { $0.ideaId == idea.id }
            let places = slots.map { "\(CommandWords.venueName($0.venueId, in: db)), \(CommandWords.span($0.start, $0.end))" }
            if !places.isEmpty { summary += " and took it off the festival grid (\(CommandWords.list(places)))" }
        }
        let why = CommandWords.trimmed(reason)
        changeStage(i, to: target, &db, ctx, reason: why)
        return CommandChange(kind: "stage", ideaId: idea.id, summary: summary, reason: why)
    }

    /// Park or withdraw.
    static func setAside(_ ideaId: String, _ reason: String, to target: Stage, _ db: inout Database,
                         _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let verb = target == .parked ? "park" : "withdraw"
        let i = try ideaIndex(ideaId, in: db, doing: "\(verb) the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        var refusal = CommandRefusal("Cannot \(verb) \(title)")
        refusal.require(!CommandWords.isBlank(reason), "a reason is needed, so others know why")
        switch idea.stage {
        case .shared, .refined, .team, .mentored, .workshops, .ready:
            break
        case .scheduled:
            let slot = db.festival.slots.first { $0.ideaId == idea.id }
            let place = slot.map { " at \(CommandWords.venueName($0.venueId, in: db)), \(CommandWords.span($0.start, $0.end))" } ?? ""
            refusal.add("it is scheduled\(place); move it back to ready first, which takes it off the festival grid")
        case .delivered:
            refusal.add("it has already been delivered")
        case .parked:
            if target == .parked { refusal.add("it is already parked") }
        case .withdrawn:
            refusal.add(target == .withdrawn ? "it is already withdrawn" : "it is withdrawn; reopen it first")
        }
        try refusal.check()

        let why = CommandWords.trimmed(reason)
        let verbPast = target == .parked ? "parked" : "withdrew"
        let summary = "\(verbPast) \(title) (it was \(idea.stage.rawValue))"
        changeStage(i, to: target, &db, ctx, reason: why)
        db.ideas[i].reason = why
        return CommandChange(kind: "stage", ideaId: idea.id, summary: summary, reason: why)
    }

    static func reopen(_ ideaId: String, _ reason: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "reopen the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        var refusal = CommandRefusal("Cannot reopen \(title)")
        refusal.require(!CommandWords.isBlank(reason), "a reason is needed, so others know why it is back")
        refusal.require(idea.stage == .parked || idea.stage == .withdrawn,
                        "it is not parked or withdrawn; it is in stage \(idea.stage.rawValue)")
        try refusal.check()

        let target = idea.stageBeforeParking ?? .shared
        let why = CommandWords.trimmed(reason)
        changeStage(i, to: target, &db, ctx, reason: why)
        db.ideas[i].reason = nil
        return CommandChange(kind: "stage", ideaId: idea.id,
                             summary: "reopened \(title) at stage \(target.rawValue) (it was \(idea.stage.rawValue))", reason: why)
    }

    static func schedule(_ ideaId: String, _ venueId: String, _ start: ClockTime, _ pinned: Bool,
                         _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "schedule the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        var refusal = CommandRefusal("Cannot schedule \(title)")
        switch idea.stage {
        case .ready, .scheduled: break
        case .delivered: refusal.add("it has already been delivered")
        case .parked, .withdrawn: refusal.add("it is \(idea.stage.rawValue); reopen it and bring it to ready first")
        default: refusal.add("it is in stage \(idea.stage.rawValue); only ready ideas can be placed on the festival grid")
        }
        guard let venue = db.venues.first(where: { $0.id == venueId }) else {
            throw refusal.failing(with: "there is no venue with the id \(CommandWords.quoted(venueId))")
        }
        try refusal.check()
        refusal.action = "Cannot schedule \(title) at \(venue.name) at \(start.text)"
        for problem in PlacementRules.problems(placing: idea, at: venue, start: start, in: db) { refusal.add(problem) }
        try refusal.check()
        guard let plan = idea.plan else { throw refusal.failing(with: "it has no intervention plan") }

        let end = ClockTime(minutes: start.minutes + plan.durationMinutes)
        let place = "\(venue.name) (\(venue.district)), \(CommandWords.span(start, end))" + (pinned ? ", pinned" : "")
        if let s = db.festival.slots.firstIndex(where: { $0.ideaId == idea.id }) {
            let old = db.festival.slots[s]
            let was = "\(CommandWords.venueName(old.venueId, in: db)), \(CommandWords.span(old.start, old.end))"
            db.festival.slots[s].venueId = venue.id
            db.festival.slots[s].start = start
            db.festival.slots[s].end = end
            db.festival.slots[s].pinned = pinned
            return CommandChange(kind: "schedule", ideaId: idea.id, summary: "moved \(title) to \(place) (it was at \(was))")
        }
        let id = CommandIDs.next("slot-", width: 4, in: db.festival.slots.lazy.map(\.id))
        db.festival.slots.append(Slot(id: id, ideaId: idea.id, venueId: venue.id, start: start, end: end, pinned: pinned))
        changeStage(i, to: .scheduled, &db, ctx, reason: nil)
        return CommandChange(kind: "stage", ideaId: idea.id, summary: "scheduled \(title) at \(place)")
    }

    /// All or nothing: worked on a copy, which replaces the database only when every
    /// placement went through.
    static func autoSchedule(_ placements: [AutoScheduler.Placement], _ reflow: Bool,
                             _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        var work = db
        var moved = 0
        if reflow {
            // Only slots of ideas still "scheduled" move; pinned and delivered ones stay.
            let moving = Set(work.ideas.filter { $0.stage == .scheduled }.map(\.id))
            let off = work.festival.slots.filter { !$0.pinned && moving.contains($0.ideaId) }
            work.festival.slots.removeAll { !$0.pinned && moving.contains($0.ideaId) }
            for slot in off {
                guard let i = work.ideas.firstIndex(where: { $0.id == slot.ideaId }), work.ideas[i].stage == .scheduled else { continue }
                changeStage(i, to: .ready, &work, ctx, reason: "reflow of the festival schedule")
                moved += 1
            }
        }
        for p in placements {
            do {
                _ = try schedule(p.ideaId, p.venueId, p.start, false, &work, ctx)
            } catch {
                throw RuleViolation("Cannot apply the automatic schedule", reasons: [error.message])
            }
        }
        db = work
        let n = placements.count
        return CommandChange(kind: "schedule", ideaId: nil,
                             summary: "scheduled \(n) \(n == 1 ? "intervention" : "interventions") automatically"
                                 + (reflow ? " (\(moved) unpinned slots placed again)" : ""))
    }
}
