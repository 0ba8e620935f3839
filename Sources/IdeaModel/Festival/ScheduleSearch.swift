/// How the auto-scheduler improves a greedy packing: local moves and swaps, then a
/// seeded search over pairs of venues. Every step keeps every placement rule, because
/// it only ever places where `SchedulePacking.free` says yes.
extension AutoScheduler {
    /// Large-neighbourhood search: empties two venues and fills them again, shortest
    /// first with some noise, from what was there and the shortest waiting ideas that
    /// fit there; the step is kept when as many are placed as before. A fixed number of
    /// steps from a seed, so the same data gives the same result.
    /// `step(n)` is told of each step (its weight, `ScheduleProgress.repackWeight`) and
    /// may end the search by throwing.
    static func repack<E: Error>(_ packing: inout SchedulePacking, _ waiting: inout [String], seed: UInt64,
                                 step: (Int) throws(E) -> Void) throws(E) {
        let problem = packing.problem, n = problem.venues.count
        guard n > 0 else { return }
        var rng = SplitMix64(seed: seed)
        // The search walks on the count alone (so it can cross plateaus); the best
        // packing seen by the full score is what it returns.
        var kept = (packing, waiting)
        defer { if kept.0.score > packing.score { (packing, waiting) = kept } }
        var fits = Array(repeating: [String](), count: n)
        for id in (problem.options.keys.sorted()) { for o in problem.options[id] ?? [] { fits[o.v].append(id) } }
        for _ in 0..<repackSteps(venues: n) {
            guard !waiting.isEmpty else { return }
            try step(ScheduleProgress.repackWeight)
            let a = Int(rng.next() % UInt64(n)), b = Int(rng.next() % UInt64(n))
            let before = packing, waitingBefore = waiting, count = packing.placed.count
            let removed = packing.placed.filter { $0.value.v == a || $0.value.v == b }.map(\.key).sorted()
            for id in removed { packing.release(id) }
            let waitingSet = Set(waiting)
            let extra = (fits[a] + (a == b ? [] : fits[b])).filter { waitingSet.contains($0) }
            let sortedExtra = Array(Set(extra)).sorted { (problem.length[$0] ?? 0, $0) < (problem.length[$1] ?? 0, $1) }.prefix(24)
            let noise = UInt64(problem.grid * (1 + Int(rng.next() % 8)))
            let pool = (removed + sortedExtra).map { id in (id, (problem.length[id] ?? 0) + Int(rng.next() % noise)) }
                .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            var nowPlaced: Set<String> = []
            for (id, _) in pool {
                guard let at = packing.best(id, at: (a, b)) else { continue }
                packing.occupy(id, at.v, at.start)
                nowPlaced.insert(id)
            }
            if packing.placed.count >= count {
                waiting = waiting.filter { !nowPlaced.contains($0) } + removed.filter { !nowPlaced.contains($0) }
                waiting.sort { (problem.length[$0] ?? 0, $0) < (problem.length[$1] ?? 0, $1) }
                if packing.score > kept.0.score { kept = (packing, waiting) }
            } else {
                packing = before
                waiting = waitingBefore
            }
        }
    }

    /// Steps of the large-neighbourhood search: more for fewer venues, about the same
    /// work at every size.
    static func repackSteps(venues n: Int) -> Int { max(1_600, min(8_000, 80_000 / max(1, n))) }

    /// Places the local search may look at, in all, each time it runs.
    static let improveBudget = 6_000

    /// Local search on a packing: a waiting idea goes where something moved aside for
    /// it (the one in the way finds another place), or where a longer one gave way to it
    /// and freed room for a second waiting idea. Each step places one more; bounded by a
    /// number of places looked for, so large festivals stay quick.
    /// `step(n)` is told of the places looked at since it was last told (and may end
    /// the search by throwing).
    static func improve<E: Error>(_ packing: inout SchedulePacking, _ waiting: inout [String],
                                  step: (Int) throws(E) -> Void) throws(E) {
        let problem = packing.problem
        waiting.sort { (problem.length[$0] ?? 0, $0) < (problem.length[$1] ?? 0, $1) }
        var rounds = 0, progress = true, budget = improveBudget, told = improveBudget
        while progress && rounds < 4 && !waiting.isEmpty && budget > 0 {
            progress = false
            rounds += 1
            var w = 0
            while w < waiting.count {
                try step(told - budget)
                told = budget
                let u = waiting[w]
                if let at = packing.best(u) {
                    packing.occupy(u, at.v, at.start)
                    waiting.remove(at: w)
                    progress = true
                    continue
                }
                if let freed = makeRoom(for: u, in: &packing, waiting: waiting, budget: &budget) {
                    waiting.remove(at: w)
                    if let freed {
                        waiting.removeAll { $0 == freed.placed }
                        waiting.append(freed.out)
                    }
                    progress = true
                    continue
                }
                w += 1
            }
        }
    }

    /// Places `u` where exactly one placed idea is in the way: that one moves elsewhere
    /// (nil), or, when it is longer than `u` and cannot move, it gives way and a second
    /// waiting idea takes the room left (`placed` in, `out` off). Nil when nothing worked.
    static func makeRoom(for u: String, in packing: inout SchedulePacking, waiting: [String],
                         budget: inout Int) -> (placed: String, out: String)?? {
        let problem = packing.problem
        let lengthU = problem.length[u] ?? 0
        var tries = 0
        for option in problem.options[u] ?? [] {
            for s in problem.starts(option) {
                // Bounded: past 64 tries for this idea, or the search's whole budget, stop.
                if tries >= 64 || budget <= 0 { return nil }
                guard let blockers = packing.blockers(u, option.v, s), blockers.count == 1,
                      let p = blockers.first, let was = packing.placed[p] else { continue }
                tries += 1
                budget -= 1
                packing.release(p)
                packing.occupy(u, option.v, s)
                if let to = packing.best(p) {
                    packing.occupy(p, to.v, to.start)
                    return .some(nil)
                }
                let lengthP = problem.length[p] ?? 0
                if lengthP > lengthU {
                    // Shortest first (waiting is sorted so); only ones the freed time could hold.
                    for other in waiting.lazy.filter({ $0 != u && (problem.length[$0] ?? 0) <= lengthP }).prefix(6) {
                        budget -= 1
                        guard let at = packing.best(other) else { continue }
                        packing.occupy(other, at.v, at.start)
                        return .some((other, p))
                    }
                }
                packing.release(u)
                packing.occupy(p, was.v, was.start)
            }
        }
        return nil
    }
}
