/// The auto-scheduler's search over a `ScheduleProblem`: two greedy packings (shortest
/// first; fewest options first), the better one improved by refilling pairs of venues
/// (`PairRefill`), then ejecting refills (an idea with a free place at a third venue
/// gives way to a waiting one), then squeezing refills (shorter ideas for longer ones,
/// the free time gathered until a waiting idea fits), until it places as many as
/// `ScheduleBound` allows or the steps are spent, then the sectors' balance (refills that
/// favour the sector furthest behind) and the preferred districts at that count. A fixed
/// number of steps from a seed taken from the data, so the same data gives the same
/// result. `progress` counts the steps and tells `tell`, which may end the search by
/// throwing. Returns the board and the bound.
enum ScheduleSearch {
    static func run<E: Error>(_ problem: ScheduleProblem, progress: inout ScheduleProgress,
                              _ tell: (Int, Int) throws(E) -> Void) throws(E) -> (board: ScheduleBoard, bound: Int) {
        let n = problem.count
        let relaxed = ScheduleBound.relaxation(problem)
        let base = ScheduleBoard(problem)
        var best = base
        for (k, order) in greedyOrders(problem, base).enumerated() {
            var board = base
            for i in order {
                if let at = board.best(i) { board.place(i, at.v, at.start) }
                try progress.advance(1, tell)
            }
            try progress.finishPhase(tell)
            if k == 0 || board.isBetter(than: best) { best = board }
        }

        var board = best
        var rng = SplitMix64(seed: UInt64(n &* 7919 &+ problem.venues))
        var refill = PairRefill(problem, leaning: relaxed.share)
        let crowded = problem.oversubscribed
        for _ in 0..<fillSteps(ideas: n, venues: problem.venues, oversubscribed: crowded) where board.placed < relaxed.most {
            guard try step(&board, &best, &refill, &rng, eject: false, onlyMore: false, progress: &progress, tell) else { break }
        }
        // Then, from the best, refills that may send ideas to other venues (every other
        // step; the rest as before), with their own randomness, and a board kept only
        // when it places more: when they find none, the result is the one the refills
        // alone gave, balance and all.
        board = best
        var ejecting = SplitMix64(seed: UInt64(n &* 104_729 &+ problem.venues))
        for k in 0..<ejectSteps(ideas: n, venues: problem.venues) where board.placed < relaxed.most {
            guard try step(&board, &best, &refill, &ejecting, eject: k % 2 == 0, onlyMore: true, progress: &progress, tell)
            else { break }
        }
        // Then squeezing refills, from the best, kept as the best only when they place more
        // (own randomness again): the fillings above put the longest ideas in, which
        // leaves no time for one more on a festival with more ideas than time.
        board = best
        var squeezing = SplitMix64(seed: UInt64(n &* 15_485_863 &+ problem.venues))
        for _ in 0..<squeezeSteps(ideas: n, venues: problem.venues, oversubscribed: crowded) where board.placed < relaxed.most {
            guard try squeezeStep(&board, &best, &refill, &squeezing, progress: &progress, tell) else { break }
        }
        try progress.finishPhase(tell)

        board = best
        try balance(&board, refill: &refill, rng: &rng, progress: &progress, tell)
        try progress.finishPhase(tell)
        try preferDistricts(&board, progress: &progress, tell)
        try progress.finishPhase(tell)
        return (board, relaxed.most)
    }

    /// One refill of two venues: half the time any two; half the time (and always when
    /// ejecting) one where a waiting idea may go and another, which when ejecting is one
    /// where an idea at the first may go, and the waiting idea is offered first.
    /// Keeps `best` (`onlyMore`: only a board that places more); false when nothing waits.
    private static func step<E: Error>(_ board: inout ScheduleBoard, _ best: inout ScheduleBoard, _ refill: inout PairRefill,
                                       _ rng: inout SplitMix64, eject: Bool, onlyMore: Bool, progress: inout ScheduleProgress,
                                       _ tell: (Int, Int) throws(E) -> Void) throws(E) -> Bool {
        let problem = board.problem, venues = problem.venues
        guard let waiting = try waitingAtStep(board, &progress, tell) else { return false }
        func roll(_ k: Int) -> Int { Int(rng.next() % UInt64(max(1, k))) }
        var a: Int, b: Int, offered = -1
        if roll(2) == 0 && !eject {
            a = roll(venues)
            b = roll(venues)
        } else {
            let u = waiting[roll(waiting.count)]
            if eject { offered = u }
            let options = problem.options[u]
            a = options[roll(options.count)].v
            b = roll(venues)
            // Ejecting, the other venue is one where an idea at the first may go.
            if eject {
                let here = board.venue[a].filter { $0.idea >= 0 }
                if !here.isEmpty {
                    let r = problem.options[here[roll(here.count)].idea]
                    b = r[roll(r.count)].v
                }
            }
        }
        if a == b && venues > 1 { b = (a + 1 + roll(venues - 1)) % venues }
        if refill.refill(&board, a, b, rng: &rng, eject: eject, offering: offered),
           onlyMore ? board.placed > best.placed : board.isBetter(than: best) { best = board }
        return true
    }

    /// The ideas waiting that have a place somewhere, once a refill step is counted; nil
    /// (and no step counted) when none waits.
    private static func waitingAtStep<E: Error>(_ board: ScheduleBoard, _ progress: inout ScheduleProgress,
                                                _ tell: (Int, Int) throws(E) -> Void) throws(E) -> [Int]? {
        let problem = board.problem
        let waiting = (0..<problem.count).filter { !board.isPlaced($0) && !problem.options[$0].isEmpty }
        if waiting.isEmpty { return nil }
        try progress.advance(ScheduleProgress.refillWeight, tell)
        return waiting
    }

    /// One squeezing refill of two venues. Half the time (when any has free time) a venue
    /// with free time and another with free time where an idea at the first may go, so
    /// that the two may gather theirs in one; else, as an ejecting step picks them, one
    /// where a waiting idea may go (or any) and one where an idea at it may go. Either may
    /// be the one filled first. False when nothing waits.
    private static func squeezeStep<E: Error>(_ board: inout ScheduleBoard, _ best: inout ScheduleBoard, _ refill: inout PairRefill,
                                              _ rng: inout SplitMix64, progress: inout ScheduleProgress,
                                              _ tell: (Int, Int) throws(E) -> Void) throws(E) -> Bool {
        let problem = board.problem, venues = problem.venues
        guard let waiting = try waitingAtStep(board, &progress, tell) else { return false }
        func roll(_ k: Int) -> Int { Int(rng.next() % UInt64(max(1, k))) }
        let free = (0..<venues).map { refill.freeMinutes(board, $0) }
        let roomy = (0..<venues).filter { free[$0] > 0 }
        /// A venue where one of the ideas at `v` may go (`only` those), or nil.
        func linked(_ v: Int, only: (Int) -> Bool) -> Int? {
            var options: [Int] = []
            for s in board.venue[v] where s.idea >= 0 { for o in problem.options[s.idea] where o.v != v && only(o.v) { options.append(o.v) } }
            return options.isEmpty ? nil : options[roll(options.count)]
        }
        var a: Int, b: Int
        if !roomy.isEmpty && roll(2) == 0 {
            a = roomy[roll(roomy.count)]
            b = linked(a) { free[$0] > 0 } ?? linked(a) { _ in true } ?? roll(venues)
        } else {
            if roll(2) == 0 {
                let options = problem.options[waiting[roll(waiting.count)]]
                a = options[roll(options.count)].v
            } else {
                a = roll(venues)
            }
            b = linked(a) { _ in true } ?? roll(venues)
        }
        if a == b && venues > 1 { b = (a + 1 + roll(venues - 1)) % venues }
        if roll(2) == 0 { swap(&a, &b) }
        if refill.refill(&board, a, b, rng: &rng, squeeze: true), board.placed > best.placed { best = board }
        return true
    }

    /// The greedy packings' orders: shortest first, and fewest starts anywhere first
    /// (ties: the other, then the sector with fewest interventions, then the idea).
    static func greedyOrders(_ problem: ScheduleProblem, _ base: ScheduleBoard) -> [[Int]] {
        let n = problem.count
        let ideas = (0..<n).filter { !problem.options[$0].isEmpty }
        let choices = (0..<n).map { i in problem.options[i].reduce(0) { $0 + ($1.to - $1.from) / problem.grid + 1 } }
        let fewest: [Int] = (0..<n).map { i -> Int in
            var low = Int.max
            for s in 0..<ScheduleProblem.sectorCount where problem.sectors[i] & (1 << s) != 0 { low = min(low, base.sectorCount[s]) }
            return low == Int.max ? 0 : low
        }
        let length = problem.length
        func lengthFirst(_ i: Int) -> (Int, Int, Int, Int) { (length[i], choices[i], fewest[i], i) }
        func choicesFirst(_ i: Int) -> (Int, Int, Int, Int) { (choices[i], length[i], fewest[i], i) }
        return [ideas.sorted { lengthFirst($0) < lengthFirst($1) }, ideas.sorted { choicesFirst($0) < choicesFirst($1) }]
    }

    /// The refills' measure of steps (`fillSteps`, `ejectSteps` and `squeezeSteps` are
    /// made of it): about a second's worth on the machine the benchmarks ran on (2
    /// cores, 2026), where one costs about 60 µs plus 0.09 µs per idea; small festivals
    /// reach their best well within 4,000. One venue alone is refilled a few times (only
    /// the noise among equals changes from one refill to the next).
    static func refillSteps(ideas n: Int, venues: Int) -> Int {
        guard venues > 1 else { return venues == 1 ? 100 : 0 }
        return n <= 150 ? 4_000 : min(12_000, 11_000_000 / (660 + n))
    }

    /// Beyond 300 ideas, a share of the steps that falls as the festival grows (the
    /// square of 960 / (660 + ideas): a third at 1,000 ideas), so that the whole search
    /// at 1,000 ideas and 80 venues stays within two seconds.
    static func largeShare(_ steps: Int, ideas n: Int) -> Int { n <= 300 ? steps : steps * 960 / (660 + n) * 960 / (660 + n) }

    /// Steps of the filling refills: all of `refillSteps`, except beyond 300 ideas on an
    /// `oversubscribed` festival, where the squeezing refills do more: `largeShare` (at
    /// 1,000 ideas and 80 venues 2,213).
    static func fillSteps(ideas n: Int, venues: Int, oversubscribed: Bool) -> Int {
        let steps = refillSteps(ideas: n, venues: venues)
        return oversubscribed ? largeShare(steps, ideas: n) : steps
    }

    /// Steps of the ejecting refills after them: half as many again up to 300 ideas;
    /// `largeShare` of that beyond (1,107 at 1,000 ideas).
    static func ejectSteps(ideas n: Int, venues: Int) -> Int {
        largeShare(refillSteps(ideas: n, venues: venues) / 2, ideas: n)
    }

    /// Steps of the squeezing refills after those: half of `refillSteps` up to 300 ideas
    /// and on an `oversubscribed` festival (3,313 at 1,000 ideas and 80 venues), else as
    /// many as the ejecting refills (so a large festival that is not oversubscribed gets
    /// all the filling steps it had before, and a few more).
    static func squeezeSteps(ideas n: Int, venues: Int, oversubscribed: Bool) -> Int {
        let half = refillSteps(ideas: n, venues: venues) / 2
        return oversubscribed ? half : largeShare(half, ideas: n)
    }

    /// Refills that favour the sector furthest behind.
    static let balanceSteps = 300

    /// Tries of the preferred districts, in all.
    static let districtTries = 2_000

    /// At the same count, the sectors' balance: refills of two venues, one where a waiting
    /// idea of the sector furthest behind may go, that place that sector's ideas first
    /// and are kept when they leave the balance no worse (`ScheduleBoard.standing`).
    static func balance<E: Error>(_ board: inout ScheduleBoard, refill: inout PairRefill, rng: inout SplitMix64,
                                  progress: inout ScheduleProgress, _ tell: (Int, Int) throws(E) -> Void) throws(E) {
        let problem = board.problem, n = problem.count, venues = problem.venues
        func roll(_ k: Int) -> Int { Int(rng.next() % UInt64(max(1, k))) }
        for _ in 0..<balanceSteps {
            let all = board.placed + board.keptCount
            let standing = (0..<ScheduleProblem.sectorCount).map { s in
                board.sectorCount[s] * problem.readyOrLater - problem.readyOrLaterIn[s] * all
            }
            let worst = standing.indices.min { (standing[$0], $0) < (standing[$1], $1) } ?? 0
            let bit = UInt8(1 << worst)
            let candidates = (0..<n).filter { !board.isPlaced($0) && !problem.options[$0].isEmpty && problem.sectors[$0] & bit != 0 }
            if candidates.isEmpty { return }
            try progress.advance(ScheduleProgress.refillWeight, tell)
            let options = problem.options[candidates[roll(candidates.count)]]
            let a = options[roll(options.count)].v
            var b = roll(venues)
            if a == b && venues > 1 { b = (a + 1 + roll(venues - 1)) % venues }
            _ = refill.refill(&board, a, b, rng: &rng, favour: bit)
        }
    }

    /// At the same count and balance, ideas move to a venue in a district they prefer
    /// where one is free.
    static func preferDistricts<E: Error>(_ board: inout ScheduleBoard, progress: inout ScheduleProgress,
                                          _ tell: (Int, Int) throws(E) -> Void) throws(E) {
        let problem = board.problem
        var only = Array(repeating: false, count: problem.venues)
        var tries = 0
        for i in 0..<problem.count where board.isPlaced(i) && !board.prefers(i, board.venueOf[i]) && tries < districtTries {
            let preferred = problem.options[i].filter(\.preferred)
            guard !preferred.isEmpty else { continue }
            tries += 1
            try progress.advance(1, tell)
            for o in preferred { only[o.v] = true }
            let was = (v: board.venueOf[i], s: board.startOf[i])
            board.remove(i)
            if let at = board.best(i, only: only) { board.place(i, at.v, at.start) } else { board.place(i, was.v, was.s) }
            for o in preferred { only[o.v] = false }
        }
    }
}
