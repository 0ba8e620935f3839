/// Places the ready, unscheduled ideas on the festival grid by every placement rule,
/// as many as it can, then balancing the sectors, then in preferred districts. Two
/// greedy packings (shortest first; fewest options first), each improved by moving one
/// intervention aside or swapping a long one for two shorter ones, and by emptying two
/// venues at a time and filling them again; the best packing wins. Pinned slots always
/// stay; without `reflow` every existing slot stays, with it the unpinned ones are
/// placed again. The search is seeded from the data, so the same data always gives the
/// same result; each idea it cannot place says why.
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

        public static func == (a: Result, b: Result) -> Bool {
            a.placements == b.placements && a.unplaced.elementsEqual(b.unplaced) { $0 == $1 }
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
        let todo = db.ideas.filter { idea in
            guard !keptIdeas.contains(idea.id) else { return false }
            return idea.stage == .ready || (reflow && idea.stage == .scheduled && f.slots.contains { $0.ideaId == idea.id })
        }

        // Each idea's venues and range of starts by the fixed rules, or why there is none.
        let grid = max(1, f.gridMinutes)
        var unplaced: [(String, Unplaced)] = []
        var options: [String: [ScheduleProblem.Option]] = [:]
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
            options[idea.id] = list
        }

        let involved = kept.map(\.ideaId) + todo.map(\.id)
        let problem = ScheduleProblem(
            venues: venues, district: venues.map { districtId[$0.district] ?? -1 },
            change: f.changeoverMinutes, travel: f.travelMinutes, grid: grid,
            length: Dictionary(involved.map { ($0, ideas[$0]?.plan?.durationMinutes ?? 0) }, uniquingKeysWith: { a, _ in a }),
            people: Dictionary(involved.map { ($0, teams[$0].map(PlacementRules.people) ?? []) }, uniquingKeysWith: { a, _ in a }),
            sectors: Dictionary(involved.map { ($0, ideas[$0]?.sectors ?? []) }, uniquingKeysWith: { a, _ in a }),
            options: options)
        var base = SchedulePacking(problem)
        for slot in kept {
            guard let v = venueIndex[slot.venueId] else { continue }
            base.occupy(slot.ideaId, v, slot.start.minutes, keptUntil: slot.end.minutes)
        }

        // A few orders, each packed greedily then improved; the best packing wins.
        let queue = todo.filter { options[$0.id] != nil }
        let choices = queue.map { idea in
            (options[idea.id] ?? []).reduce(0) { $0 + ($1.to - $1.from) / grid + 1 }
        }
        let balance = queue.map { idea in idea.sectors.map { base.sectorCount[$0, default: 0] }.min() ?? 0 }
        let length = queue.map { $0.plan?.durationMinutes ?? 0 }
        let orders: [[Int]] = [
            queue.indices.sorted { (length[$0], choices[$0], balance[$0], queue[$0].id) < (length[$1], choices[$1], balance[$1], queue[$1].id) },
            queue.indices.sorted { (choices[$0], length[$0], balance[$0], queue[$0].id) < (choices[$1], length[$1], balance[$1], queue[$1].id) },
        ]
        var best: (packing: SchedulePacking, waiting: [String])?
        var steps = ScheduleProgress(orders: orders.count, ideas: queue.count, venues: venues.count)
        for order in orders {
            var packing = base
            var waiting: [String] = []
            for i in order {
                if let at = packing.best(queue[i].id) { packing.occupy(queue[i].id, at.v, at.start) } else { waiting.append(queue[i].id) }
                try steps.advance(1, progress)
            }
            try steps.finishPhase(progress)
            try improve(&packing, &waiting) { (n) throws(E) in try steps.advance(n, progress) }
            try steps.finishPhase(progress)
            try repack(&packing, &waiting, seed: UInt64(queue.count &* 7919 &+ venues.count)) { (n) throws(E) in try steps.advance(n, progress) }
            try steps.finishPhase(progress)
            try improve(&packing, &waiting) { (n) throws(E) in try steps.advance(n, progress) }
            try steps.finishPhase(progress)
            if best.map({ packing.score > $0.packing.score }) ?? true { best = (packing, waiting) }
        }

        var placements: [Placement] = []
        for id in best?.waiting ?? [] {
            unplaced.append((id, .allTaken))
        }
        for (ideaId, at) in best?.packing.placed ?? [:] {
            let length = problem.length[ideaId] ?? 0
            placements.append(Placement(ideaId: ideaId, venueId: venues[at.v].id,
                                        start: ClockTime(minutes: at.start), end: ClockTime(minutes: at.start + length)))
        }
        placements.sort { ($0.start.minutes, $0.venueId, $0.ideaId) < ($1.start.minutes, $1.venueId, $1.ideaId) }
        return Result(placements: placements, unplaced: unplaced.sorted { $0.0 < $1.0 })
    }
}
