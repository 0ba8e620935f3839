/// The hard rules of the festival grid: where and when an intervention may be placed.
public enum PlacementRules {
    /// Every reason `idea` cannot start at `start` in `venue`; empty when it can. The idea's
    /// own slot, if it has one, is ignored, so this also answers "can it move there?".
    public static func problems(placing idea: Idea, at venue: Venue, start: ClockTime, in db: Database) -> [String] {
        guard let plan = idea.plan else { return ["it has no intervention plan, so its length is unknown"] }
        let f = db.festival
        let end = ClockTime(minutes: start.minutes + plan.durationMinutes)
        let slot = Slot(id: "", ideaId: idea.id, venueId: venue.id, start: start, end: end)
        let span = CommandWords.span(start, end)
        var reasons: [String] = []

        if (start.minutes - f.dayStart.minutes) % f.gridMinutes != 0 {
            reasons.append("\(start.text) is off the \(f.gridMinutes)-minute grid that starts at \(f.dayStart.text)")
        }
        if plan.durationMinutes <= 0 || plan.durationMinutes % f.gridMinutes != 0 {
            reasons.append("its planned length, \(plan.durationMinutes) minutes, is not on the \(f.gridMinutes)-minute grid")
        }
        if start < f.dayStart || end > f.dayEnd {
            reasons.append("\(span) is outside the festival day, \(CommandWords.span(f.dayStart, f.dayEnd))")
        }
        if start < venue.opens || end > venue.closes {
            reasons.append("\(venue.name) is open only \(CommandWords.span(venue.opens, venue.closes))")
        }
        if venue.capacity < plan.audience {
            reasons.append("\(venue.name) holds \(venue.capacity) people but the plan expects \(plan.audience)")
        }
        let missing = plan.features.filter { !venue.features.contains($0) }.map(\.rawValue)
        if !missing.isEmpty {
            reasons.append("\(venue.name) has no \(CommandWords.list(missing, "or"))")
        }
        if let earliest = plan.earliest, start < earliest {
            reasons.append("the plan asks to start no earlier than \(earliest.text)")
        }
        if let latest = plan.latest, end > latest {
            reasons.append("the plan asks to end by \(latest.text)")
        }

        let change = f.changeoverMinutes
        for other in f.slots where other.venueId == venue.id && other.ideaId != idea.id
            && other.overlaps(slot, gap: change) {
            let title = CommandWords.ideaTitle(other.ideaId, in: db)
            let otherSpan = CommandWords.span(other.start, other.end)
            reasons.append(change > 0
                ? "it would clash with \(title) at \(venue.name), \(otherSpan), counting \(change) minutes to change over"
                : "it would clash with \(title) at \(venue.name), \(otherSpan)")
        }

        reasons += peopleProblems(idea, slot, venue, db)
        return reasons
    }

    /// Nobody in two places at once, and time to travel between districts.
    private static func peopleProblems(_ idea: Idea, _ slot: Slot, _ venue: Venue, _ db: Database) -> [String] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else { return [] }
        let ours = people(of: team)
        var teamOfIdea: [String: Int] = [:]
        for (i, t) in db.teams.enumerated() where teamOfIdea[t.ideaId] == nil { teamOfIdea[t.ideaId] = i }
        let travel = db.festival.travelMinutes
        var reasons: [String] = []
        for other in db.festival.slots where other.ideaId != idea.id {
            guard let t = teamOfIdea[other.ideaId] else { continue }
            let theirs = Set(people(of: db.teams[t]))
            let shared = ours.filter(theirs.contains)
            if shared.isEmpty { continue }
            let title = CommandWords.ideaTitle(other.ideaId, in: db)
            let otherVenue = db.venues.first { $0.id == other.venueId }
            let place = otherVenue.map { $0.name } ?? CommandWords.quoted(other.venueId)
            if other.overlaps(slot) {
                for id in shared {
                    reasons.append("\(CommandWords.personName(id, in: db)) is already at \(title) (\(place), \(CommandWords.span(other.start, other.end)))")
                }
                continue
            }
            guard let there = otherVenue?.district, there != venue.district else { continue }
            if other.end <= slot.start, slot.start.minutes - other.end.minutes < travel {
                for id in shared {
                    reasons.append("\(CommandWords.personName(id, in: db)) is at \(title) in \(there) until \(other.end.text) and needs \(travel) minutes to reach \(venue.district)")
                }
            } else if slot.end <= other.start, other.start.minutes - slot.end.minutes < travel {
                for id in shared {
                    reasons.append("\(CommandWords.personName(id, in: db)) must be at \(title) in \(there) at \(other.start.text) and needs \(travel) minutes to get there from \(venue.district)")
                }
            }
        }
        return reasons
    }

    /// Everyone who has to be there: lead, members and mentors, each once.
    static func people(of team: Team) -> [String] {
        var seen: Set<String> = []
        return (team.personIds + team.mentorIds).filter { seen.insert($0).inserted }
    }
}
