/// Mentors for every team at a mentored stage that has none: the assignment that gives
/// the most teams a mentor and, among those, the greatest total fit, within every
/// mentor's free places and the festival's limit per team. Solved exactly as a
/// minimum-cost flow (source → team → mentor → sink) by successive shortest paths; the
/// teams are folded out of the graph, so each search runs over mentors only (a team
/// either waits at the source or hangs from the mentor it is given). The same data
/// always gives the same answer.
public enum MentorSuggestion {
    public struct Result: Equatable, Sendable {
        /// One mentor per team, by team id.
        public var assignments: [MentorFit]
        /// Teams that could not be given a mentor, each with why, by team id.
        public var unplaced: [(teamId: String, reason: Gap)]

        public var totalFit: Int { assignments.reduce(0) { $0 + $1.score } }

        public static func == (a: Result, b: Result) -> Bool {
            a.assignments == b.assignments && a.unplaced.elementsEqual(b.unplaced) { $0 == $1 }
        }
    }

    /// Why a team was left without a suggested mentor.
    public enum Gap: Equatable, Sendable {
        /// No mentor can take it: the festival allows this many per team, and mentors
        /// cannot mentor their own team.
        case noMentorCanTake(maxPerTeam: Int)
        /// Every mentor who could take it is at capacity.
        case allAtCapacity
        /// The mentors with free places are all given to other teams.
        case placesGivenToOthers

        /// Which case it is, without its data: one per case, so a test can take each in turn.
        public enum Kind: String, CaseIterable, Sendable {
            case noMentorCanTake, allAtCapacity, placesGivenToOthers
        }

        public var kind: Kind {
            switch self {
            case .noMentorCanTake: return .noMentorCanTake
            case .allAtCapacity: return .allAtCapacity
            case .placesGivenToOthers: return .placesGivenToOthers
            }
        }

        public static func example(of kind: Kind) -> Self {
            switch kind {
            case .noMentorCanTake: return .noMentorCanTake(maxPerTeam: 2)
            case .allAtCapacity: return .allAtCapacity
            case .placesGivenToOthers: return .placesGivenToOthers
            }
        }
    }

    public static func suggest(_ db: Database) -> Result {
        search(db) { _, _ in }
    }

    /// The same suggestion, telling `progress` how far it is (each team scored is a
    /// step, and each team given a mentor) and stopping as soon as it answers false:
    /// then nil. Told to go on every time, it gives exactly what `suggest` gives.
    public static func suggest(_ db: Database, progress: (Int, Int) -> Bool) -> Result? {
        Progress.stoppable(progress) { (tell) throws(Progress.Stopped) in try search(db, progress: tell) }
    }

    static func search<E: Error>(_ db: Database, progress: (Int, Int) throws(E) -> Void) throws(E) -> Result {
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var load: [String: Int] = [:]
        for team in db.teams { for id in team.mentorIds { load[id, default: 0] += 1 } }
        let teams = db.teams.filter { team in
            team.mentorIds.isEmpty && ideas[team.ideaId].map { MentorFit.mentoredStages.contains($0.stage) } == true
        }.sorted { $0.id < $1.id }
        let allMentors = db.people.filter { $0.mentor != nil }.sorted { $0.id < $1.id }
        let mentors = allMentors.filter { ($0.mentor?.capacity ?? 0) > load[$0.id, default: 0] }
        let room = mentors.map { ($0.mentor?.capacity ?? 0) - load[$0.id, default: 0] }

        // Scores from sides prepared once (the reasons are built only for the answer).
        // Every team here is at a mentored stage with no mentor, so what can keep a
        // mentor away is being in the team, or a festival allowing no mentors at all.
        var words = MentorFit.Words()
        let mentorSides = mentors.map { MentorFit.MentorSide($0, &words) }
        let mentorIndex = Dictionary(mentors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Steps: each team scored, then each team given a mentor.
        let total = 2 * teams.count
        var scores: [[Int?]] = []
        scores.reserveCapacity(teams.count)
        for team in teams {
            let side = MentorFit.TeamSide(team, idea: ideas[team.ideaId], &words)
            let members = team.personIds.compactMap { mentorIndex[$0] }
            scores.append(mentors.indices.map { m in
                db.festival.maxMentorsPerTeam > 0 && !members.contains(m) ? MentorFit.score(mentorSides[m], side) : nil
            })
            try progress(scores.count, total)
        }
        let all = scores.flatMap { $0.compactMap { $0 } }
        let spread = (all.max() ?? 0) - (all.min() ?? 0)
        // One more team with a mentor outweighs any difference in fit.
        let weight = teams.count * spread + abs(all.min() ?? 0) + 1
        let cost: [[Int?]] = scores.map { $0.map { $0.map { -(weight + $0) } } }

        var flow = Flow(cost: cost, room: room)
        let mentorOf = try flow.solve { (given) throws(E) in try progress(teams.count + given, total) }
        try progress(total, total)
        var result = Result(assignments: [], unplaced: [])
        for (t, team) in teams.enumerated() {
            if let m = mentorOf[t] {
                result.assignments.append(MentorFit.of(mentors[m], for: team, idea: ideas[team.ideaId]))
            } else {
                let anyone = allMentors.contains {
                    MentorFit.couldTake($0, team, idea: ideas[team.ideaId], maxPerTeam: db.festival.maxMentorsPerTeam)
                }
                let reachable = cost[t].contains { $0 != nil }
                result.unplaced.append((team.id, !anyone ? .noMentorCanTake(maxPerTeam: db.festival.maxMentorsPerTeam)
                                        : !reachable ? .allAtCapacity : .placesGivenToOthers))
            }
        }
        return result
    }

    /// The flow itself, on indices: teams 0..<n, mentors 0..<m; `cost[t][m]` nil where a
    /// team cannot have that mentor.
    struct Flow {
        /// Row-major, `none` where the pair is not allowed.
        let cost: [Int]
        var room: [Int]
        let n: Int, m: Int
        static let none = Int.max / 4

        init(cost: [[Int?]], room: [Int]) {
            n = cost.count
            m = room.count
            self.cost = cost.flatMap { row in (0..<room.count).map { b in b < row.count ? row[b] ?? Flow.none : Flow.none } }
            self.room = room
        }

        @inline(__always) func c(_ t: Int, _ b: Int) -> Int { cost[t * m + b] }
        @inline(__always) func allowed(_ t: Int, _ b: Int) -> Bool { cost[t * m + b] < Flow.none }

        /// The mentor each team gets, or nil.
        mutating func solve() -> [Int?] { solve { _ in } }

        /// The same, telling `step` how many teams have a mentor after each one more
        /// (it may end the search by throwing).
        mutating func solve<E: Error>(step: (Int) throws(E) -> Void) throws(E) -> [Int?] {
            guard n > 0, m > 0 else { return Array(repeating: nil, count: n) }
            var assigned = [Int](repeating: -1, count: n)
            var teamsOf = [[Int]](repeating: [], count: m)
            // For each mentor, the teams that could have it, cheapest first: the cheapest
            // still-free one is the way in from the source.
            let queue: [[Int]] = (0..<m).map { b in (0..<n).filter { allowed($0, b) }.sorted { (c($0, b), $0) < (c($1, b), $1) } }
            var head = [Int](repeating: 0, count: m)
            // Between mentors: moving a team from a to b costs c(t,b) − c(t,a), the
            // cheapest such team for each pair.
            var move = [Int](repeating: Flow.none, count: m * m)
            var moveTeam = [Int](repeating: -1, count: m * m)
            var potential = (0..<m).map { b in queue[b].first.map { c($0, b) } ?? 0 }
            // The sink's potential, never above a mentor's with room, so the last step
            // (mentor → sink, cost 0) has a non-negative reduced cost too.
            var sinkPotential = (0..<m).filter { room[$0] > 0 }.map { potential[$0] }.min() ?? 0
            var free = n

            while free > 0 {
                // The cheapest free team for each mentor.
                var entry = [Int](repeating: Flow.none, count: m), entryTeam = [Int](repeating: -1, count: m)
                for b in 0..<m {
                    while head[b] < queue[b].count, assigned[queue[b][head[b]]] != -1 { head[b] += 1 }
                    if head[b] < queue[b].count { entryTeam[b] = queue[b][head[b]]; entry[b] = c(entryTeam[b], b) }
                }
                // Dijkstra over mentors on reduced costs (dense: m is small).
                var dist = [Int](repeating: Flow.none, count: m), from = [Int](repeating: -1, count: m)
                var done = [Bool](repeating: false, count: m)
                for b in 0..<m where entry[b] < Flow.none { dist[b] = entry[b] - potential[b] }
                // It stops once no mentor left can be closer to the sink than the best found.
                var toSink = Flow.none, end = -1
                while true {
                    var a = -1
                    for b in 0..<m where !done[b] && dist[b] < Flow.none && (a < 0 || dist[b] < dist[a]) { a = b }
                    if a < 0 || dist[a] >= toSink { break }
                    done[a] = true
                    if room[a] > 0 {
                        let d = dist[a] + potential[a] - sinkPotential
                        if d < toSink { toSink = d; end = a }
                    }
                    for b in 0..<m where !done[b] {
                        let w = move[a * m + b]
                        guard w < Flow.none else { continue }
                        let d = dist[a] + w + potential[a] - potential[b]
                        if d < dist[b] { dist[b] = d; from[b] = a }
                    }
                }
                guard end >= 0 else { break }
                // Potentials become the distances, capped at the sink's: reduced costs
                // stay non-negative, and those along the path become zero.
                for b in 0..<m { potential[b] += min(dist[b], toSink) }
                sinkPotential += toSink

                // Walk the path back: each mentor on it takes the team that led to it.
                room[end] -= 1
                var b = end
                var changed: [Int] = []
                while true {
                    changed.append(b)
                    if from[b] < 0 {
                        let t = entryTeam[b]
                        assigned[t] = b
                        teamsOf[b].append(t)
                        free -= 1
                        break
                    }
                    let a = from[b]
                    let t = moveTeam[a * m + b]
                    teamsOf[a].removeAll { $0 == t }
                    teamsOf[b].append(t)
                    assigned[t] = b
                    b = a
                }
                try step(n - free)
                for a in Set(changed) {
                    for b in 0..<m {
                        move[a * m + b] = Flow.none
                        moveTeam[a * m + b] = -1
                        guard b != a else { continue }
                        for t in teamsOf[a] where allowed(t, b) {
                            let w = c(t, b) - c(t, a)
                            if w < move[a * m + b] || (w == move[a * m + b] && t < moveTeam[a * m + b]) {
                                move[a * m + b] = w
                                moveTeam[a * m + b] = t
                            }
                        }
                    }
                }
            }
            return assigned.map { $0 < 0 ? nil : $0 }
        }
    }
}
