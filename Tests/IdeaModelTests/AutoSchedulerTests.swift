import Testing
@testable import IdeaModel
import IdeaUI

/// The auto-scheduler never breaks a placement rule (each placement is applied through
/// the model's own `schedule` command, which checks them all), keeps pinned slots, keeps
/// every slot without reflow, and gives the same result for the same data.
@Suite struct AutoSchedulerTests {
    /// Applies every placement with the model's command: a broken rule would throw.
    static func apply(_ result: AutoScheduler.Result, to db: Database) throws -> Database {
        var out = db
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.id)
        let ctx = CommandContext(actor: facilitator, now: Timestamp(day: db.festival.day, hour: 8), today: db.festival.day)
        for p in result.placements {
            do {
                try out.apply(.schedule(ideaId: p.ideaId, venueId: p.venueId, start: p.start), context: ctx)
            } catch {
                Issue.record("\(p.ideaId) at \(p.venueId) \(p.start.text): \(error.message)")
            }
        }
        return out
    }

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func withoutReflowEverySlotStaysAndNoRuleBreaks(seed: UInt64) throws {
        let db = Generator.database(ideas: 300, seed: seed)
        let result = AutoScheduler.run(db)
        let ready = db.ideas.filter { $0.stage == .ready }.map(\.id)
        #expect(Set(result.placements.map(\.ideaId) + result.unplaced.map(\.ideaId)) == Set(ready))
        let after = try Self.apply(result, to: db)
        for slot in db.festival.slots { #expect(after.festival.slots.contains(slot)) }
        #expect(Validator.problems(in: after).isEmpty)
        #expect(AutoScheduler.run(db) == result)
    }

    @Test(arguments: [UInt64(7), 8, 9, 10])
    func reflowKeepsPinnedSlotsAndPlacesTheRestByTheRules(seed: UInt64) throws {
        var db = Generator.database(ideas: 300, seed: seed)
        let pinned = db.festival.slots.filter(\.pinned)
        let result = AutoScheduler.run(db, reflow: true)
        #expect(!result.placements.contains { p in pinned.contains { $0.ideaId == p.ideaId } })
        // The unpinned slots are taken off first, as the reflow does, then placed again.
        let scheduled = Set(db.ideas.filter { $0.stage == .scheduled }.map(\.id))
        let moving = Set(db.festival.slots.filter { !$0.pinned && scheduled.contains($0.ideaId) }.map(\.ideaId))
        db.festival.slots.removeAll { !$0.pinned && scheduled.contains($0.ideaId) }
        for i in db.ideas.indices where moving.contains(db.ideas[i].id) { db.ideas[i].stage = .ready }
        let after = try Self.apply(result, to: db)
        for slot in pinned { #expect(after.festival.slots.contains(slot)) }
        // The same slots through the model's one-step command, from the file as it was.
        var viaCommand = try Self.original(seed)
        let facilitator = try #require(viaCommand.people.first { $0.has(.facilitator) }?.id)
        try viaCommand.apply(.autoSchedule(placements: result.placements, reflow: true),
                             context: CommandContext(actor: facilitator, now: Timestamp(day: db.festival.day, hour: 8), today: db.festival.day))
        #expect(Set(viaCommand.festival.slots.map(\.ideaId)) == Set(after.festival.slots.map(\.ideaId)))
        #expect(Validator.problems(in: viaCommand).isEmpty)
        #expect(Validator.problems(in: after).isEmpty)
    }

    static func original(_ seed: UInt64) throws -> Database { Generator.database(ideas: 300, seed: seed) }

    /// Festivals made for the scheduler (many ready ideas, few venues, no slots): every
    /// placement goes through the model's command, the same data gives the same result.
    @Test(arguments: [UInt64(11), 12, 13])
    func generatedFestivalsAreFilledByTheRules(seed: UInt64) throws {
        let db = Generator.festival(ready: 60, venues: 8, seed: seed)
        let result = AutoScheduler.run(db)
        #expect(result.placements.count >= 20)
        #expect(result.placements.count + result.unplaced.count == 60)
        let after = try Self.apply(result, to: db)
        #expect(after.festival.slots.count == result.placements.count)
        #expect(Validator.problems(in: after).isEmpty)
        #expect(AutoScheduler.run(db) == result)
    }

    /// Generated festivals from loose to oversubscribed (`idea-tui generate --load`): every
    /// placement goes through the model's command, the file's own check finds nothing, no
    /// more are placed than the bound allows, each idea is placed or says why, and the
    /// same data gives the same result.
    @Test(arguments: [(0.6, UInt64(1)), (0.6, 2), (1.0, 3), (1.0, 4), (1.8, 5), (1.8, 6)])
    func festivalsAtEveryLoadKeepEveryRule(load: Double, seed: UInt64) throws {
        let db = Generator.festival(ready: 40, load: load, seed: seed)
        let result = AutoScheduler.run(db)
        let ready = db.ideas.filter { $0.stage == .ready }.map(\.id)
        #expect(Set(result.placements.map(\.ideaId) + result.unplaced.map(\.ideaId)) == Set(ready))
        #expect(result.placements.count <= result.bound)
        #expect(result.bound <= result.placements.count + result.unplaced.filter { $0.reason == .allTaken }.count)
        let after = try Self.apply(result, to: db)
        #expect(after.festival.slots.count == result.placements.count)
        #expect(ScheduleCheck.findings(in: after).isEmpty)
        #expect(Validator.problems(in: after).isEmpty)
        #expect(AutoScheduler.run(db) == result)
    }

    /// Most interventions first: in a venue open two hours, two of one hour rather than
    /// the one of two hours that the most constrained order would take.
    @Test func morePlacedBeatsLonger() throws {
        var db = Generator.festival(ready: 3, venues: 1, seed: 5)
        db.festival.changeoverMinutes = 0
        db.venues[0].opens = ClockTime(10)
        db.venues[0].closes = ClockTime(12)
        db.venues[0].capacity = 1_000
        let ready = db.ideas.indices.filter { db.ideas[$0].stage == .ready }
        try #require(ready.count == 3)
        for (k, i) in ready.enumerated() {
            db.ideas[i].plan = InterventionPlan(durationMinutes: k == 0 ? 120 : 60, features: [], audience: 10, districts: [])
        }
        let result = AutoScheduler.run(db)
        #expect(Set(result.placements.map(\.ideaId)) == Set(ready.dropFirst().map { db.ideas[$0].id }))
        #expect(result.unplaced.map(\.ideaId) == [db.ideas[ready[0]].id])
        _ = try Self.apply(result, to: db)
    }

    @Test func everyUnplacedIdeaSaysWhy() throws {
        var db = Generator.database(ideas: 200, seed: 3)
        let ready = try #require(db.ideas.firstIndex { $0.stage == .ready })
        db.ideas[ready].plan?.audience = 100_000
        let other = try #require(db.ideas.lastIndex { $0.stage == .ready && $0.id != db.ideas[ready].id })
        db.ideas[other].plan?.durationMinutes = 50
        let result = AutoScheduler.run(db)
        let reasons = Dictionary(result.unplaced.map { ($0.ideaId, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons[db.ideas[ready].id] == .noVenueHolds(100_000))
        #expect(reasons[db.ideas[other].id] == .lengthOffGrid(minutes: 50, grid: 15))
        #expect(reasons[db.ideas[ready].id].map(ModelStrings.en.unplaced) == "no venue holds 100000 people")
        #expect(reasons[db.ideas[other].id].map(ModelStrings.en.unplaced) == "its length, 50 minutes, is not on the 15-minute grid")
    }
}
