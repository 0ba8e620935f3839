import Testing
@testable import IdeaModel

/// On generated festivals filled by the auto-scheduler: what the diagnosis finds in the
/// way is what the placement rules themselves say, every change it suggests goes through
/// the model's commands and puts the idea on the grid, and the same data gives the same
/// diagnosis.
@Suite struct PlacementDiagnosisPropertyTests {
    typealias D = PlacementDiagnosis

    /// A tight festival after the auto-scheduler (seeded by its size, as the benchmark
    /// does), and the ideas it left out with its reasons.
    static func filled(_ ready: Int, _ venues: Int) -> (db: Database, unplaced: [(ideaId: String, reason: AutoScheduler.Unplaced)]) {
        let db = Generator.festival(ready: ready, venues: venues, seed: UInt64(ready))
        let result = AutoScheduler.run(db)
        return (result.applied(to: db, reflow: false), result.unplaced)
    }

    /// What a broken rule is about: the rule, and for a clash or a person the
    /// intervention in the way (one obstacle stands for a clash and a person at it).
    static func about(_ problem: PlacementProblem) -> String {
        switch problem {
        case .clash(let idea, _, _, _, _), .personBusy(_, let idea, _, _, _), .travelFrom(_, let idea, _, _, _, _),
             .travelTo(_, let idea, _, _, _, _): return "slot " + idea
        default: return problem.rule.rawValue
        }
    }

    static func about(_ obstacle: D.Obstacle) -> String {
        switch obstacle {
        case .occupied(let idea, _, _, _), .personBusy(_, _, let idea, _, _, _), .personTravel(_, _, let idea, _, _, _, _):
            return "slot " + idea
        case .lacksFeature: return PlacementProblem.Rule.features.rawValue
        case .tooSmall: return PlacementProblem.Rule.capacity.rawValue
        case .closed: return PlacementProblem.Rule.hours.rawValue
        case .tooEarly, .tooLate: return PlacementProblem.Rule.window.rawValue
        }
    }

    @Test(arguments: [(30, 6), (26, 5), (45, 10)])
    func missesAreWhatTheRulesSayAndEveryChangeWorks(ready: Int, venues: Int) throws {
        let (db, unplaced) = Self.filled(ready, venues)
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.id)
        let context = CommandContext(actor: facilitator, now: Timestamp(day: db.festival.day, hour: 8), today: db.festival.day)
        let diagnoses = D.of(unplaced.map(\.ideaId), in: db)
        #expect(diagnoses.count == unplaced.count)
        var changes = 0
        for (d, left) in zip(diagnoses, unplaced) {
            #expect(d.ideaId == left.ideaId)
            // The auto-scheduler's own reason, unless a place is free after all.
            #expect(d.reason == left.reason || (left.reason == .allTaken && d.reason == nil))
            let idea = try #require(db.ideas.first { $0.id == d.ideaId })
            for miss in d.misses {
                let venue = try #require(db.venues.first { $0.id == miss.place.venueId })
                let broken = PlacementRules.violations(placing: idea, at: venue, start: miss.place.start, in: db)
                #expect(Set(broken.map(Self.about)) == Set(miss.obstacles.map(Self.about)), "\(d.title) at \(venue.name) \(miss.place.start.text)")
                // Each intervention in the way is one obstacle, whoever of ours it needs.
                let slots = miss.obstacles.map(Self.about).filter { $0.hasPrefix("slot ") }
                #expect(Set(slots).count == slots.count)
            }
            #expect(Set(d.misses.map(\.place.venueId)).count == d.misses.count)
            for suggestion in d.suggestions {
                var after = db
                for command in suggestion.commands(placing: d.ideaId, in: db) {
                    do { try after.apply(command, context: context) } catch {
                        Issue.record("\(d.title): \(suggestion.change): \(error.message)")
                    }
                }
                let slot = after.festival.slots.first { $0.ideaId == d.ideaId }
                #expect(slot?.venueId == suggestion.place.venueId && slot?.start == suggestion.place.start)
                changes += 1
            }
        }
        #expect(changes > 0, "no change found on a festival with \(unplaced.count) ideas left out")
        #expect(D.of(unplaced.map(\.ideaId), in: db) == diagnoses)
    }

    /// Nothing in the way by the diagnosis's own reading exactly where the placement rules
    /// find nothing broken, venue by venue and start by start.
    @Test func obstaclesAgreeWithThePlacementRulesEverywhere() throws {
        let (db, unplaced) = Self.filled(60, 8)
        let board = D.Board(db)
        for (ideaId, _) in unplaced.prefix(2) {
            let idea = try #require(db.ideas.first { $0.id == ideaId })
            guard let plan = idea.plan, plan.durationMinutes % board.grid == 0 else { continue }
            let subject = board.subject(idea, plan: plan)
            for v in board.venues.indices {
                for start in board.starts(plan.durationMinutes) {
                    let found = board.obstacles(subject, v, start, plan.durationMinutes)
                    let broken = PlacementRules.violations(placing: idea, at: board.venues[v], start: ClockTime(minutes: start), in: db)
                    #expect(found.isEmpty == broken.isEmpty, "\(idea.title) at \(board.venues[v].name) \(start)")
                }
            }
        }
    }
}
