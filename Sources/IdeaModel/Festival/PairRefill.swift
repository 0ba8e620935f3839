/// The auto-scheduler's main move: two venues are emptied and filled again as fully as
/// the ideas there and the waiting ones allow. A packing that wastes no minute is what
/// lets the last ideas in, and the greedy placings rarely find one; a knapsack over the
/// two venues' time does: which ideas go to each, most ideas first, then most worth
/// (`worth`: the idea's minutes, so the venues fill up and the ideas left waiting are
/// the shorter ones, which fit elsewhere; and a little for what the bound's relaxation
/// places, which is close to what a best schedule places). The chosen ideas are then
/// placed, each venue in an order that its people's other slots allow (a short search;
/// one venue after the other, the other way round if that fails, and another sharing-out
/// if that fails too). The move is kept
/// when no fewer ideas are placed and no less worth at the two venues; else the board
/// is as it was. Ejecting (`refill(eject:)`), an idea there with a free place at a third
/// venue may give way to a waiting one, and the move is kept only when it places more.
/// Squeezing (`refill(squeeze:)`), the opposite of filling: at the same count the
/// fewest minutes, the free time gathered in one of the two venues.
struct PairRefill {
    let problem: ScheduleProblem
    /// The knapsack's unit of time: what the grid and the changeover are both made of.
    let unit: Int
    /// What placing each idea is worth beside the count: its minutes, and up to
    /// `leaningMinutes` more as far as the relaxation places it.
    let worth: [Int]
    static let leaningMinutes = 20
    /// Each venue's time (`ScheduleProblem.span`).
    let span: [(from: Int, to: Int)]
    /// The ideas that may go at each venue, shortest first.
    let fitsAt: [[Int]]
    /// Waiting ideas of one kind (length, which of the two venues) the pool takes at most:
    /// more would be the same choice again.
    static let perKind = 3
    /// Orders tried when placing one venue's ideas.
    static let orderBudget = 300
    /// Squeezing, what a minute less is worth in the knapsack: more than a day's minutes
    /// (so it outweighs where they go), and two venues' worth of it less than one idea.
    static let squeezeWeight = 2048

    private var value: [Int] = []
    private var choice: [UInt8] = []
    private var kindCount: [Int]
    private var inPool: [Int]
    private var stamp = 0
    /// For `eject`: the ideas with a free place at another venue (`movable[i] ==
    /// movableStamp`), and every venue but the two (`elsewhere`, true between moves).
    private var movable: [Int]
    private var movableStamp = 0
    private var elsewhere: [Bool]

    /// `leaning`: how much of each idea the bound's relaxation places, in thousandths.
    init(_ problem: ScheduleProblem, leaning: [Int]) {
        self.problem = problem
        worth = (0..<problem.count).map { i in
            problem.length[i] + PairRefill.leaningMinutes * (i < leaning.count ? leaning[i] : 0) / 1000
        }
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        unit = max(1, gcd(problem.grid, problem.change))
        var fits = Array(repeating: [Int](), count: problem.venues)
        var longest = 0
        for i in 0..<problem.count {
            longest = max(longest, problem.length[i])
            for o in problem.options[i] { fits[o.v].append(i) }
        }
        for v in fits.indices { fits[v].sort { (problem.length[$0], $0) < (problem.length[$1], $1) } }
        span = problem.span
        fitsAt = fits
        kindCount = Array(repeating: 0, count: 4 * (longest / unit + 2))
        inPool = Array(repeating: 0, count: problem.count)
        movable = Array(repeating: 0, count: problem.count)
        elsewhere = Array(repeating: true, count: problem.venues)
    }

    /// A footprint in units: the idea and the changeover after it.
    private func units(_ i: Int) -> Int { (problem.length[i] + problem.change + unit - 1) / unit }

    /// Empties `a` and `b` (or only `a`, when they are the same) of the ideas the search
    /// placed and fills them again; true when the new filling is kept. With `favour` (a
    /// sector's bit), the ideas of that sector come right after the count, and the move
    /// is kept if it places more or leaves the sectors' balance no worse.
    ///
    /// With `eject`, an idea there that has a free place at another venue now counts in
    /// the knapsack for its minutes only, not as one more placed: the filling may leave
    /// it out for a waiting idea, and it goes to that other place afterwards (an ejection
    /// chain of two links, which the count at the two venues alone never sees). Such a
    /// move is kept only when it places more.
    ///
    /// With `squeeze`, the knapsack takes the shortest ideas at the same count and fills
    /// `a` as fully as it can, and the move is kept when it places more, or as many in
    /// fewer minutes, or in as many with the free time less evenly shared (the sum of the
    /// squares of the two venues' free minutes no smaller). When every venue is full and
    /// every idea left out is long, that is what lets one more in: shorter ideas for
    /// longer ones free a little time here and there, and refills that gather it put
    /// enough in one venue for a waiting idea.
    mutating func refill(_ board: inout ScheduleBoard, _ a: Int, _ b: Int, rng: inout SplitMix64, favour: UInt8 = 0,
                         eject: Bool = false, offering waiting: Int = -1, squeeze: Bool = false) -> Bool {
        guard span[a].from < span[a].to, span[b].from < span[b].to else { return false }
        let vs = a == b ? [a] : [a, b]
        var removed: [(i: Int, v: Int, s: Int)] = []
        var worthBefore = 0
        for v in vs {
            for s in board.venue[v] where s.idea >= 0 {
                removed.append((s.idea, v, s.start))
                worthBefore += worth[s.idea]
            }
        }
        movableStamp += 1
        if eject {
            for v in vs { elsewhere[v] = false }
            for r in removed where board.hasPlace(r.i, only: elsewhere) { movable[r.i] = movableStamp }
            for v in vs { elsewhere[v] = true }
        }
        let before = board.placed, standingBefore = board.standing
        let freeBefore = squeeze ? (freeMinutes(board, a), a == b ? 0 : freeMinutes(board, b)) : (0, 0)
        // Each venue's time in units, less what the slots that stay take.
        var capacity = [0, 0]
        for (k, v) in vs.enumerated() {
            var free = span[v].to - span[v].from
            for s in board.venue[v] where s.idea < 0 { free -= s.end - s.start + problem.change }
            capacity[k] = max(0, free / unit)
        }
        let pool = self.pool(board, removed.map(\.i) + (waiting >= 0 && !board.isPlaced(waiting) ? [waiting] : []), a, b, favour: favour)
        for r in removed { board.remove(r.i) }
        let goes = knapsack(pool, a, b, capacity[0], capacity[1], favour, &rng, squeeze: squeeze)

        // One venue after the other; if that leaves some out, the other way round; then both
        // at once, in the order the ideas start (their people may need them interleaved);
        // if none places all, no order may: the knapsack again with some noise for each
        // venue shares the ideas out differently. The first try that places all it has,
        // or else the best, stays.
        var tries: [(goes: [(i: Int, v: Int)], order: [Int])] = [(goes, a == b ? [a] : [a, b])]
        if a != b { tries += [(goes, [b, a]), (goes, [])] }
        var (added, gained) = place(&board, goes, tries[0].order)
        var best = (k: 0, placed: added.count, worth: gained)
        var k = 0
        while added.count < tries[k].goes.count {
            if k == 2 { tries.append((knapsack(pool, a, b, capacity[0], capacity[1], favour, &rng, venueNoise: 4, squeeze: squeeze), [a, b])) }
            guard k + 1 < tries.count else { break }
            for i in added { board.remove(i) }
            k += 1
            (added, gained) = place(&board, tries[k].goes, tries[k].order)
            if added.count > best.placed || (added.count == best.placed && gained > best.worth) { best = (k, added.count, gained) }
        }
        if added.count < tries[k].goes.count && best.k != k {
            for i in added { board.remove(i) }
            (added, gained) = place(&board, tries[best.k].goes, tries[best.k].order)
        }
        // What the two venues gave up may fit elsewhere (or in a gap left here).
        for r in removed where !board.isPlaced(r.i) {
            if let to = board.best(r.i) {
                board.place(r.i, to.v, to.start)
                added.append(r.i)
                if to.v == a || to.v == b { gained += worth[r.i] }
            }
        }
        if board.placed > before { return true }
        if board.placed == before && squeeze {
            let free = (freeMinutes(board, a), a == b ? 0 : freeMinutes(board, b))
            let more = free.0 + free.1 - freeBefore.0 - freeBefore.1
            if more > 0 || (more == 0 && free.0 * free.0 + free.1 * free.1 >= freeBefore.0 * freeBefore.0 + freeBefore.1 * freeBefore.1) {
                return true
            }
        } else if board.placed == before && !eject
                    && (favour == 0 ? gained >= worthBefore : !board.standing.lexicographicallyPrecedes(standingBefore)) {
            return true
        }
        for i in added { board.remove(i) }
        for r in removed { board.place(r.i, r.v, r.s) }
        return false
    }

    /// The minutes of `v`'s time (`span`) nothing takes, changeovers counted (a slot that
    /// stays counts only where it overlaps that time).
    func freeMinutes(_ board: ScheduleBoard, _ v: Int) -> Int {
        let (from, to) = span[v]
        guard from < to else { return 0 }
        return board.venue[v].reduce(to - from) { $0 - max(0, min($1.end + problem.change, to) - max($1.start, from)) }
    }

    /// What may go to `a` or `b`: the ideas that were there, then the waiting ones that
    /// may go there, shortest first and a few of each kind (all those of a favoured
    /// sector).
    private mutating func pool(_ board: ScheduleBoard, _ there: [Int], _ a: Int, _ b: Int, favour: UInt8) -> [Int] {
        stamp += 1
        var pool = there
        for i in there { inPool[i] = stamp }
        // When a sector is favoured, every waiting idea of it that may go here, first.
        if favour != 0 {
            for v in a == b ? [a] : [a, b] {
                for i in fitsAt[v] where !board.isPlaced(i) && inPool[i] != stamp && problem.sectors[i] & favour != 0 {
                    inPool[i] = stamp
                    pool.append(i)
                }
            }
        }
        var touched: [Int] = []
        for v in a == b ? [a] : [a, b] {
            for i in fitsAt[v] where !board.isPlaced(i) && inPool[i] != stamp {
                let kind = 4 * (problem.length[i] / unit) + (problem.option(i, a) != nil ? 1 : 0) + (problem.option(i, b) != nil ? 2 : 0)
                guard kind < kindCount.count, kindCount[kind] < PairRefill.perKind else { continue }
                if kindCount[kind] == 0 { touched.append(kind) }
                kindCount[kind] += 1
                inPool[i] = stamp
                pool.append(i)
            }
        }
        for kind in touched { kindCount[kind] = 0 }
        return pool
    }

    /// Places `goes` venue by venue in `order` (`sequence`), or both venues at once when
    /// `order` is empty (`together`); returns the ideas placed and their worth.
    private func place(_ board: inout ScheduleBoard, _ goes: [(i: Int, v: Int)], _ order: [Int]) -> (placed: [Int], worth: Int) {
        if order.isEmpty {
            guard together(&board, goes) else { return ([], 0) }
            return (goes.map(\.i), goes.reduce(0) { $0 + worth[$1.i] })
        }
        var placed: [Int] = []
        var total = 0
        for v in order {
            for i in sequence(&board, v, goes.filter { $0.v == v }.map(\.i)) {
                placed.append(i)
                total += worth[i]
            }
        }
        return (placed, total)
    }

    /// Which of `pool` go to `a` and which to `b`: a 0/1 knapsack over the two venues'
    /// units of time, worth most ideas, then most of the `favour` sector, then most
    /// `worth`, with a few minutes of noise so that repeated refills of the same venues
    /// wander. Squeezing, after the count the fewest minutes (each minute outweighs all
    /// the rest: a day has fewer than `squeezeWeight`), then the most minutes at `a`.
    private mutating func knapsack(_ pool: [Int], _ a: Int, _ b: Int, _ ca: Int, _ cb: Int, _ favour: UInt8,
                                   _ rng: inout SplitMix64, venueNoise: Int = 0, squeeze: Bool = false) -> [(i: Int, v: Int)] {
        let width = cb + 1, size = (ca + 1) * width
        if value.count < size { value = Array(repeating: -1, count: size) }
        if choice.count < size * pool.count { choice = Array(repeating: 0, count: size * pool.count) }
        for s in 0..<size { value[s] = -1 }
        value[0] = 0
        for (k, i) in pool.enumerated() {
            let f = units(i)
            let toA = problem.option(i, a) != nil && f <= ca, toB = a != b && problem.option(i, b) != nil && f <= cb
            let counted = movable[i] == movableStamp ? 0 : 1 << 24
            let length = problem.length[i]
            let worth = counted + (problem.sectors[i] & favour != 0 ? 1 << 16 : 0) + Int(rng.next() % 8)
                + (squeeze ? -PairRefill.squeezeWeight * length : self.worth[i])
            // With `venueNoise`, each venue its own, so that equal fillings differ in which
            // idea goes where, not only in which ideas (only for a second try: the same
            // venue preferred among equals gathers the free time in the other one).
            let worthA = worth + (venueNoise > 0 ? Int(rng.next() % UInt64(venueNoise)) : 0) + (squeeze ? length : 0)
            let worthB = worth + (venueNoise > 0 ? Int(rng.next() % UInt64(venueNoise)) : 0)
            let base = size * k
            // In place, from the top: a state reads only states below it, not yet changed
            // for this idea, so each idea is taken once.
            value.withUnsafeMutableBufferPointer { value in
                choice.withUnsafeMutableBufferPointer { pick in
                    UnsafeMutableBufferPointer(rebasing: pick[base..<(base + size)]).update(repeating: 0)
                    guard toA || toB else { return }
                    var x = ca
                    while x >= 0 {
                        let row = x * width
                        // Only states that can take the idea are visited: all of a row
                        // with room in `a`, else those with room in `b`.
                        let intoA = toA && x >= f
                        let lowest = intoA ? 0 : toB ? f : cb &+ 1
                        var y = cb
                        while y >= lowest {
                            let s = row &+ y
                            var best = value[s], took: UInt8 = 0
                            if intoA {
                                let old = value[s &- f &* width]
                                if old >= 0 && old &+ worthA > best { best = old &+ worthA; took = 1 }
                            }
                            if toB && y >= f {
                                let old = value[s &- f]
                                if old >= 0 && old &+ worthB > best { best = old &+ worthB; took = 2 }
                            }
                            if took != 0 {
                                value[s] = best
                                pick[base &+ s] = took
                            }
                            y &-= 1
                        }
                        x &-= 1
                    }
                }
            }
        }
        var at = 0
        for s in 0..<size where value[s] > value[at] { at = s }
        var goes: [(i: Int, v: Int)] = []
        var x = at / width, y = at % width
        for k in pool.indices.reversed() {
            let i = pool[k]
            switch choice[size * k + x * width + y] {
            case 1: goes.append((i, a)); x -= units(i)
            case 2: goes.append((i, b)); y -= units(i)
            default: break
            }
        }
        return goes.reversed()
    }

    /// Places every idea of `goes` at its venue, the venues at once: in the order the ideas
    /// start, each at its earliest free start no earlier than the one before it (a short
    /// search over which comes next). True when all are placed; else the board is as it
    /// was. Any schedule of them can be found so: placed in the order they start, each as
    /// early as it may go, none starts later than it did.
    func together(_ board: inout ScheduleBoard, _ goes: [(i: Int, v: Int)]) -> Bool {
        let options = goes.compactMap { problem.option($0.i, $0.v) }
        guard options.count == goes.count else { return false }
        let foot = goes.map { problem.length[$0.i] + problem.change }
        var used = Array(repeating: false, count: goes.count)
        var tries = 0
        func earliest(_ k: Int, _ t: Int) -> Int? {
            var s = problem.onGrid(max(t, options[k].from), from: options[k].from)
            while s <= options[k].to {
                if board.fits(goes[k].i, goes[k].v, s) { return s }
                s += problem.grid
            }
            return nil
        }
        func place(from t: Int, _ depth: Int) -> Bool {
            if depth == goes.count { return true }
            tries += 1
            guard tries <= PairRefill.orderBudget else { return false }
            var next: [(s: Int, k: Int)] = []
            for k in goes.indices where !used[k] {
                guard let s = earliest(k, t) else { return false }
                next.append((s, k))
            }
            next.sort { ($0.s, -foot[$0.k], goes[$0.k].i) < ($1.s, -foot[$1.k], goes[$1.k].i) }
            for (s, k) in next {
                used[k] = true
                board.place(goes[k].i, goes[k].v, s)
                if place(from: s, depth + 1) { return true }
                board.remove(goes[k].i)
                used[k] = false
                if tries > PairRefill.orderBudget { return false }
            }
            return false
        }
        return place(from: 0, 0)
    }

    /// Places `items` at `v`: all of them, in the first order (by a short search, earliest
    /// start first) that its people's other slots allow; if none is found within the
    /// budget, as many as a greedy placing fits. Returns the ideas placed.
    func sequence(_ board: inout ScheduleBoard, _ v: Int, _ items: [Int]) -> [Int] {
        guard !items.isEmpty else { return [] }
        let options = items.compactMap { problem.option($0, v) }
        guard options.count == items.count else { return [] }
        let foot = items.map { problem.length[$0] + problem.change }
        let end = span[v].to
        var used = Array(repeating: false, count: items.count)
        var remaining = foot.reduce(0, +)
        var tries = 0
        func earliest(_ k: Int, _ t: Int) -> Int? {
            var s = problem.onGrid(max(t, options[k].from), from: options[k].from)
            while s <= options[k].to {
                if board.fits(items[k], v, s) { return s }
                s += problem.grid
            }
            return nil
        }
        // Depth first, from time t on; the board holds the ideas placed so far.
        func place(from t: Int, _ depth: Int) -> Bool {
            if depth == items.count { return true }
            tries += 1
            guard tries <= PairRefill.orderBudget, t + remaining <= end else { return false }
            var next: [(s: Int, k: Int)] = []
            for k in items.indices where !used[k] {
                guard let s = earliest(k, t) else { return false }
                next.append((s, k))
            }
            next.sort { ($0.s, -foot[$0.k], items[$0.k]) < ($1.s, -foot[$1.k], items[$1.k]) }
            for (s, k) in next {
                used[k] = true
                remaining -= foot[k]
                board.place(items[k], v, s)
                if place(from: s + foot[k], depth + 1) { return true }
                board.remove(items[k])
                used[k] = false
                remaining += foot[k]
                if tries > PairRefill.orderBudget { return false }
            }
            return false
        }
        if place(from: span[v].from, 0) { return items }
        var only = Array(repeating: false, count: problem.venues)
        only[v] = true
        var placed: [Int] = []
        let order = items.indices.sorted { (options[$0].from, -foot[$0], items[$0]) < (options[$1].from, -foot[$1], items[$1]) }
        for k in order {
            if let to = board.best(items[k], only: only) {
                board.place(items[k], to.v, to.start)
                placed.append(items[k])
            }
        }
        return placed
    }
}
