/// Moving ideas through the pipeline: forward through the gates, back, aside, and onto
/// the festival grid.
extension CommandHandlers {
    static func moveForward(_ ideaId: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .move)
        let idea = db.ideas[i]
        guard let target = idea.stage.next else {
            throw RuleViolation(.moveForward(idea: idea.title), reasons: [.gate(Gates.endOfPipelineCondition(idea))])
        }
        let missing = Gates.conditions(for: idea, to: target, in: db, today: ctx.today).filter { !$0.met }
        guard missing.isEmpty else {
            throw RuleViolation(.moveTo(idea: idea.title, target), reasons: missing.map { .gate($0.condition) })
        }
        changeStage(i, to: target, &db, ctx, reason: nil)
        return CommandChange(kind: "stage", ideaId: idea.id,
                             done: .moved(idea: idea.title, from: idea.stage, to: target))
    }

    static func moveBack(_ ideaId: String, _ reason: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .moveBack)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(.moveBack(idea: idea.title))
        refusal.require(!CommandWords.isBlank(reason), .reasonNeededBack)
        guard let target = idea.stage.previous else {
            switch idea.stage {
            case .parked, .withdrawn: throw refusal.failing(with: .setAsideReopenInstead(idea.stage))
            default: throw refusal.failing(with: .atFirstStage(idea.stage))
            }
        }
        try refusal.check()

        var off: [SlotPlace] = []
        if idea.stage == .scheduled {
            let slots = db.festival.slots.filter { $0.ideaId == idea.id }
            db.festival.slots.removeAll { $0.ideaId == idea.id }
            off = slots.map { SlotPlace(venue: CommandWords.venueName($0.venueId, in: db), start: $0.start, end: $0.end) }
        }
        let why = CommandWords.trimmed(reason)
        changeStage(i, to: target, &db, ctx, reason: why)
        return CommandChange(kind: "stage", ideaId: idea.id, done: .movedBack(idea: idea.title, from: idea.stage, to: target, tookOff: off),
                             reason: why)
    }

    /// Park or withdraw.
    static func setAside(_ ideaId: String, _ reason: String, to target: Stage, _ db: inout Database,
                         _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let parking = target == .parked
        let i = try ideaIndex(ideaId, in: db, doing: parking ? .park : .withdraw)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(parking ? .park(idea: idea.title) : .withdraw(idea: idea.title))
        refusal.require(!CommandWords.isBlank(reason), .reasonNeededAside)
        switch idea.stage {
        case .shared, .refined, .team, .mentored, .workshops, .ready:
            break
        case .scheduled:
            let slot = db.festival.slots.first { $0.ideaId == idea.id }
            refusal.add(.scheduledMoveBackFirst(slot.map {
                SlotPlace(venue: CommandWords.venueName($0.venueId, in: db), start: $0.start, end: $0.end)
            }))
        case .delivered:
            refusal.add(.alreadyDelivered)
        case .parked:
            if parking { refusal.add(.alreadyParked) }
        case .withdrawn:
            refusal.add(target == .withdrawn ? .alreadyWithdrawn : .gate(.withdrawn))
        }
        try refusal.check()

        let why = CommandWords.trimmed(reason)
        changeStage(i, to: target, &db, ctx, reason: why)
        db.ideas[i].reason = why
        return CommandChange(kind: "stage", ideaId: idea.id, done: .setAside(idea: idea.title, to: target, was: idea.stage), reason: why)
    }

    static func reopen(_ ideaId: String, _ reason: String, _ db: inout Database, _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .reopen)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(.reopen(idea: idea.title))
        refusal.require(!CommandWords.isBlank(reason), .reasonNeededReopen)
        refusal.require(idea.stage == .parked || idea.stage == .withdrawn, .notSetAside(idea.stage))
        try refusal.check()

        let target = idea.stageBeforeParking ?? .shared
        let why = CommandWords.trimmed(reason)
        changeStage(i, to: target, &db, ctx, reason: why)
        db.ideas[i].reason = nil
        return CommandChange(kind: "stage", ideaId: idea.id,
                             done: .reopened(idea: idea.title, at: target, was: idea.stage), reason: why)
    }

    static func schedule(_ ideaId: String, _ venueId: String, _ start: ClockTime, _ pinned: Bool,
                         _ db: inout Database, _ ctx: CommandContext,
                         people: PlacementRules.PeopleIndex? = nil) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .schedule)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(.schedule(idea: idea.title))
        switch idea.stage {
        case .ready, .scheduled: break
        case .delivered: refusal.add(.alreadyDelivered)
        case .parked, .withdrawn: refusal.add(.setAsideBringToReady(idea.stage))
        default: refusal.add(.notReadyForGrid(idea.stage))
        }
        guard let venue = db.venues.first(where: { $0.id == venueId }) else {
            throw refusal.failing(with: .noRecord(.venue, id: venueId))
        }
        try refusal.check()
        refusal.attempt = .scheduleAt(idea: idea.title, venue: venue.name, start: start)
        for problem in PlacementRules.violations(placing: idea, at: venue, start: start, in: db, people: people) {
            refusal.add(.placement(problem))
        }
        try refusal.check()
        guard let plan = idea.plan else { throw refusal.failing(with: .noPlan) }

        let end = ClockTime(minutes: start.minutes + plan.durationMinutes)
        let place = SlotPlace(venue: venue.name, start: start, end: end)
        if let s = db.festival.slots.firstIndex(where: { $0.ideaId == idea.id }) {
            let old = db.festival.slots[s]
            let was = SlotPlace(venue: CommandWords.venueName(old.venueId, in: db), start: old.start, end: old.end)
            db.festival.slots[s].venueId = venue.id
            db.festival.slots[s].start = start
            db.festival.slots[s].end = end
            db.festival.slots[s].pinned = pinned
            return CommandChange(kind: "schedule", ideaId: idea.id,
                                 done: .rescheduled(idea: idea.title, to: place, district: venue.district, pinned: pinned, was: was))
        }
        let id = CommandIDs.next("slot-", width: 4, in: db.festival.slots.lazy.map(\.id))
        db.festival.slots.append(Slot(id: id, ideaId: idea.id, venueId: venue.id, start: start, end: end, pinned: pinned))
        changeStage(i, to: .scheduled, &db, ctx, reason: nil)
        return CommandChange(kind: "stage", ideaId: idea.id,
                             done: .scheduled(idea: idea.title, at: place, district: venue.district, pinned: pinned))
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
        // Placing ideas changes no team: who is in which is read once for all of them.
        let people = PlacementRules.PeopleIndex(work)
        for p in placements {
            do {
                _ = try schedule(p.ideaId, p.venueId, p.start, false, &work, ctx, people: people)
            } catch {
                throw RuleViolation(.autoSchedule, reasons: [.step(error)])
            }
        }
        db = work
        return CommandChange(kind: "schedule", ideaId: nil, done: .autoScheduled(count: placements.count, reflowed: reflow ? moved : nil))
    }
}
