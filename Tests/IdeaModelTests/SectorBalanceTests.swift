import Testing
@testable import IdeaModel
import IdeaUI

/// The sectors' balance (issue 13, defect 10): each sector's share of the scheduled
/// interventions beside its share of the ideas ready or later, and "behind" when the
/// first is more than `behindPoints` below the second.
@Suite("Sector balance")
struct SectorBalanceTests {
    static let at = Timestamp(day: Fx.festivalDay, hour: 9, minute: 0)

    /// Ideas with these (stage, sectors); the scheduled and delivered ones get a slot each.
    static func db(_ rows: [(Stage, [Sector])]) -> Database {
        var ideas: [Idea] = [], slots: [Slot] = []
        for (n, row) in rows.enumerated() {
            let id = "idea-\(n)"
            ideas.append(Idea(id: id, title: "Idea \(n)", authorId: Fx.facilitator, sectors: row.1, district: "Centras",
                              stage: row.0, createdAt: at))
            if row.0 == .scheduled || row.0 == .delivered {
                slots.append(Slot(id: "slot-\(n)", ideaId: id, venueId: "venue-01", start: ClockTime(10 + n % 10), end: ClockTime(11 + n % 10)))
            }
        }
        var db = Fx.base()
        db.ideas = ideas
        db.festival.slots = slots
        return db
    }

    @Test("shares are of the interventions and of the ideas ready or later, so they add up past 100")
    func sharesOfEach() throws {
        // 4 scheduled/delivered interventions; 6 ideas ready or later; one idea at "team" counts nowhere.
        let balance = SectorBalance(Self.db([
            (.scheduled, [.youth, .cultural]), (.scheduled, [.youth]), (.delivered, [.cultural, .social]), (.scheduled, [.business]),
            (.ready, [.educational]), (.ready, [.educational, .youth]), (.team, [.educational]),
        ]))
        #expect(balance.interventions == 4)
        #expect(balance.readyOrLater == 6)
        let youth = try #require(balance.share(.youth))
        #expect((youth.scheduled, youth.scheduledPercent, youth.readyOrLater, youth.readyOrLaterPercent) == (2, 50, 3, 50))
        let educational = try #require(balance.share(.educational))
        #expect((educational.scheduled, educational.scheduledPercent, educational.readyOrLater, educational.readyOrLaterPercent)
                == (0, 0, 2, 33))
        #expect(educational.behind)  // 0% against 33%
        #expect(!youth.behind)
        #expect(balance.shares.map(\.scheduled).reduce(0, +) == 6)  // more than the 4 interventions
        #expect(balance.shares.map(\.sector) == Sector.allCases)
    }

    @Test("behind means more than the points below, exactly, not after rounding")
    func behindBoundary() throws {
        // 20 interventions, 20 ideas ready or later (all of them scheduled), plus ready ones that
        // raise the sector's share of the ready-or-later ideas without being scheduled.
        func balance(extraReady: Int) -> SectorBalance {
            var rows: [(Stage, [Sector])] = (0..<20).map { $0 < 4 ? (.scheduled, [.social]) : (.scheduled, [.business]) }
            rows += Array(repeating: (Stage.ready, [Sector.social]), count: extraReady)
            return SectorBalance(Self.db(rows))
        }
        // social: 4/20 = 20% scheduled; with 2 more ready ones 6/22 = 27.27%: 7.27 points behind.
        #expect(balance(extraReady: 2).share(.social)?.behind == true)
        // With 1 more: 5/21 = 23.8%: 3.8 points, not behind.
        #expect(balance(extraReady: 1).share(.social)?.behind == false)
        let exact = SectorBalance(Self.db((0..<16).map { _ in (.scheduled, [.business]) } + (0..<4).map { _ in (.scheduled, [.social]) }
                                          + [(.ready, [.social]), (.ready, [.social]), (.ready, [.business]), (.ready, [.business])]))
        // social: 4/20 = 20% scheduled, 6/24 = 25% ready or later: exactly 5 points, not behind.
        #expect(exact.share(.social)?.scheduledPercent == 20 && exact.share(.social)?.readyOrLaterPercent == 25)
        #expect(exact.share(.social)?.behind == false)
    }

    @Test("nothing scheduled or nothing ready: no shares and nothing behind")
    func empty() {
        let none = SectorBalance(Self.db([(.team, [.youth])]))
        #expect(none.interventions == 0 && none.readyOrLater == 0)
        #expect(none.shares.allSatisfy { $0.scheduledPercent == 0 && $0.readyOrLaterPercent == 0 && !$0.behind })
    }

    @Test("the stats carry the balance, and the sample's shares are whole percentages of 59 interventions")
    func inTheStats() throws {
        let sample = Generator.sample(zone: TestZones.vilnius)
        let stats = DatabaseStats(sample)
        #expect(stats.sectorBalance == SectorBalance(sample))
        #expect(stats.sectorBalance.interventions == sample.festival.slots.count)
        for share in stats.sectorBalance.shares {
            #expect(share.scheduled == stats.scheduledBySector[share.sector, default: 0])
            #expect(share.scheduledPercent == SectorBalance.percent(share.scheduled, of: sample.festival.slots.count))
        }
    }

    @Test("percentages round half up", arguments: [(1, 3, 33), (2, 3, 67), (1, 8, 13), (1, 200, 1), (0, 5, 0), (5, 0, 0)])
    func rounding(part: Int, whole: Int, percent: Int) {
        #expect(SectorBalance.percent(part, of: whole) == percent)
    }
}

/// Placement problems as values (issue 13, defect 6): the screens name the first rule an
/// idea would break in their own language, so the model says which rule, with its data.
@Suite("Placement problems as values")
struct PlacementProblemTests {
    @Test("each value says in English exactly what the refusal says, in the same order")
    func englishIsTheRefusal() throws {
        let (db, id) = Fx.ideaAt(.ready)
        let idea = try #require(db.ideas.first { $0.id == id })
        for venue in db.venues {
            for hour in [9, 12, 14, 21] {
                let values = PlacementRules.violations(placing: idea, at: venue, start: ClockTime(hour), in: db)
                // The English of a load problem is the English the screens and refusals say.
                #expect(values.map(\.english) == values.map { ModelStrings.en.reason(.placement($0)) })
            }
        }
    }

    @Test("the values carry what broke: hours, capacity, features, in the order checked")
    func values() throws {
        let (db, id) = Fx.ideaAt(.ready)
        let idea = try #require(db.ideas.first { $0.id == id })
        let small = try #require(db.venues.first { $0.id == "venue-03" })
        let found = PlacementRules.violations(placing: idea, at: small, start: ClockTime(9), in: db)
        #expect(found.map(\.rule) == [.day, .hours, .capacity])
        #expect(found[2] == .tooSmall(venue: small.name, holds: 20, expects: 40))
        let library = try #require(db.venues.first { $0.id == "venue-04" })
        #expect(PlacementRules.violations(placing: idea, at: library, start: ClockTime(12), in: db)
                == [.missingFeatures(venue: library.name, features: [.outdoor, .power])])
        var noPlan = idea
        noPlan.plan = nil
        #expect(PlacementRules.violations(placing: noPlan, at: small, start: ClockTime(12), in: db) == [.noPlan])
    }
}

/// The mentor's fit (issue 13, defect 9): the score is the sum of its reasons' points, so
/// the screen can show each reason with its points and the total adds up.
@Suite("Mentor fit points")
struct MentorFitPointsTests {
    @Test("every fit's score is the sum of its reasons' points")
    func scoreIsTheSumOfItsPoints() {
        let db = Generator.sample(zone: TestZones.vilnius)
        for mentor in db.people.filter({ $0.mentor != nil }).prefix(12) {
            for fit in MentorFit.openTeams(for: mentor, in: db) {
                let p = MentorFit.Points.self
                let sum = p.tag * fit.tags.count + p.skill * fit.skills.count + p.sector * fit.sectors.count
                    + (fit.district == nil ? 0 : p.district) + p.perMentor * fit.mentors
                #expect(fit.score == sum)
            }
        }
    }
}
