import Testing
@testable import IdeaModel
import IdeaUI

/// The mentor suggestion is a true optimum: on hundreds of small random instances it
/// equals what trying every assignment finds, and it never breaks a limit.
@Suite struct MentorSuggestionTests {
    /// The least total cost over every way to give each team one mentor or none, within
    /// every mentor's room.
    static func bruteForce(_ cost: [[Int?]], _ room: [Int]) -> Int {
        var best = 0
        var left = room
        func go(_ t: Int, _ total: Int) {
            if t == cost.count { best = min(best, total); return }
            go(t + 1, total)
            for b in room.indices where left[b] > 0 {
                guard let c = cost[t][b] else { continue }
                left[b] -= 1
                go(t + 1, total + c)
                left[b] += 1
            }
        }
        go(0, 0)
        return best
    }

    @Test(arguments: 0..<8)
    func equalsTheBruteForceOptimum(batch: Int) {
        var rng = SplitMix64(seed: UInt64(batch) &* 7919 &+ 1)
        for _ in 0..<60 {
            let n = Int(rng.next() % 7), m = 1 + Int(rng.next() % 4)
            let weight = 100
            let cost: [[Int?]] = (0..<n).map { _ in
                (0..<m).map { _ in rng.next() % 4 == 0 ? nil : -(weight + Int(rng.next() % 12) - 3) }
            }
            let room = (0..<m).map { _ in Int(rng.next() % 3) }
            var flow = MentorSuggestion.Flow(cost: cost, room: room)
            let got = flow.solve()
            // Within every mentor's room, only allowed pairs.
            for b in 0..<m { #expect(got.filter { $0 == b }.count <= room[b]) }
            var total = 0
            for (t, b) in got.enumerated() {
                guard let b else { continue }
                #expect(cost[t][b] != nil)
                total += cost[t][b] ?? 0
            }
            #expect(total == Self.bruteForce(cost, room), "cost \(cost) room \(room) got \(got)")
        }
    }

    @Test func onAGeneratedDatabaseEveryLimitHoldsAndTheAnswerIsStable() throws {
        var db = Generator.database(ideas: 400, seed: 11)
        // Take every mentor off the teams at "team", so there is something to suggest.
        for i in db.teams.indices where db.ideas.first(where: { $0.id == db.teams[i].ideaId })?.stage == .team {
            db.teams[i].mentorIds = []
        }
        let result = MentorSuggestion.suggest(db)
        #expect(!result.assignments.isEmpty)
        #expect(result == MentorSuggestion.suggest(db))
        // Applying every suggestion through the model is accepted and leaves a valid file.
        var applied = db
        for fit in result.assignments {
            try applied.apply(.assignMentor(teamId: fit.teamId, mentorId: fit.mentorId), context: Fx.context(on: Fx.today, actor: try #require(db.people.first { $0.has(.facilitator) }?.id)))
        }
        #expect(Validator.problems(in: applied).isEmpty)
        // Nobody is suggested twice for one team, and every team appears once.
        let teams = result.assignments.map(\.teamId) + result.unplaced.map(\.teamId)
        #expect(Set(teams).count == teams.count)
    }

    @Test func whenPlacesRunOutTheBestFitsWinAndTheRestSayWhy() throws {
        // Two teams without a mentor, one mentor with one free place.
        var db = Fx.base()
        let facilitator = Fx.ctx
        for title in ["Garso kiemas", "Kiemo kinas"] {
            var draft = Fx.draft(title)
            draft.tags = title == "Garso kiemas" ? ["urban design"] : []
            let entry = try db.apply(.addIdea(draft), context: facilitator)
            let id = try #require(entry.ideaId)
            if let i = db.ideas.firstIndex(where: { $0.id == id }) { db.ideas[i].stage = .team }
            try db.apply(.createTeam(ideaId: id, leadId: "person-0002"), context: facilitator)
        }
        for i in db.people.indices where db.people[i].mentor != nil && db.people[i].id != "person-0007" { db.people[i].mentor?.capacity = 0 }
        if let i = db.people.firstIndex(where: { $0.id == "person-0007" }) { db.people[i].mentor?.capacity = 1 }
        let result = MentorSuggestion.suggest(db)
        #expect(result.assignments.map(\.mentorId) == ["person-0007"])
        let placed = try #require(result.assignments.first)
        #expect(placed.tags == ["urban design"])
        #expect(db.teams.first { $0.id == placed.teamId }.flatMap { t in db.ideas.first { $0.id == t.ideaId } }?.title == "Garso kiemas")
        #expect(result.unplaced.map(\.reason) == [.placesGivenToOthers])
        #expect(result.unplaced.map { ModelStrings.en.mentorGap($0.reason) } == ["the mentors with free places are all given to other teams"])
    }
}
