extension PlacementDiagnosis.Board {
    typealias Places = [(v: Int, start: Int, found: [(found: Found, off: Int)])]

    /// The single changes that clear one place, the best of each kind, best kind first:
    /// none needed; another intervention moved (no plan changes); the window widened
    /// (the least); the plan shortened (the least, at most by half); a feature brought
    /// to a venue. Among equals, the idea's districts, then the earliest start.
    func suggestions(_ subject: Subject, _ places: Places) -> [Suggestion] {
        let plan = subject.plan, length = plan.durationMinutes
        func preferred(_ v: Int) -> Int { plan.districts.contains(venues[v].district) ? 0 : 1 }
        typealias Key = (Int, Int, Int, Int, String)
        var best: [Int: (key: Key, suggestion: Suggestion)] = [:]
        func offer(_ kind: Int, _ key: Key, _ change: PlacementDiagnosis.Change, _ v: Int, _ start: Int, _ minutes: Int) {
            guard best[kind].map({ key < $0.key }) ?? true else { return }
            best[kind] = (key, Suggestion(change: change, place: place(v, start, minutes)))
        }
        var moves = PlacementDiagnosis.Moves()
        let lowest = min(length - grid, max(grid, (length / 2 + grid - 1) / grid * grid))

        for p in places {
            let found = p.found.map(\.found)
            let here = (preferred(p.v), p.start, venues[p.v].id)
            if found.isEmpty {
                offer(0, (0, 0, here.0, here.1, here.2), .none, p.v, p.start, length)
                continue
            }
            // One intervention in the way, at the venue or needing one of our people.
            if let k = found.first?.slot, found.allSatisfy({ $0.slot == k }), let to = moves.place(for: k, beside: p.v, p.start, length, subject, self) {
                let s = db.festival.slots[k]
                let from = PlacementDiagnosis.Place(venueId: s.venueId, venue: slotVenue[k].map { venues[$0].name } ?? s.venueId,
                                                    start: s.start, end: s.end)
                let moved = PlacementDiagnosis.Change.move(ideaId: s.ideaId, idea: CommandWords.title(s.ideaId, in: db), from: from,
                                                           to: place(to.v, to.start, to.length))
                offer(1, (to.v == slotVenue[k] ? 0 : 1, abs(to.start - s.start.minutes), here.0, here.1, here.2), moved, p.v, p.start, length)
            }
            // Only the window in the way: widen it on the side that is.
            if found == [.early], let earliest = plan.earliest, let off = p.found.first?.off {
                offer(2, (off, 0, here.0, here.1, here.2), .earlierStart(earliest: ClockTime(minutes: p.start), was: earliest), p.v, p.start, length)
            }
            if found == [.late], let latest = plan.latest, let off = p.found.first?.off {
                offer(3, (off, 0, here.0, here.1, here.2), .laterEnd(latest: ClockTime(minutes: p.start + length), was: latest), p.v, p.start, length)
            }
            // One feature missing that a venue can be given.
            if found.count == 1, case .feature(let feature) = found[0], feature.canBeAdded {
                offer(5, (0, 0, here.0, here.1, here.2), .addFeature(feature, venueId: venues[p.v].id, venue: venues[p.v].name),
                      p.v, p.start, length)
            }
        }
        // Shorter: the longest plan, down to half, with nothing in the way (from any start
        // the shortest allowed fits, later ones than the whole plan could take included).
        if length > grid {
            for v in venues.indices {
                for start in starts(lowest) where fits(subject, v, start, lowest) {
                    let longest = min(length - grid, festival.dayEnd.minutes - start)
                    for minutes in stride(from: longest, through: lowest, by: -grid) where fits(subject, v, start, minutes) {
                        offer(4, (length - minutes, 0, preferred(v), start, venues[v].id), .shorterPlan(minutes: minutes, was: length),
                              v, start, minutes)
                        break
                    }
                }
            }
        }
        if let none = best[0] { return [none.suggestion] }
        // The window's two sides compete: the smaller widening is the one offered.
        if let earlier = best[2], let later = best[3] {
            if later.key < earlier.key { best[2] = nil } else { best[3] = nil }
        }
        return best.keys.sorted().compactMap { best[$0]?.suggestion }
    }

    /// Whether the placement rules themselves agree: the change made on a copy (the moved
    /// intervention placed first, as the commands place it), then the idea at its place.
    func verify(_ suggestion: Suggestion, _ idea: Idea) -> Bool {
        var copy = db
        var placing = idea
        guard var venue = copy.venues.first(where: { $0.id == suggestion.place.venueId }) else { return false }
        switch suggestion.change {
        case .none: break
        case .move(let ideaId, _, _, let to):
            guard let s = copy.festival.slots.firstIndex(where: { $0.ideaId == ideaId }), let i = ideaAt[ideaId],
                  let there = copy.venues.first(where: { $0.id == to.venueId }),
                  PlacementRules.violations(placing: copy.ideas[i], at: there, start: to.start, in: copy).isEmpty else { return false }
            copy.festival.slots[s].venueId = to.venueId
            copy.festival.slots[s].start = to.start
            copy.festival.slots[s].end = to.end
        case .earlierStart(let earliest, _): placing.plan?.earliest = earliest
        case .laterEnd(let latest, _): placing.plan?.latest = latest
        case .shorterPlan(let minutes, _): placing.plan?.durationMinutes = minutes
        case .addFeature(let feature, _, _): venue.features.append(feature)
        }
        return PlacementRules.violations(placing: placing, at: venue, start: suggestion.place.start, in: copy).isEmpty
    }
}

extension PlacementDiagnosis {
    /// Where interventions in the way could go instead, found once for each (a list of their
    /// free places, best first: the same venue at the nearest time, then their own districts,
    /// then the nearest time), then matched against each place tried for the idea.
    struct Moves {
        typealias Board = PlacementDiagnosis.Board
        private var free: [Int: (people: Set<String>, length: Int, places: [(v: Int, start: Int)])?] = [:]

        /// A free place for the intervention at slot `k` that leaves the idea's place
        /// (`v`, `start`, `length`) free too; nil when it cannot move (pinned, delivered, no
        /// plan) or has nowhere to go.
        mutating func place(for k: Int, beside v: Int, _ start: Int, _ length: Int, _ subject: Board.Subject,
                            _ board: Board) -> (v: Int, start: Int, length: Int)? {
            if free[k] == nil { free[k] = .some(Self.places(of: k, board)) }
            guard let found = free[k], let found else { return nil }
            let idea = Board.Trial(v: v, start: start, end: start + length, people: subject.peopleSet)
            for p in found.places where !board.clash(idea, p.v, p.start, p.start + found.length, found.people) {
                return (p.v, p.start, found.length)
            }
            return nil
        }

        private static func places(of k: Int, _ board: Board) -> (people: Set<String>, length: Int, places: [(v: Int, start: Int)])? {
            let slot = board.db.festival.slots[k]
            guard !slot.pinned, let i = board.ideaAt[slot.ideaId] else { return nil }
            let idea = board.db.ideas[i]
            guard idea.stage == .scheduled || idea.stage == .ready, let plan = idea.plan,
                  plan.durationMinutes > 0, plan.durationMinutes % board.grid == 0 else { return nil }
            let subject = board.subject(idea, plan: plan), length = plan.durationMinutes
            let home = board.slotVenue[k], was = slot.start.minutes
            var out: [(v: Int, start: Int)] = []
            for v in board.venues.indices {
                for start in board.starts(length) where !(v == home && start == was) && board.fits(subject, v, start, length) {
                    out.append((v, start))
                }
            }
            func key(_ p: (v: Int, start: Int)) -> (Int, Int, Int, Int, String) {
                (p.v == home ? 0 : 1, abs(p.start - was), plan.districts.contains(board.venues[p.v].district) ? 0 : 1, p.start,
                 board.venues[p.v].id)
            }
            return (subject.peopleSet, length, out.sorted { key($0) < key($1) })
        }
    }
}
