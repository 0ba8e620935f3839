/// The hard rules of the festival grid: where and when an intervention may be placed.
public enum PlacementRules {
    /// Every rule `idea` would break starting at `start` in `venue`, in the order they are
    /// checked (so the first is the plainest); empty when it may go there. The idea's own
    /// slot, if it has one, is ignored, so this also answers "can it move there?".
    /// `people`: who is in which idea's team, made once when many placements are checked
    /// on a database whose teams stay the same (made here when not given).
    public static func violations(placing idea: Idea, at venue: Venue, start: ClockTime, in db: Database,
                                  people index: PeopleIndex? = nil) -> [PlacementProblem] {
        guard let plan = idea.plan else { return [.noPlan] }
        let f = db.festival
        let end = ClockTime(minutes: start.minutes + plan.durationMinutes)
        let slot = Slot(id: "", ideaId: idea.id, venueId: venue.id, start: start, end: end)
        var found: [PlacementProblem] = []

        if (start.minutes - f.dayStart.minutes) % f.gridMinutes != 0 {
            found.append(.offGrid(start: start, gridMinutes: f.gridMinutes, dayStart: f.dayStart))
        }
        if plan.durationMinutes <= 0 || plan.durationMinutes % f.gridMinutes != 0 {
            found.append(.lengthOffGrid(minutes: plan.durationMinutes, gridMinutes: f.gridMinutes))
        }
        if start < f.dayStart || end > f.dayEnd {
            found.append(.outsideDay(start: start, end: end, dayStart: f.dayStart, dayEnd: f.dayEnd))
        }
        if start < venue.opens || end > venue.closes {
            found.append(.venueClosed(venue: venue.name, opens: venue.opens, closes: venue.closes))
        }
        if venue.capacity < plan.audience {
            found.append(.tooSmall(venue: venue.name, holds: venue.capacity, expects: plan.audience))
        }
        let missing = plan.features.filter { !venue.features.contains($0) }
        if !missing.isEmpty {
            found.append(.missingFeatures(venue: venue.name, features: missing))
        }
        if let earliest = plan.earliest, start < earliest {
            found.append(.tooEarly(earliest: earliest))
        }
        if let latest = plan.latest, end > latest {
            found.append(.tooLate(latest: latest))
        }

        let change = f.changeoverMinutes
        for other in f.slots where other.venueId == venue.id && other.ideaId != idea.id
            && other.overlaps(slot, gap: change) {
            found.append(.clash(idea: title(other.ideaId, db), venue: venue.name, start: other.start, end: other.end, changeover: change))
        }

        found += peopleProblems(idea, slot, venue, db, index ?? PeopleIndex(db))
        return found
    }

    /// An idea's title, or its id when it is missing.
    private static func title(_ id: String, _ db: Database) -> String { db.ideas.first { $0.id == id }?.title ?? id }

    /// Nobody in two places at once, and time to travel between districts.
    private static func peopleProblems(_ idea: Idea, _ slot: Slot, _ venue: Venue, _ db: Database,
                                       _ index: PeopleIndex) -> [PlacementProblem] {
        guard let team = index.teamOfIdea[idea.id] else { return [] }
        let ours = people(of: db.teams[team])
        // Only the slots of ideas that share someone with this one are looked at closely.
        var sharing: Set<String> = []
        for person in ours {
            for other in index.ideasOf[person] ?? [] where other != idea.id { sharing.insert(other) }
        }
        guard !sharing.isEmpty else { return [] }
        let travel = db.festival.travelMinutes
        var found: [PlacementProblem] = []
        for other in db.festival.slots where sharing.contains(other.ideaId) {
            guard let t = index.teamOfIdea[other.ideaId] else { continue }
            let theirs = Set(people(of: db.teams[t]))
            let shared = ours.filter(theirs.contains)
            if shared.isEmpty { continue }
            let title = title(other.ideaId, db)
            let otherVenue = db.venues.first { $0.id == other.venueId }
            let place = otherVenue.map { $0.name } ?? CommandWords.quoted(other.venueId)
            if other.overlaps(slot) {
                for id in shared {
                    found.append(.personBusy(person: CommandWords.personName(id, in: db), idea: title, venue: place,
                                             start: other.start, end: other.end))
                }
                continue
            }
            guard let there = otherVenue?.district, there != venue.district else { continue }
            if other.end <= slot.start, slot.start.minutes - other.end.minutes < travel {
                for id in shared {
                    found.append(.travelFrom(person: CommandWords.personName(id, in: db), idea: title, district: there,
                                             until: other.end, travel: travel, to: venue.district))
                }
            } else if slot.end <= other.start, other.start.minutes - slot.end.minutes < travel {
                for id in shared {
                    found.append(.travelTo(person: CommandWords.personName(id, in: db), idea: title, district: there,
                                           at: other.start, travel: travel, from: venue.district))
                }
            }
        }
        return found
    }

    /// Who is in which idea's team: the first team of each idea (as `teams.first` finds
    /// it), and each person's ideas through those teams.
    public struct PeopleIndex: Sendable {
        let teamOfIdea: [String: Int]
        let ideasOf: [String: [String]]

        public init(_ db: Database) {
            var teamOfIdea: [String: Int] = [:]
            var ideasOf: [String: [String]] = [:]
            for (i, t) in db.teams.enumerated() where teamOfIdea[t.ideaId] == nil {
                teamOfIdea[t.ideaId] = i
                for person in PlacementRules.people(of: t) { ideasOf[person, default: []].append(t.ideaId) }
            }
            self.teamOfIdea = teamOfIdea
            self.ideasOf = ideasOf
        }
    }

    /// Everyone who has to be there: lead, members and mentors, each once.
    static func people(of team: Team) -> [String] {
        var seen: Set<String> = []
        return (team.personIds + team.mentorIds).filter { seen.insert($0).inserted }
    }
}
