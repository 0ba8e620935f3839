import Foundation
import IdeaModel
import Testing
@testable import IdeaUI

/// What the screen does when saving goes wrong: nothing typed is lost, nothing half-done
/// is reported as not saved, and a change that clashes with someone else's is resolved
/// without taking theirs back behind their back.
@Suite struct SavingFailureTests {
    /// A team with room for exactly one more mentor, and two mentors free to take it.
    private static func crowdedTeam(_ db: Database) -> (db: Database, team: String, first: String, second: String)? {
        var db = db
        for i in db.people.indices where db.people[i].mentor != nil { db.people[i].mentor?.capacity = 10 }
        let load = Dictionary(db.teams.flatMap { $0.mentorIds }.map { ($0, 1) }, uniquingKeysWith: +)
        let free = db.people.filter { p in p.mentor.map { (load[p.id] ?? 0) < $0.capacity } ?? false }.map(\.id)
        guard let team = db.teams.first(where: { t in t.mentorIds.count >= 1 && free.filter { !t.mentorIds.contains($0) }.count >= 2 }),
              let i = db.teams.firstIndex(where: { $0.id == team.id }) else { return nil }
        let others = free.filter { !team.mentorIds.contains($0) }
        db.festival.maxMentorsPerTeam = db.teams[i].mentorIds.count + 1
        // Every team keeps within the new limit.
        for k in db.teams.indices where db.teams[k].mentorIds.count > db.festival.maxMentorsPerTeam {
            db.teams[k].mentorIds = Array(db.teams[k].mentorIds.prefix(db.festival.maxMentorsPerTeam))
        }
        return (db, team.id, others[0], others[1])
    }

    @Test func anIOFailureOnSubmitLeavesTheFormOpenWithItsText() throws {
        var bench = try EditBench()
        let idea = try #require(bench.state.database.ideas.first { $0.stage == .shared })
        bench.select(idea: idea.id)
        bench.press(.char("e"))
        guard case .form? = bench.state.overlay else {
            Issue.record("the edit form did not open")
            return
        }
        bench.press(.end)
        bench.type(" (naujas)")
        let before = try Data(contentsOf: URL(fileURLWithPath: bench.path))
        #expect(chmod(bench.path, 0o444) == 0)
        defer { chmod(bench.path, 0o600) }
        bench.press(.ctrl("s"))
        guard case .form(let form)? = bench.state.overlay else {
            Issue.record("the form was closed: \(String(describing: bench.state.overlay))")
            return
        }
        #expect(form.field("title")?.text == idea.title + " (naujas)")
        #expect(form.refusal?.joined().contains("read-only") == true, "\(form.refusal ?? [])")
        #expect(form.refusal?.joined().contains("Ctrl-S tries again") == true)
        #expect(bench.state.message == "not saved")
        #expect(try Data(contentsOf: URL(fileURLWithPath: bench.path)) == before)
        // Writable again: Ctrl-S saves what was typed.
        #expect(chmod(bench.path, 0o600) == 0)
        bench.press(.ctrl("s"))
        #expect(bench.state.overlay == nil)
        #expect(bench.idea(idea.id)?.title == idea.title + " (naujas)")
    }

    @Test func aBatchThatCannotBeSavedIsNotSavedAtAll() throws {
        var bench = try EditBench()
        let team = try #require(bench.state.database.teams.first { $0.mentorIds.isEmpty })
        let mentors = bench.state.database.people.filter { $0.mentor != nil }.prefix(2).map(\.id)
        let before = try Data(contentsOf: URL(fileURLWithPath: bench.path))
        #expect(chmod(bench.path, 0o444) == 0)
        defer { chmod(bench.path, 0o600) }
        let all: [Command] = [.assignMentor(teamId: team.id, mentorId: mentors[0])]
            + (bench.state.database.festival.maxMentorsPerTeam > 1 ? [.assignMentor(teamId: team.id, mentorId: mentors[1])] : [])
        bench.workspace.request(.applyAll(all))
        #expect(try Data(contentsOf: URL(fileURLWithPath: bench.path)) == before)
        #expect(bench.state.message == "not saved")
        #expect(bench.state.database.teams.first { $0.id == team.id }?.mentorIds.isEmpty == true)
        #expect(!bench.workspace.session.canUndo)
    }

    @Test func aLimitReachedMeanwhileOffersToMakeRoomAndLogsIt() throws {
        let setup = try #require(Self.crowdedTeam(SampleDatabase.database))
        var mine = try EditBench(setup.db)
        // Someone else, in another window, takes the team's last place.
        var theirs = Workspace(state: AppState(database: setup.db, path: mine.path, size: Size(cols: 100, rows: 30), actor: "p-ruta"),
                               session: try EditSession.open(DatabaseFile(path: mine.path)), store: DatabaseFile(path: mine.path),
                               clock: { (EditBench.now, EditBench.now.day) })
        theirs.request(.apply(.assignMentor(teamId: setup.team, mentorId: setup.first)))
        #expect(theirs.state.message?.hasPrefix("saved:") == true)

        mine.workspace.request(.apply(.assignMentor(teamId: setup.team, mentorId: setup.second)))
        guard case .conflict(let conflict)? = mine.state.overlay else {
            Issue.record("expected the conflict panel, got \(String(describing: mine.state.overlay))")
            return
        }
        #expect(!conflict.canKeepOurs)
        #expect(mine.state.keyContext == .limitConflict)
        let text = mine.screen.text
        let firstName = try #require(setup.db.people.first { $0.id == setup.first }?.name)
        // Values, by name; not the record's field names.
        #expect(text.contains(firstName))
        #expect(!text.contains("id, ideaId"))
        #expect(text.contains("mentors:"))
        // o does nothing here; d makes room.
        mine.press(.char("o"))
        #expect(mine.state.overlay == .conflict(conflict))
        mine.press(.char("d"))
        guard case .picker(let picker)? = mine.state.overlay else {
            Issue.record("expected the choice of who goes")
            return
        }
        let leaving = try #require(picker.options.first)
        mine.press(.enter)
        guard case .prompt? = mine.state.overlay else {
            Issue.record("expected the question why")
            return
        }
        mine.type("Per daug komandų")
        mine.press(.enter)
        let saved = try #require(mine.onDisk)
        let team = try #require(saved.teams.first { $0.id == setup.team })
        #expect(team.mentorIds.contains(setup.first) || leaving.id == setup.first)
        #expect(team.mentorIds.contains(setup.second))
        #expect(!team.mentorIds.contains(leaving.id))
        #expect(saved.log.suffix(2).first?.reason == "Per daug komandų")
        #expect(mine.state.overlay == nil)
    }

    /// Making room is a step of resolving the conflict: Esc while choosing who goes, or
    /// while saying why, goes back to the conflict, which stays until it is resolved.
    @Test func escapeWhileMakingRoomGoesBackToTheConflict() throws {
        let setup = try #require(Self.crowdedTeam(SampleDatabase.database))
        var mine = try EditBench(setup.db)
        var theirs = Workspace(state: AppState(database: setup.db, path: mine.path, size: Size(cols: 100, rows: 30), actor: "p-ruta"),
                               session: try EditSession.open(DatabaseFile(path: mine.path)), store: DatabaseFile(path: mine.path),
                               clock: { (EditBench.now, EditBench.now.day) })
        theirs.request(.apply(.assignMentor(teamId: setup.team, mentorId: setup.first)))
        mine.workspace.request(.apply(.assignMentor(teamId: setup.team, mentorId: setup.second)))
        guard case .conflict(let conflict)? = mine.state.overlay else {
            Issue.record("expected the conflict panel, got \(String(describing: mine.state.overlay))")
            return
        }
        mine.press(.char("d"))
        mine.press(.escape)
        #expect(mine.state.overlay == .conflict(conflict))
        mine.press(.char("d"), .enter)
        guard case .prompt? = mine.state.overlay else {
            Issue.record("expected the question why")
            return
        }
        mine.press(.escape)
        #expect(mine.state.overlay == .conflict(conflict))
    }

    @Test func keepingTheirsOverAFormsChangeBringsTheFormBack() throws {
        var mine = try EditBench()
        let idea = try #require(mine.state.database.ideas.first { $0.stage == .shared })
        mine.select(idea: idea.id)
        mine.press(.char("e"))
        mine.press(.end)
        mine.type(" — mano")
        // Meanwhile someone else renames it.
        var other = try EditSession.open(DatabaseFile(path: mine.path))
        var draft = IdeaDraft(idea)
        draft.title = idea.title + " — jų"
        _ = try other.apply(.editIdea(ideaId: idea.id, draft), context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day),
                            store: DatabaseFile(path: mine.path))
        mine.press(.ctrl("s"))
        guard case .conflict? = mine.state.overlay else {
            Issue.record("expected a conflict, got \(String(describing: mine.state.overlay))")
            return
        }
        mine.press(.char("t"))
        guard case .form(let form)? = mine.state.overlay else {
            Issue.record("the form did not come back: \(String(describing: mine.state.overlay))")
            return
        }
        #expect(form.field("title")?.text == idea.title + " — mano")
        #expect(mine.idea(idea.id)?.title == idea.title + " — jų")
    }
}
