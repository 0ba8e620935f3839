import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// The mentor home and the facilitators' suggested mentors, through keys, saving to a
/// real file: golden renders, taking a team on with a yes, capacity, letting one go
/// with a reason, and applying the suggestion.
@Suite(.serialized) struct MentorHomeTests {
    /// Mindaugas mentors 5 teams and may take 6.
    static let mentor = "p-mindaugas"

    static func bench(_ actor: String = mentor, size: Size = Size(cols: 100, rows: 30)) throws -> EditBench {
        var bench = try EditBench(actor: actor, size: size)
        bench.workspace.update(.mentorHome)
        return bench
    }

    /// Moves down the mentor home until a team line that `wanted` accepts is selected.
    static func select(_ bench: inout EditBench, _ wanted: (Team) -> Bool) -> Team? {
        for _ in 0..<80 {
            if case .team(let id)? = bench.state.detailSelectedLink,
               let team = bench.state.database.teams.first(where: { $0.id == id }), wanted(team) { return team }
            bench.press(.down)
        }
        return nil
    }

    @Test(arguments: [Size(cols: 80, rows: 24), Size(cols: 120, rows: 40)])
    func golden(_ size: Size) throws {
        var state = AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size, today: EditBench.now.day,
                             actor: Self.mentor)
        state.openHomeForActor()
        #expect(state.route == .mentoring(Self.mentor))
        let screen = render(state)
        Golden.check(screen.golden, "mentor-home-\(size.cols)x\(size.rows).txt")
        DashboardGoldenTests.checkShape(screen)
    }

    /// With thousands of teams the home lists the hundred best fits and says how many more
    /// there are; the ranking is made when the home opens and again after a change.
    @Test func aLongRankingShowsTheBestHundred() throws {
        let db = Generator.database(ideas: 2_000, seed: 4)
        let mentor = try #require(db.people.first { $0.mentor != nil && MentorFit.openTeams(for: $0, in: db).count > 150 })
        var state = AppState(database: db, path: "x", size: Size(cols: 100, rows: 30), actor: mentor.id)
        state.openHomeForActor()
        let ranked = try #require(state.mentorRankings[mentor.id])
        #expect(ranked == MentorFit.openTeams(for: mentor, in: db))
        let (_, lines) = MentorHome.content(mentor.id, state, width: 98)
        let text = lines.map { $0.pieces.map(\.0).joined() }
        #expect(text.contains { $0.contains("… and \(ranked.count - 100) more with a lower fit") })
        #expect(lines.filter { if case .team? = $0.link { return true } else { return false } }.count
                == 100 + db.teams.filter { $0.mentorIds.contains(mentor.id) }.count)
        state.setDatabase(Generator.database(ideas: 300, seed: 4))
        #expect(state.mentorRankings[mentor.id] == state.database.people.first { $0.id == mentor.id }
            .map { MentorFit.openTeams(for: $0, in: state.database) })
    }

    @Test func aFacilitatorStartsOnTheDashboard() {
        var state = AppState(database: SampleDatabase.database, path: "x", size: Size(cols: 100, rows: 30), actor: "p-ruta")
        state.openHomeForActor()
        #expect(state.route == .dashboard)
        state.update(.mentorHome)
        #expect(state.route == .dashboard && state.message == "you have no mentor profile")
    }

    @Test func takingATeamOnAsksFirstThenCountsItAndCapacityIsEnforced() throws {
        var bench = try Self.bench()
        #expect(bench.screen.text.contains("My teams (5/6)"))
        let team = try #require(Self.select(&bench) { !$0.mentorIds.contains(Self.mentor) })
        bench.press(.char("t"))
        guard case .notice(let ask)? = bench.state.overlay else { Issue.record("expected the question"); return }
        #expect(ask.lines.first?.hasSuffix("You would mentor 6 of 6 teams.") == true)
        // No leaves it as it was.
        bench.press(.char("n"))
        #expect(bench.idea(team.ideaId) != nil && bench.onDisk?.teams.first { $0.id == team.id }?.mentorIds.contains(Self.mentor) == false)
        bench.press(.char("t"), .char("y"))
        #expect(bench.onDisk?.teams.first { $0.id == team.id }?.mentorIds.contains(Self.mentor) == true)
        #expect(bench.screen.text.contains("My teams (6/6)"))
        #expect(bench.state.message?.hasPrefix("saved: Mindaugas Šimkus now mentors") == true)
        // Full now: the next one is refused before anything is asked.
        _ = Self.select(&bench) { !$0.mentorIds.contains(Self.mentor) }
        bench.press(.char("t"))
        guard case .notice(let full)? = bench.state.overlay else { Issue.record("expected the refusal"); return }
        #expect(full.lines == ["you mentor 6 of 6 teams: let one go before taking another"])
        #expect(full.confirm == nil)
    }

    @Test func lettingATeamGoAsksWhyAndLogsIt() throws {
        var bench = try Self.bench()
        let team = try #require(Self.select(&bench) { $0.mentorIds.contains(Self.mentor) })
        bench.press(.char("l"))
        guard case .prompt? = bench.state.overlay else { Issue.record("expected the reason"); return }
        bench.press(.enter)
        guard case .prompt(let again)? = bench.state.overlay else { Issue.record("an empty reason is not taken"); return }
        #expect(again.problem != nil)
        bench.type("Išvykstu mėnesiui")
        bench.press(.enter)
        let saved = try #require(bench.onDisk)
        #expect(saved.teams.first { $0.id == team.id }?.mentorIds.contains(Self.mentor) == false)
        #expect(saved.log.last?.reason == "Išvykstu mėnesiui" && saved.log.last?.by == Self.mentor)
        #expect(bench.screen.text.contains("My teams (4/6)"))
        // Undo brings the team back.
        bench.press(.char("u"))
        #expect(bench.onDisk?.teams.first { $0.id == team.id }?.mentorIds.contains(Self.mentor) == true)
    }

    @Test func theSuggestionIsPreviewedAndTheKeptOnesApplied() throws {
        // Aistė gets room for three more teams, so there is something to choose between.
        var db = SampleDatabase.database
        if let i = db.people.firstIndex(where: { $0.id == "p-aiste" }) { db.people[i].mentor?.capacity = 5 }
        var bench = try EditBench(db, actor: "p-ruta")
        let expected = MentorSuggestion.suggest(bench.state.database)
        try #require(expected.assignments.count >= 2)
        bench.press(.char("c"))
        guard case .menu(let actions)? = bench.state.overlay,
              let at = actions.items.firstIndex(where: { $0.label.hasPrefix("Suggest mentors") }) else {
            Issue.record("expected the suggestion in the actions menu")
            return
        }
        for _ in 0..<at { bench.press(.down) }
        bench.press(.enter)
        guard case .menu(let preview)? = bench.state.overlay, preview.purpose == .suggestions else {
            Issue.record("expected the preview")
            return
        }
        #expect(preview.items.filter(\.checked).count == expected.assignments.count)
        #expect(preview.items.first?.label.hasPrefix("\(expected.assignments.count) of ") == true)
        // Drop the first, apply the rest.
        bench.press(.enter, .char("a"))
        let saved = try #require(bench.onDisk)
        let first = try #require(expected.assignments.first)
        #expect(saved.teams.first { $0.id == first.teamId }?.mentorIds.isEmpty == true)
        for fit in expected.assignments.dropFirst() {
            #expect(saved.teams.first { $0.id == fit.teamId }?.mentorIds == [fit.mentorId])
        }
        // One change: one save, one undo for all of them.
        #expect(bench.state.message == "saved \(expected.assignments.count - 1) changes as one (u undoes them together)")
        bench.press(.char("u"))
        let undone = try #require(bench.onDisk)
        for fit in expected.assignments { #expect(undone.teams.first { $0.id == fit.teamId }?.mentorIds.isEmpty == true) }
    }

    @Test func aMentorMayNotOpenTheSuggestion() throws {
        var state = AppState(database: SampleDatabase.database, path: "x", size: Size(cols: 100, rows: 30), actor: Self.mentor)
        state.openMentorSuggestion()
        guard case .notice(let notice)? = state.overlay else { Issue.record("expected a refusal"); return }
        #expect(notice.lines.first?.contains("only facilitators assign other mentors") == true)
    }
}
