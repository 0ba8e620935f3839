/// Places the ready, unscheduled ideas on the festival grid by every placement rule:
/// most constrained first (fewest possible venue-and-time options), each where it keeps
/// the most room for the rest, preferring its districts; when places run short, the
/// sectors with fewest interventions go first. Pinned slots always stay; without
/// `reflow` every existing slot stays, with it the unpinned ones are placed again. The
/// same data always gives the same result, and each idea it cannot place says why.
public enum AutoScheduler {
    public struct Placement: Equatable, Sendable {
        public var ideaId: String
        public var venueId: String
        public var start: ClockTime
        public var end: ClockTime
    }

    public struct Result: Equatable, Sendable {
        /// New or changed slots, by start then venue.
        public var placements: [Placement]
        /// Ideas left off the grid, each with why.
        public var unplaced: [(ideaId: String, reason: String)]

        public static func == (a: Result, b: Result) -> Bool {
            a.placements == b.placements && a.unplaced.elementsEqual(b.unplaced) { $0 == $1 }
        }
    }

    struct Busy { let start: Int, end: Int, district: Int, ideaId: String }

    public static func run(_ db: Database, reflow: Bool = false) -> Result {
        let f = db.festival
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(db.teams.map { ($0.ideaId, $0) }, uniquingKeysWith: { a, _ in a })
        let venues = db.venues.sorted { $0.id < $1.id }
        var districtId: [String: Int] = [:]
        for v in venues where districtId[v.district] == nil { districtId[v.district] = districtId.count }
        let venueIndex = Dictionary(venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        // What stays: pinned slots, slots of ideas no longer "scheduled" (delivered),
        // and all of them without reflow.
        let kept = f.slots.filter { !reflow || $0.pinned || ideas[$0.ideaId]?.stage != .scheduled }
        let keptIdeas = Set(kept.map(\.ideaId))
        var venueBusy = [[(start: Int, end: Int, ideaId: String)]](repeating: [], count: venues.count)
        var personBusy: [String: [Busy]] = [:]
        var sectorCount: [Sector: Int] = [:]
        func people(_ ideaId: String) -> [String] { teams[ideaId].map(PlacementRules.people) ?? [] }
        func occupy(_ ideaId: String, _ v: Int, _ s: Int, _ e: Int) {
            venueBusy[v].append((s, e, ideaId))
            for p in people(ideaId) {
                personBusy[p, default: []].append(Busy(start: s, end: e, district: districtId[venues[v].district] ?? -1, ideaId: ideaId))
            }
            for sector in ideas[ideaId]?.sectors ?? [] { sectorCount[sector, default: 0] += 1 }
        }
        func release(_ ideaId: String, _ v: Int) {
            venueBusy[v].removeAll { $0.ideaId == ideaId }
            for p in people(ideaId) { personBusy[p]?.removeAll { $0.ideaId == ideaId } }
            for sector in ideas[ideaId]?.sectors ?? [] { sectorCount[sector, default: 0] -= 1 }
        }
        for slot in kept { if let v = venueIndex[slot.venueId] { occupy(slot.ideaId, v, slot.start.minutes, slot.end.minutes) } }

        let change = f.changeoverMinutes, travel = f.travelMinutes, grid = max(1, f.gridMinutes)
        func free(_ ideaId: String, _ v: Int, _ s: Int, _ e: Int) -> Bool {
            for busy in venueBusy[v] where s < busy.end + change && busy.start < e + change { return false }
            let here = districtId[venues[v].district] ?? -1
            for p in people(ideaId) {
                for busy in personBusy[p] ?? [] {
                    if s < busy.end && busy.start < e { return false }
                    if busy.district != here && (busy.end <= s ? s - busy.end < travel : e <= busy.start ? busy.start - e < travel : false) {
                        return false
                    }
                }
            }
            return true
        }

        // The ideas to place, each with the venue-and-start options the fixed rules allow.
        let todo = db.ideas.filter { idea in
            guard !keptIdeas.contains(idea.id) else { return false }
            return idea.stage == .ready || (reflow && idea.stage == .scheduled && f.slots.contains { $0.ideaId == idea.id })
        }
        var unplaced: [(String, String)] = []
        var options: [String: [(v: Int, start: Int, preferred: Bool)]] = [:]
        for idea in todo {
            guard let plan = idea.plan else { unplaced.append((idea.id, "it has no intervention plan")); continue }
            let length = plan.durationMinutes
            guard length > 0, length % grid == 0 else {
                unplaced.append((idea.id, "its length, \(length) minutes, is not on the \(grid)-minute grid")); continue
            }
            var list: [(Int, Int, Bool)] = []
            var big = false, equipped = false
            for (v, venue) in venues.enumerated() {
                guard venue.capacity >= plan.audience else { continue }
                big = true
                guard plan.features.allSatisfy(venue.features.contains) else { continue }
                equipped = true
                let from = max(f.dayStart.minutes, venue.opens.minutes, plan.earliest?.minutes ?? 0)
                let to = min(f.dayEnd.minutes, venue.closes.minutes, plan.latest?.minutes ?? Int.max) - length
                var s = f.dayStart.minutes + max(0, (from - f.dayStart.minutes + grid - 1) / grid) * grid
                while s <= to {
                    list.append((v, s, plan.districts.contains(venue.district)))
                    s += grid
                }
            }
            if list.isEmpty {
                unplaced.append((idea.id, !big ? "no venue holds \(plan.audience) people"
                                 : !equipped ? "no venue big enough has \(plan.features.map(\.rawValue).joined(separator: ", "))"
                                 : "no fitting venue is open for \(length) minutes within its time window"))
                continue
            }
            options[idea.id] = list
        }

        // Most constrained first (fewest options the fixed rules allow); among equals,
        // the sector with the fewest interventions goes first.
        let queue = todo.filter { options[$0.id] != nil }.sorted { a, b in
            let ka = (options[a.id]?.count ?? 0, a.sectors.map { sectorCount[$0, default: 0] }.min() ?? 0, a.id)
            let kb = (options[b.id]?.count ?? 0, b.sectors.map { sectorCount[$0, default: 0] }.min() ?? 0, b.id)
            return ka < kb
        }
        var placements: [Placement] = []
        var placed: [String: (v: Int, start: Int)] = [:]
        var waiting: [Idea] = []
        for idea in queue {
            let length = idea.plan?.durationMinutes ?? 0
            let open = (options[idea.id] ?? []).filter { free(idea.id, $0.v, $0.start, $0.start + length) }
            // Preferred districts first, then the start that leaves the least gap after
            // the venue's previous slot (packing the day), then the earliest.
            let choice = open.min { a, b in
                if a.preferred != b.preferred { return a.preferred }
                let ga = gap(venueBusy[a.v], a.start), gb = gap(venueBusy[b.v], b.start)
                if ga != gb { return ga < gb }
                return (a.start, a.v) < (b.start, b.v)
            }
            guard let choice else {
                waiting.append(idea)
                continue
            }
            occupy(idea.id, choice.v, choice.start, choice.start + length)
            placed[idea.id] = (choice.v, choice.start)
        }

        // Repair: an idea left over takes a place held by one placed here, which moves
        // to another free place; repeated while that places more.
        // Bounded (three rounds, 48 tries an idea) so large festivals stay quick.
        var improved = true, rounds = 0
        while improved && !waiting.isEmpty && rounds < 3 {
            improved = false
            rounds += 1
            for (w, idea) in waiting.enumerated().reversed() {
                let length = idea.plan?.durationMinutes ?? 0
                var done = false, tries = 0
                for option in options[idea.id] ?? [] where !done && tries < 48 {
                    let end = option.start + length
                    let blockers = Set(venueBusy[option.v].filter { option.start < $0.end + change && $0.start < end + change }.map(\.ideaId))
                    guard blockers.count == 1, let other = blockers.first, let at = placed[other],
                          let otherIdea = ideas[other] else { continue }
                    tries += 1
                    let otherLength = otherIdea.plan?.durationMinutes ?? 0
                    release(other, at.v)
                    guard free(idea.id, option.v, option.start, end) else { occupy(other, at.v, at.start, at.start + otherLength); continue }
                    occupy(idea.id, option.v, option.start, end)
                    if let move = (options[other] ?? []).first(where: { ($0.v != at.v || $0.start != at.start) && free(other, $0.v, $0.start, $0.start + otherLength) }) {
                        occupy(other, move.v, move.start, move.start + otherLength)
                        placed[other] = (move.v, move.start)
                        placed[idea.id] = (option.v, option.start)
                        done = true
                    } else {
                        release(idea.id, option.v)
                        occupy(other, at.v, at.start, at.start + otherLength)
                    }
                }
                if done {
                    waiting.remove(at: w)
                    improved = true
                }
            }
        }
        for idea in waiting {
            unplaced.append((idea.id, "every venue and time that fits it is taken by other interventions or by its people's other slots"))
        }
        for (ideaId, at) in placed {
            let length = ideas[ideaId]?.plan?.durationMinutes ?? 0
            placements.append(Placement(ideaId: ideaId, venueId: venues[at.v].id,
                                        start: ClockTime(minutes: at.start), end: ClockTime(minutes: at.start + length)))
        }
        placements.sort { ($0.start.minutes, $0.venueId, $0.ideaId) < ($1.start.minutes, $1.venueId, $1.ideaId) }
        return Result(placements: placements, unplaced: unplaced.sorted { $0.0 < $1.0 })
    }

    /// Minutes between the end of the venue's last slot before `start` and `start`
    /// (from the start of the day when there is none).
    static func gap(_ busy: [(start: Int, end: Int, ideaId: String)], _ start: Int) -> Int {
        start - (busy.filter { $0.end <= start }.map(\.end).max() ?? 0)
    }
}
