/// What the auto-scheduler knows and does not change while it works: the venues, each
/// idea's length, people and sectors, and where the fixed rules (capacity, features,
/// opening hours, the day, the idea's window, the grid) let each idea start.
struct ScheduleProblem {
    /// A venue and the range of starts there, on the grid.
    struct Option { var v: Int; var from: Int; var to: Int; var preferred: Bool }

    let venues: [Venue]
    let district: [Int]
    let change: Int, travel: Int, grid: Int
    let length: [String: Int]
    let people: [String: [String]]
    let sectors: [String: [Sector]]
    let options: [String: [Option]]

    /// Every start the fixed rules allow, venue by venue.
    func starts(_ option: Option) -> StrideThrough<Int> { stride(from: option.from, through: option.to, by: grid) }

    /// The first start on the grid at or after `minute`.
    func onGrid(_ minute: Int, from first: Int) -> Int { first + max(0, (minute - first + grid - 1) / grid) * grid }
}

/// The grid while the auto-scheduler fills it: who is busy when, at which venue, and
/// which ideas it has placed. The slots it keeps are busy too but never move.
struct SchedulePacking {
    struct Busy { var start: Int; var end: Int; var district: Int; var ideaId: String }

    let problem: ScheduleProblem
    var venueBusy: [[Busy]]
    var personBusy: [String: [Busy]] = [:]
    var sectorCount: [Sector: Int] = [:]
    var placed: [String: (v: Int, start: Int)] = [:]

    init(_ problem: ScheduleProblem) {
        self.problem = problem
        venueBusy = Array(repeating: [], count: problem.venues.count)
    }

    /// A kept slot gives its own end (it may differ from the plan); placed ones last as
    /// long as their plan.
    mutating func occupy(_ ideaId: String, _ v: Int, _ start: Int, keptUntil end: Int? = nil) {
        let busy = Busy(start: start, end: end ?? start + (problem.length[ideaId] ?? 0), district: problem.district[v], ideaId: ideaId)
        venueBusy[v].append(busy)
        for p in problem.people[ideaId] ?? [] { personBusy[p, default: []].append(busy) }
        for s in problem.sectors[ideaId] ?? [] { sectorCount[s, default: 0] += 1 }
        if end == nil { placed[ideaId] = (v, start) }
    }

    mutating func release(_ ideaId: String) {
        guard let at = placed.removeValue(forKey: ideaId) else { return }
        venueBusy[at.v].removeAll { $0.ideaId == ideaId }
        for p in problem.people[ideaId] ?? [] { personBusy[p]?.removeAll { $0.ideaId == ideaId } }
        for s in problem.sectors[ideaId] ?? [] { sectorCount[s, default: 0] -= 1 }
    }

    /// Whether a person of ours at `busy` rules out `start..<end` at a venue in `here`:
    /// nobody in two places, and time to travel between districts.
    private func personClash(_ busy: Busy, _ start: Int, _ end: Int, _ here: Int) -> Bool {
        if start < busy.end && busy.start < end { return true }
        guard busy.district != here else { return false }
        return busy.end <= start ? start - busy.end < problem.travel : busy.start - end < problem.travel
    }

    func free(_ ideaId: String, _ v: Int, _ start: Int) -> Bool {
        let end = start + (problem.length[ideaId] ?? 0), change = problem.change
        for b in venueBusy[v] where start < b.end + change && b.start < end + change { return false }
        let here = problem.district[v]
        for p in problem.people[ideaId] ?? [] {
            for b in personBusy[p] ?? [] where b.ideaId != ideaId && personClash(b, start, end, here) { return false }
        }
        return true
    }

    /// The placed ideas in the way of `ideaId` at `v`, `start`, in a stable order; nil
    /// when a kept slot is in the way (it cannot move).
    func blockers(_ ideaId: String, _ v: Int, _ start: Int) -> [String]? {
        let end = start + (problem.length[ideaId] ?? 0), change = problem.change
        var out: [String] = []
        func add(_ other: String) -> Bool {
            guard placed[other] != nil else { return false }
            if !out.contains(other) { out.append(other) }
            return true
        }
        for b in venueBusy[v] where start < b.end + change && b.start < end + change { guard add(b.ideaId) else { return nil } }
        let here = problem.district[v]
        for p in problem.people[ideaId] ?? [] {
            for b in personBusy[p] ?? [] where b.ideaId != ideaId && personClash(b, start, end, here) { guard add(b.ideaId) else { return nil } }
        }
        return out.sorted()
    }

    /// Where `ideaId` goes best now, or nil when nowhere is free. Only left-packed starts
    /// are tried (the range's first, or just after something at the venue or one of its
    /// people's other slots); among them the least time wasted before it, then the
    /// tightest fit after it, then its preferred districts, then the earliest. `only`
    /// keeps to two venues (the same one twice for one).
    func best(_ ideaId: String, at only: (Int, Int)? = nil) -> (v: Int, start: Int)? {
        let length = problem.length[ideaId] ?? 0, change = problem.change
        var marks: [Int] = []
        for p in problem.people[ideaId] ?? [] {
            for b in personBusy[p] ?? [] { marks.append(b.end); marks.append(b.end + problem.travel) }
        }
        var choice: (key: (Int, Int, Int, Int, Int), v: Int, start: Int)?
        for option in problem.options[ideaId] ?? [] where only.map({ option.v == $0.0 || option.v == $0.1 }) ?? true {
            let busy = venueBusy[option.v]
            var candidates = [option.from]
            for b in busy { candidates.append(b.end + change) }
            candidates += marks
            for raw in candidates {
                let s = problem.onGrid(raw, from: option.from)
                guard s <= option.to, free(ideaId, option.v, s) else { continue }
                let before = busy.filter { $0.end <= s }.map { $0.end + change }.max() ?? option.from
                let after = (busy.filter { $0.start >= s + length }.map { $0.start - change }.min() ?? (option.to + length)) - (s + length)
                let key = (max(0, s - max(before, option.from)), s, after, option.preferred ? 0 : 1, option.v)
                if choice.map({ key < $0.key }) ?? true { choice = (key, option.v, s) }
            }
        }
        return choice.map { ($0.v, $0.start) }
    }

    /// The measure of a finished packing: most placed, then the smallest spread between
    /// the sectors with most and fewest interventions, then most in preferred districts.
    var score: (Int, Int, Int) {
        let counts = Sector.allCases.map { sectorCount[$0, default: 0] }
        let preferred = placed.filter { id, at in
            (problem.options[id] ?? []).contains { $0.v == at.v && $0.preferred }
        }.count
        return (placed.count, -((counts.max() ?? 0) - (counts.min() ?? 0)), preferred)
    }
}
