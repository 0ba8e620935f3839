/// Places the ready, unscheduled ideas on the festival grid by every placement rule,
/// as many as it can, then balancing the sectors, then in preferred districts. Two
/// greedy packings (shortest first; fewest options first); the better one is improved
/// by emptying two venues at a time and filling them again as fully as the ideas there
/// and the waiting ones allow (`PairRefill`), then by refills that may send an idea to
/// a third venue to let a waiting one in (ejecting), until as many are placed as an
/// upper bound allows (`ScheduleBound`: then no schedule places more) or their steps
/// are spent; then the balance and the districts at that count (`ScheduleSearch`).
/// Pinned slots always stay; without `reflow` every existing slot stays, with it the
/// unpinned ones are placed again. The search is seeded from the data, so the same data
/// always gives the same result; each idea it cannot place says why.
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
        public var unplaced: [(ideaId: String, reason: Unplaced)]
        /// The most of these ideas any schedule could place with the slots that stay (an
        /// upper bound, `ScheduleBound`): when `placements` has as many, none is better.
        public var bound = 0

        public static func == (a: Result, b: Result) -> Bool {
            a.placements == b.placements && a.unplaced.elementsEqual(b.unplaced) { $0 == $1 } && a.bound == b.bound
        }
    }

    /// Why an idea was left off the grid.
    public enum Unplaced: Equatable, Sendable {
        case noPlan
        case lengthOffGrid(minutes: Int, grid: Int)
        /// No venue holds the audience the plan expects.
        case noVenueHolds(Int)
        /// No venue big enough has every feature the plan needs.
        case noVenueHasFeatures([VenueFeature])
        /// No fitting venue is open that long within the plan's time window.
        case noVenueOpenLongEnough(minutes: Int)
        /// Every venue and time that fits is taken by other interventions or by its
        /// people's other slots.
        case allTaken

        /// Which case it is, without its data: one per case, so a test can take each in turn.
        public enum Kind: String, CaseIterable, Sendable {
            case noPlan, lengthOffGrid, noVenueHolds, noVenueHasFeatures, noVenueOpenLongEnough, allTaken
        }

        public var kind: Kind {
            switch self {
            case .noPlan: return .noPlan
            case .lengthOffGrid: return .lengthOffGrid
            case .noVenueHolds: return .noVenueHolds
            case .noVenueHasFeatures: return .noVenueHasFeatures
            case .noVenueOpenLongEnough: return .noVenueOpenLongEnough
            case .allTaken: return .allTaken
            }
        }

        public static func example(of kind: Kind) -> Self {
            switch kind {
            case .noPlan: return .noPlan
            case .lengthOffGrid: return .lengthOffGrid(minutes: 50, grid: 15)
            case .noVenueHolds: return .noVenueHolds(402)
            case .noVenueHasFeatures: return .noVenueHasFeatures([.stage, .sound])
            case .noVenueOpenLongEnough: return .noVenueOpenLongEnough(minutes: 240)
            case .allTaken: return .allTaken
            }
        }
    }

    public static func run(_ db: Database, reflow: Bool = false) -> Result {
        search(db, reflow: reflow) { _, _ in }
    }

    /// The same run, telling `progress` how far it is (steps done, steps in all; see
    /// `ScheduleProgress`) and stopping as soon as it answers false: then nil, and
    /// nothing is decided. Told to go on every time, it gives exactly what `run` gives.
    public static func run(_ db: Database, reflow: Bool = false, progress: (Int, Int) -> Bool) -> Result? {
        Progress.stoppable(progress) { (tell) throws(Progress.Stopped) in try search(db, reflow: reflow, progress: tell) }
    }

    /// The search itself; `progress` may end it by throwing (never, for `run`).
    static func search<E: Error>(_ db: Database, reflow: Bool, progress: (Int, Int) throws(E) -> Void) throws(E) -> Result {
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
        var seen: Set<String> = []
        let todo = db.ideas.filter { idea in
            guard !keptIdeas.contains(idea.id), seen.insert(idea.id).inserted else { return false }
            return idea.stage == .ready || (reflow && idea.stage == .scheduled && f.slots.contains { $0.ideaId == idea.id })
        }

        // Each idea's venues and range of starts by the fixed rules, or why there is none.
        let grid = max(1, f.gridMinutes)
        var unplaced: [(String, Unplaced)] = []
        var placeable: [(idea: Idea, options: [ScheduleProblem.Option])] = []
        for idea in todo {
            guard let plan = idea.plan else { unplaced.append((idea.id, .noPlan)); continue }
            let length = plan.durationMinutes
            guard length > 0, length % grid == 0 else {
                unplaced.append((idea.id, .lengthOffGrid(minutes: length, grid: grid))); continue
            }
            var list: [ScheduleProblem.Option] = []
            var big = false, equipped = false
            for (v, venue) in venues.enumerated() {
                guard venue.capacity >= plan.audience else { continue }
                big = true
                guard plan.features.allSatisfy(venue.features.contains) else { continue }
                equipped = true
                let from = max(f.dayStart.minutes, venue.opens.minutes, plan.earliest?.minutes ?? 0)
                let to = min(f.dayEnd.minutes, venue.closes.minutes, plan.latest?.minutes ?? Int.max) - length
                let first = f.dayStart.minutes + max(0, (from - f.dayStart.minutes + grid - 1) / grid) * grid
                if first <= to { list.append(.init(v: v, from: first, to: to, preferred: plan.districts.contains(venue.district))) }
            }
            if list.isEmpty {
                unplaced.append((idea.id, !big ? .noVenueHolds(plan.audience)
                                 : !equipped ? .noVenueHasFeatures(plan.features)
                                 : .noVenueOpenLongEnough(minutes: length)))
                continue
            }
            placeable.append((idea, list))
        }
        // The search's numbers: ideas by id, people and sectors as numbers.
        placeable.sort { $0.idea.id < $1.idea.id }
        var personId: [String: Int] = [:]
        func people(_ ideaId: String) -> [Int] {
            (teams[ideaId].map(PlacementRules.people) ?? []).map { p in
                if let k = personId[p] { return k }
                personId[p] = personId.count
                return personId.count - 1
            }
        }
        func sectors(_ sectors: [Sector]) -> UInt8 {
            Sector.allCases.enumerated().reduce(UInt8(0)) { mask, s in sectors.contains(s.element) ? mask | (1 << s.offset) : mask }
        }
        let keptSlots: [ScheduleProblem.Kept] = kept.compactMap { slot in
            guard let v = venueIndex[slot.venueId] else { return nil }
            return .init(v: v, start: slot.start.minutes, end: slot.end.minutes, people: people(slot.ideaId),
                         sectors: sectors(ideas[slot.ideaId]?.sectors ?? []))
        }
        let placeablePeople = placeable.map { people($0.idea.id) }
        let pool = db.ideas.filter { SectorBalance.readyOrLaterStages.contains($0.stage) }
        let problem = ScheduleProblem(
            venues: venues.count, district: venues.map { districtId[$0.district] ?? -1 },
            change: f.changeoverMinutes, travel: f.travelMinutes, grid: grid,
            length: placeable.map { $0.idea.plan?.durationMinutes ?? 0 }, people: placeablePeople, persons: personId.count,
            sectors: placeable.map { sectors($0.idea.sectors) }, options: placeable.map(\.options), kept: keptSlots,
            readyOrLater: pool.count,
            readyOrLaterIn: Sector.allCases.map { s in pool.filter { $0.sectors.contains(s) }.count })

        var steps = ScheduleProgress(problem)
        let (board, bound) = try ScheduleSearch.run(problem, progress: &steps, progress)

        var placements: [Placement] = []
        for (i, entry) in placeable.enumerated() {
            guard board.isPlaced(i) else { unplaced.append((entry.idea.id, .allTaken)); continue }
            let start = board.startOf[i]
            placements.append(Placement(ideaId: entry.idea.id, venueId: venues[board.venueOf[i]].id,
                                        start: ClockTime(minutes: start), end: ClockTime(minutes: start + problem.length[i])))
        }
        placements.sort { ($0.start.minutes, $0.venueId, $0.ideaId) < ($1.start.minutes, $1.venueId, $1.ideaId) }
        return Result(placements: placements, unplaced: unplaced.sorted { $0.0 < $1.0 }, bound: bound)
    }
}
