import Testing
@testable import IdeaModel

/// The auto-scheduler and the mentor suggestion report how far they are and stop when
/// told: a stopped run gives nothing (nil), a run told to go on gives exactly what the
/// plain run gives, and the count only grows, to its total.
@Suite struct ProgressTests {
    /// Every report of a run told to go on, and its result.
    static func reports<T>(_ run: ((Int, Int) -> Bool) -> T?) -> (calls: [(Int, Int)], result: T?) {
        var calls: [(Int, Int)] = []
        let result = run { done, total in
            calls.append((done, total))
            return true
        }
        return (calls, result)
    }

    /// The count starts at or above 0, never falls, never passes the total (the same in
    /// every report) and ends there.
    static func checkCounts(_ calls: [(Int, Int)], sourceLocation: SourceLocation = #_sourceLocation) {
        guard let total = calls.first?.1, let last = calls.last else {
            Issue.record("no progress reported", sourceLocation: sourceLocation)
            return
        }
        #expect(total > 0, sourceLocation: sourceLocation)
        #expect(calls.allSatisfy { $0.1 == total && $0.0 >= 0 && $0.0 <= total }, sourceLocation: sourceLocation)
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.0 <= $1.0 }, sourceLocation: sourceLocation)
        #expect(last == (total, total), sourceLocation: sourceLocation)
    }

    /// Stops at the `at`-th report: nil, and no report after the one that said stop.
    static func stopped<T>(at: Int, _ run: ((Int, Int) -> Bool) -> T?) -> (result: T?, calls: Int) {
        var calls = 0
        let result = run { _, _ in
            calls += 1
            return calls < at
        }
        return (result, calls)
    }

    /// Small and cheap, so the runs stay quick in a debug build (three venues open two
    /// hours), and one the search can never finish early: every idea needs the same
    /// person, so only one at a time is anywhere, while its bound counts the venues' time
    /// alone. So it runs every step (with room for all, or once it has placed as many as
    /// the bound allows, it ends early, jumping to its end).
    static let festival: Database = {
        var db = Generator.festival(ready: 40, venues: 3, seed: 3)
        for v in db.venues.indices {
            db.venues[v].opens = ClockTime(10)
            db.venues[v].closes = ClockTime(12)
        }
        if let lead = db.teams.first?.leadId { for t in db.teams.indices { db.teams[t].leadId = lead } }
        return db
    }()

    @Test func theSchedulerReportsEvenlyAndGivesWhatItGaveBefore() {
        let db = Self.festival
        let (calls, result) = Self.reports { AutoScheduler.run(db, progress: $0) }
        Self.checkCounts(calls)
        #expect(result == AutoScheduler.run(db))
        #expect(result.map { !$0.unplaced.isEmpty && !$0.placements.isEmpty } == true, "a festival too full for every idea")
        // Often enough for a progress line and an Esc that answers at once: far more
        // reports than the ideas it places, spread over the whole count.
        #expect(calls.count > 1_000)
        let total = calls.last?.1 ?? 0
        for quarter in 1...3 { #expect(calls.contains { $0.0 > 0 && abs($0.0 - quarter * total / 4) < total / 20 }, "near \(quarter)/4") }
        // Twice the same, whatever the reports.
        #expect(Self.reports { AutoScheduler.run(db, progress: $0) }.result == result)
    }

    @Test func aStoppedScheduleGivesNothing() {
        let db = Self.festival
        let count = Self.reports { AutoScheduler.run(db, progress: $0) }.calls.count
        for at in [1, count / 2, count] {
            let (result, calls) = Self.stopped(at: at) { AutoScheduler.run(db, progress: $0) }
            #expect(result == nil, "stopped at report \(at)")
            #expect(calls == at, "no report after the stop (\(at))")
        }
        // With reflow too, and the plain run is not changed by a stopped one before it.
        let reflowing = Self.stopped(at: 10) { AutoScheduler.run(SchedulerFingerprintTests.sample, reflow: true, progress: $0) }
        #expect(reflowing.result == nil)
        #expect(Self.reports { AutoScheduler.run(db, progress: $0) }.result == AutoScheduler.run(db))
    }

    @Test func nothingToScheduleStillEnds() {
        var db = Self.festival
        db.ideas = db.ideas.filter { $0.stage != .ready }
        let (calls, result) = Self.reports { AutoScheduler.run(db, progress: $0) }
        #expect(result == AutoScheduler.run(db))
        #expect(result?.placements.isEmpty == true)
        #expect(calls.allSatisfy { $0.0 <= $0.1 })
    }

    @Test func theMentorSuggestionReportsAndStops() {
        let db = SchedulerFingerprintTests.mentoring
        let (calls, result) = Self.reports { MentorSuggestion.suggest(db, progress: $0) }
        Self.checkCounts(calls)
        #expect(result == MentorSuggestion.suggest(db))
        #expect(result.map { !$0.assignments.isEmpty } == true)
        let teams = MentorSuggestion.suggest(db).assignments.count + MentorSuggestion.suggest(db).unplaced.count
        #expect(calls.last?.1 == 2 * teams)
        for at in [1, teams, teams + 1, calls.count - 1, calls.count] {
            let (stopped, seen) = Self.stopped(at: at) { MentorSuggestion.suggest(db, progress: $0) }
            #expect(stopped == nil, "stopped at report \(at)")
            #expect(seen == at)
        }
    }
}
