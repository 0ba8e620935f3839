@testable import IdeaModel
import Testing

/// The placement rules' people checks (nobody in two places, time to travel) look only at
/// the ideas that share someone, through `PlacementRules.PeopleIndex`: they find what a
/// plain pass over every pair of slots and teams finds, person by person.
@Suite struct PlacementPeopleTests {
    /// (kind, person) of every people problem for `idea` at `venue` from `start`, by
    /// looking at every other slot and its idea's first team.
    static func plainPass(_ idea: Idea, _ venue: Venue, _ start: ClockTime, _ db: Database) -> [String] {
        guard let plan = idea.plan, let team = db.teams.first(where: { $0.ideaId == idea.id }) else { return [] }
        let mine = Slot(id: "", ideaId: idea.id, venueId: venue.id, start: start,
                        end: ClockTime(minutes: start.minutes + plan.durationMinutes))
        let ours = PlacementRules.people(of: team)
        var out: [String] = []
        for other in db.festival.slots where other.ideaId != idea.id {
            guard let theirTeam = db.teams.first(where: { $0.ideaId == other.ideaId }) else { continue }
            let shared = ours.filter(PlacementRules.people(of: theirTeam).contains)
            guard let there = db.venues.first(where: { $0.id == other.venueId }) else { continue }
            let travel = db.festival.travelMinutes
            let kind: String
            if other.overlaps(mine) {
                kind = "busy"
            } else if there.district == venue.district {
                continue
            } else if other.end <= mine.start, mine.start.minutes - other.end.minutes < travel {
                kind = "from"
            } else if mine.end <= other.start, other.start.minutes - mine.end.minutes < travel {
                kind = "to"
            } else {
                continue
            }
            out += shared.map { kind + " " + CommandWords.personName($0, in: db) + " " + other.ideaId }
        }
        return out
    }

    static func found(_ problems: [PlacementProblem], _ db: Database) -> [String] {
        let idOf = Dictionary(db.ideas.map { ($0.title, $0.id) }, uniquingKeysWith: { a, _ in a })
        return problems.compactMap { problem in
            switch problem {
            case .personBusy(let person, let idea, _, _, _): return "busy \(person) \(idOf[idea] ?? idea)"
            case .travelFrom(let person, let idea, _, _, _, _): return "from \(person) \(idOf[idea] ?? idea)"
            case .travelTo(let person, let idea, _, _, _, _): return "to \(person) \(idOf[idea] ?? idea)"
            default: return nil
            }
        }
    }

    @Test(arguments: [(120, 10), (60, 6)])
    func theIndexFindsWhatAPlainPassFinds(ready: Int, venues: Int) {
        let db = AutoScheduler.run(Generator.festival(ready: ready, venues: venues, seed: UInt64(ready)))
            .applied(to: Generator.festival(ready: ready, venues: venues, seed: UInt64(ready)), reflow: false)
        let index = PlacementRules.PeopleIndex(db)
        let titlesUnique = Set(db.ideas.map(\.title)).count == db.ideas.count
        var compared = 0, withProblems = 0
        for slot in db.festival.slots.prefix(16) {
            guard let idea = db.ideas.first(where: { $0.id == slot.ideaId }) else { continue }
            for venue in db.venues {
                for start in stride(from: db.festival.dayStart.minutes, to: db.festival.dayEnd.minutes, by: 90) {
                    let at = ClockTime(minutes: start)
                    let expected = Self.plainPass(idea, venue, at, db)
                    let problems = PlacementRules.violations(placing: idea, at: venue, start: at, in: db, people: index)
                    if titlesUnique { #expect(Self.found(problems, db).sorted() == expected.sorted()) }
                    #expect(Self.found(problems, db).count == expected.count)
                    #expect(problems == PlacementRules.violations(placing: idea, at: venue, start: at, in: db))
                    compared += 1
                    if !expected.isEmpty { withProblems += 1 }
                }
            }
        }
        #expect(compared > 100)
        #expect(withProblems > 10, "the festival has people in two ideas")
    }
}

/// The diagnosis's quick "does it fit" stops at the first obstacle; it answers as the
/// full list of obstacles does, at every venue and start, also with a slot taken away.
@Suite struct DiagnosisFitsTests {
    @Test func fitsIsNoObstacles() {
        let base = Generator.festival(ready: 60, venues: 6, seed: 60)
        let result = AutoScheduler.run(base)
        let db = result.applied(to: base, reflow: false)
        let board = PlacementDiagnosis.Board(db)
        var yes = 0, no = 0
        for id in (result.unplaced.map(\.ideaId) + db.festival.slots.prefix(10).map(\.ideaId)) {
            guard let idea = db.ideas.first(where: { $0.id == id }), let plan = idea.plan else { continue }
            let subject = board.subject(idea, plan: plan)
            for v in board.venues.indices {
                for start in board.starts(plan.durationMinutes) {
                    for without in [nil, 0, 3] as [Int?] {
                        let fits = board.fits(subject, v, start, plan.durationMinutes, without: without)
                        #expect(fits == board.obstacles(subject, v, start, plan.durationMinutes, without: without).isEmpty)
                        if fits { yes += 1 } else { no += 1 }
                    }
                }
            }
        }
        #expect(yes > 0 && no > 0)
    }
}
