/// The grid while the auto-scheduler fills it: who is busy when, at which venue, and
/// where each idea is. The kept slots are busy too but never move. Every placement it
/// makes passes `fits`, so whatever the search does keeps every placement rule.
struct ScheduleBoard {
    /// Time taken at a venue or by a person; `idea` is -1 for a kept slot.
    struct Span { var start: Int; var end: Int; var idea: Int; var district: Int }

    let problem: ScheduleProblem
    /// Each venue's spans, by start.
    private(set) var venue: [[Span]]
    private(set) var person: [[Span]]
    /// Where each idea is: its venue and start, or -1 while it waits.
    private(set) var venueOf: [Int]
    private(set) var startOf: [Int]
    private(set) var placed = 0
    /// Interventions per sector, the kept ones included.
    private(set) var sectorCount: [Int]
    /// Placed ideas in one of their preferred districts.
    private(set) var preferred = 0
    /// The kept slots, counted in the sectors' balance.
    private(set) var keptCount = 0

    init(_ problem: ScheduleProblem) {
        self.problem = problem
        venue = Array(repeating: [], count: problem.venues)
        person = Array(repeating: [], count: problem.persons)
        venueOf = Array(repeating: -1, count: problem.count)
        startOf = Array(repeating: 0, count: problem.count)
        sectorCount = Array(repeating: 0, count: ScheduleProblem.sectorCount)
        for k in problem.kept where k.v >= 0 && k.v < problem.venues {
            let span = Span(start: k.start, end: k.end, idea: -1, district: problem.district[k.v])
            insert(span, into: k.v)
            for p in k.people { person[p].append(span) }
            count(k.sectors, 1)
            keptCount += 1
        }
    }

    private mutating func count(_ mask: UInt8, _ by: Int) {
        for s in 0..<ScheduleProblem.sectorCount where mask & (1 << s) != 0 { sectorCount[s] += by }
    }

    private mutating func insert(_ span: Span, into v: Int) {
        var k = venue[v].count
        while k > 0 && venue[v][k - 1].start > span.start { k -= 1 }
        venue[v].insert(span, at: k)
    }

    func isPlaced(_ i: Int) -> Bool { venueOf[i] >= 0 }

    /// Whether the option of `i` at `v` is one of its preferred districts.
    func prefers(_ i: Int, _ v: Int) -> Bool { problem.option(i, v)?.preferred ?? false }

    mutating func place(_ i: Int, _ v: Int, _ start: Int) {
        let span = Span(start: start, end: start + problem.length[i], idea: i, district: problem.district[v])
        insert(span, into: v)
        for p in problem.people[i] { person[p].append(span) }
        venueOf[i] = v
        startOf[i] = start
        placed += 1
        count(problem.sectors[i], 1)
        if prefers(i, v) { preferred += 1 }
    }

    mutating func remove(_ i: Int) {
        let v = venueOf[i]
        guard v >= 0 else { return }
        if let k = venue[v].firstIndex(where: { $0.idea == i }) { venue[v].remove(at: k) }
        for p in problem.people[i] {
            if let k = person[p].firstIndex(where: { $0.idea == i }) { person[p].remove(at: k) }
        }
        if prefers(i, v) { preferred -= 1 }
        venueOf[i] = -1
        placed -= 1
        count(problem.sectors[i], -1)
    }

    /// Whether a person's `busy` span rules out `start..<end` at a venue in district
    /// `here`: nobody in two places, and time to travel between districts.
    @inline(__always)
    private func personClash(_ busy: Span, _ start: Int, _ end: Int, _ here: Int) -> Bool {
        if start < busy.end && busy.start < end { return true }
        guard busy.district != here else { return false }
        return busy.end <= start ? start - busy.end < problem.travel : busy.start - end < problem.travel
    }

    /// Whether `i` may start at `start` at `v` now (the fixed rules are the option's).
    func fits(_ i: Int, _ v: Int, _ start: Int) -> Bool {
        let end = start + problem.length[i], change = problem.change
        for b in venue[v] {
            if b.start >= end + change { break }
            if start < b.end + change { return false }
        }
        let here = problem.district[v]
        for p in problem.people[i] {
            for b in person[p] where b.idea != i && personClash(b, start, end, here) { return false }
        }
        return true
    }

    /// The placed ideas in the way of `i` at `v`, `start`, each once, into `out`; false
    /// when a kept slot is in the way (it cannot move).
    func blockers(_ i: Int, _ v: Int, _ start: Int, into out: inout [Int]) -> Bool {
        out.removeAll(keepingCapacity: true)
        let end = start + problem.length[i], change = problem.change
        for b in venue[v] {
            if b.start >= end + change { break }
            if start < b.end + change {
                if b.idea < 0 { return false }
                out.append(b.idea)
            }
        }
        let here = problem.district[v]
        for p in problem.people[i] {
            for b in person[p] where b.idea != i && personClash(b, start, end, here) {
                if b.idea < 0 { return false }
                if !out.contains(b.idea) { out.append(b.idea) }
            }
        }
        return true
    }

    /// Where `i` goes best now, or nil when nowhere is free. Only left-packed starts are
    /// tried (the range's first, or just after something at the venue or one of its
    /// people's other slots); among them the least time wasted before it, then the
    /// earliest, then the tightest fit after it, then its preferred districts, then the
    /// first venue. `only`, when given, says which venues may be used.
    func best(_ i: Int, only: [Bool]? = nil) -> (v: Int, start: Int)? {
        let length = problem.length[i], change = problem.change
        var choice: (waste: Int, start: Int, after: Int, pref: Int, v: Int)?
        func consider(_ option: ScheduleProblem.Option, _ raw: Int) {
            let s = problem.onGrid(raw, from: option.from)
            guard s <= option.to, fits(i, option.v, s) else { return }
            var before = option.from, after = option.to + length
            for b in venue[option.v] {
                if b.end <= s { before = max(before, b.end + change) } else if b.start >= s + length { after = min(after, b.start - change); break }
            }
            let key = (max(0, s - before), s, after - (s + length), option.preferred ? 0 : 1, option.v)
            if let c = choice, !(key < c) { return }
            choice = key
        }
        for option in problem.options[i] where only?[option.v] ?? true {
            consider(option, option.from)
            for b in venue[option.v] where b.end + change > option.from { consider(option, b.end + change) }
            for p in problem.people[i] {
                for b in person[p] where b.idea != i {
                    if b.end > option.from { consider(option, b.end) }
                    if b.end + problem.travel > option.from { consider(option, b.end + problem.travel) }
                }
            }
        }
        return choice.map { ($0.v, $0.start) }
    }

    /// Whether `i` has a free place at a venue `only` allows: the starts `best` tries,
    /// stopping at the first that fits.
    func hasPlace(_ i: Int, only: [Bool]) -> Bool {
        let change = problem.change
        for option in problem.options[i] where only[option.v] {
            func free(_ raw: Int) -> Bool {
                let s = problem.onGrid(raw, from: option.from)
                return s <= option.to && fits(i, option.v, s)
            }
            if free(option.from) { return true }
            for b in venue[option.v] where b.end + change > option.from { if free(b.end + change) { return true } }
            for p in problem.people[i] {
                for b in person[p] where b.idea != i {
                    if b.end > option.from && free(b.end) { return true }
                    if b.end + problem.travel > option.from && free(b.end + problem.travel) { return true }
                }
            }
        }
        return false
    }

    /// Whether this board is better than `other`: more placed, then the sectors' balance
    /// (`standing`, the sector furthest behind first), then more in preferred districts.
    func isBetter(than other: ScheduleBoard) -> Bool {
        if placed != other.placed { return placed > other.placed }
        let mine = standing, theirs = other.standing
        if mine != theirs { return mine.lexicographicallyPrecedes(theirs) == false }
        return preferred > other.preferred
    }

    /// How far each sector trails, the one furthest behind first: its share of the
    /// interventions against its share of the ideas ready or later, as the festival's
    /// balance shows them (`SectorBalance`), the larger the better. For as many
    /// interventions, the first orders boards as the largest gap between those shares
    /// does; the others break ties, so a step that lifts the second furthest behind
    /// counts too.
    var standing: [Int] {
        let all = placed + keptCount, pool = problem.readyOrLater
        return (0..<ScheduleProblem.sectorCount).map { s in
            sectorCount[s] * pool - problem.readyOrLaterIn[s] * all
        }.sorted()
    }
}
