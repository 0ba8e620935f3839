import IdeaModel

// Mentor suggestion: 1,000 teams without a mentor and 300 mentors, from a generated
// database (real expertise, tags and sectors); beside it, in the same run, a greedy
// first-fit as the reference (each team in turn takes its best mentor with room).
func mentorBench() {
    var db = Generator.database(ideas: 2400, seed: 4)
    let teamIds = Set(db.teams.prefix(1000).map(\.ideaId))
    db.teams = Array(db.teams.prefix(1000))
    for i in db.teams.indices { db.teams[i].mentorIds = [] }
    for i in db.ideas.indices where teamIds.contains(db.ideas[i].id) { db.ideas[i].stage = .team }
    var mentors = 0
    for i in db.people.indices where db.people[i].mentor != nil {
        mentors += 1
        if mentors > 300 { db.people[i].mentor = nil }
    }
    var result = MentorSuggestion.suggest(db)
    let optimal = best { result = MentorSuggestion.suggest(db) }
    var greedyPlaced = 0, greedyFit = 0
    let greedy = best {
        var room: [String: Int] = [:]
        for p in db.people { if let m = p.mentor { room[p.id] = m.capacity } }
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = db.people.filter { $0.mentor != nil }
        greedyPlaced = 0
        greedyFit = 0
        for team in db.teams {
            let idea = ideas[team.ideaId]
            let bestFit = people.filter { (room[$0.id] ?? 0) > 0 && MentorFit.couldTake($0, team, idea: idea, maxPerTeam: db.festival.maxMentorsPerTeam) }
                .map { MentorFit.of($0, for: team, idea: idea) }.max { $0.score < $1.score }
            if let bestFit {
                room[bestFit.mentorId, default: 0] -= 1
                greedyPlaced += 1
                greedyFit += bestFit.score
            }
        }
    }
    let places = db.people.reduce(0) { $0 + ($1.mentor?.capacity ?? 0) }
    print("mentor suggestion: \(db.teams.count) teams without a mentor, \(min(mentors, 300)) mentors, \(places) places")
    print("  optimal (min-cost flow)  " + ms(optimal) + "   placed \(result.assignments.count), total fit \(result.totalFit)")
    print("  greedy first-fit (ref.)  " + ms(greedy) + "   placed \(greedyPlaced), total fit \(greedyFit)"
        + String(format: "   time ratio %.2f", optimal / max(greedy, 1e-9)))
}
