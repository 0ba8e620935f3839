import Foundation
import IdeaModel
import Testing
@testable import IdeaUI

/// Two people, two workspaces, one file: what one saves, the other reads in when its
/// watch says the file changed (`fileMayHaveChanged`), keeping its screens and typed
/// text; a form's change made after that follows the merge rules of docs/STORAGE.md.
@Suite struct LiveWorkspaceTests {
    /// Someone else's app on the same file: a facilitator's, or `actor`'s.
    static func other(_ mine: EditBench, actor: String) throws -> Workspace {
        let file = DatabaseFile(path: mine.path)
        let session = try EditSession.open(file)
        return Workspace(state: AppState(database: session.database, path: mine.path, size: Size(cols: 100, rows: 30), actor: actor),
                         session: session, store: file, clock: { (EditBench.now, EditBench.now.day) })
    }

    @Test func aMentorTakenInOneAppShowsInTheOtherAndOwnSavesAreNoChange() throws {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-mindaugas")
        mine.workspace.update(.goToTab(5))
        let team = try #require(mine.state.database.teams.first { $0.id == "t-i12" })
        theirs.request(.apply(.assignMentor(teamId: team.id, mentorId: "p-mindaugas")))
        #expect(theirs.state.message?.hasPrefix("saved:") == true, "\(theirs.state.message ?? "")")
        // Their own save is not a change to them.
        #expect(theirs.fileMayHaveChanged(at: 0) == .unchanged)

        #expect(mine.workspace.fileMayHaveChanged(at: 1_000) == .reloaded)
        #expect(mine.state.database.teams.first { $0.id == team.id }?.mentorIds.contains("p-mindaugas") == true)
        let message = mine.state.message ?? ""
        #expect(message.hasPrefix("Mindaugas Šimkus"), "\(message)")
        #expect(mine.state.marks.contains(.record(.team(team.id))))
        #expect(mine.screen.text.contains("Mindaugas Šimkus"))
        // Nothing more to read until the next save.
        #expect(mine.workspace.fileMayHaveChanged(at: 1_100) == .unchanged)
        #expect(mine.workspace.session.database == theirs.session.database)
    }

    @Test func theSelectionStaysOnItsRecordWhenRowsComeAndGoBeforeIt() throws {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-jonas")
        mine.select(idea: "i20")
        let draft = IdeaDraft(title: "Aaa pirmoji idėja", authorId: "p-jonas", sectors: [.youth], district: "Centras")
        theirs.request(.apply(.addIdea(draft)))
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        #expect(mine.state.database.ideas.count == SampleDatabase.database.ideas.count + 1)
        #expect(mine.state.selectedIdeaId == "i20")
        // Someone removes an idea in an editor: the ones after it in the file move up.
        let file = DatabaseFile(path: mine.path)
        var (db, stamp) = try file.load()
        db.ideas.removeAll { $0.id == "i05" }
        db.log = db.log.map { var e = $0; if e.ideaId == "i05" { e.ideaId = nil }; return e }
        try file.save(db, expected: stamp)
        #expect(mine.workspace.fileMayHaveChanged(at: 1) == .reloaded)
        #expect(mine.state.selectedIdeaId == "i20")
    }

    @Test func aFormKeepsItsTextAndItsSaveKeepsTheirChangeToAnotherField() throws {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-ruta")
        mine.select(idea: "i01")
        mine.press(.char("e"))
        mine.press(.end)
        mine.type(" (mūsų)")
        // They write a summary meanwhile; we read it in with the form open.
        let idea = try #require(theirs.state.database.ideas.first { $0.id == "i01" })
        var draft = IdeaDraft(idea)
        draft.summary = "Jų santrauka."
        theirs.request(.apply(.editIdea(ideaId: "i01", draft)))
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        guard case .form(let form)? = mine.state.overlay else {
            Issue.record("the form closed: \(String(describing: mine.state.overlay))")
            return
        }
        #expect(form.field("title")?.text == idea.title + " (mūsų)")
        mine.press(.ctrl("s"))
        #expect(mine.state.overlay == nil, "\(String(describing: mine.state.overlay))")
        let saved = try #require(mine.idea("i01"))
        #expect(saved.title == idea.title + " (mūsų)")
        #expect(saved.summary == "Jų santrauka.")
    }

    /// We open the title of i01 and type " (mūsų)"; meanwhile they save it as "… (jų)".
    /// Returns our bench (the form still open) and the idea as it was.
    static func bothEditTheTitle() throws -> (EditBench, Idea) {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-ruta")
        mine.select(idea: "i01")
        mine.press(.char("e"))
        mine.press(.end)
        mine.type(" (mūsų)")
        let idea = try #require(theirs.state.database.ideas.first { $0.id == "i01" })
        var draft = IdeaDraft(idea)
        draft.title = idea.title + " (jų)"
        theirs.request(.apply(.editIdea(ideaId: "i01", draft)))
        return (mine, idea)
    }

    @Test func aFormWhoseFieldTheyChangedMeanwhileShowsTheConflict() throws {
        var (mine, idea) = try Self.bothEditTheTitle()
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        mine.press(.ctrl("s"))
        guard case .conflict(let conflict)? = mine.state.overlay else {
            Issue.record("expected the conflict panel, got \(String(describing: mine.state.overlay))")
            return
        }
        #expect(conflict.records.flatMap(\.fields) == ["title"])
        #expect(mine.idea("i01")?.title == idea.title + " (jų)", "nothing of ours saved yet")
        // Keeping theirs brings the form back with our text, on their version.
        mine.press(.char("t"))
        guard case .form(let form)? = mine.state.overlay else {
            Issue.record("the form did not come back")
            return
        }
        #expect(form.field("title")?.text == idea.title + " (mūsų)")
        #expect(mine.workspace.pendingBase == nil)
        mine.press(.ctrl("s"))
        #expect(mine.idea("i01")?.title == idea.title + " (mūsų)")
    }

    /// A save that finds their version before the watch has read it in opens the
    /// conflict panel; reading it in afterwards must not put its notice over the panel's
    /// keys on the status line (CI once saw "d make room" hidden that way).
    @Test func aReloadAfterTheConflictPanelOpenedLeavesItsKeysShown() throws {
        var (mine, _) = try Self.bothEditTheTitle()
        mine.press(.ctrl("s"))
        guard case .conflict? = mine.state.overlay else {
            Issue.record("expected the conflict panel, got \(String(describing: mine.state.overlay))")
            return
        }
        let said = mine.state.message
        _ = mine.workspace.fileMayHaveChanged(at: 0)
        guard case .conflict? = mine.state.overlay else {
            Issue.record("the conflict panel closed on the reload")
            return
        }
        #expect(mine.state.message == said)
    }

    /// The reasons window is worked out again from what was read in, so its change is
    /// made on that version: no "the file had changed" when it is made.
    @Test func theReasonsWindowIsRecomputedOnAReloadAndPinsNoOlderVersion() throws {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-ruta")
        mine.press(.char("9"), .char("w"), .enter)
        guard case .reasons? = mine.state.overlay else {
            Issue.record("expected the reasons window, got \(String(describing: mine.state.overlay))")
            return
        }
        theirs.request(.apply(.assignMentor(teamId: "t-i12", mentorId: "p-mindaugas")))
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        #expect(mine.workspace.pendingBase == nil)
    }

    @Test func aHalfWrittenFileIsSaidAndTheLastGoodVersionStays() throws {
        var mine = try EditBench()
        mine.workspace.update(.goToTab(2))
        let good = try Data(contentsOf: URL(fileURLWithPath: mine.path))
        // A careless editor writes half of it, in place.
        try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: mine.path))
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .unreadable)
        #expect(mine.state.database == SampleDatabase.database)
        #expect(mine.state.message?.hasPrefix("the file changed but could not be read (") == true, "\(mine.state.message ?? "")")
        #expect(mine.screen.text.contains("Kiemų šventė Šančiuose"))
        // Put back as it was: nothing to read in, and the status line says so.
        try good.write(to: URL(fileURLWithPath: mine.path))
        #expect(mine.workspace.fileMayHaveChanged(at: 1) == .unchanged)
        #expect(mine.state.message == "the file can be read again; nothing else changed")
        // Half-written again, then whole with a change: read in.
        try good.prefix(10).write(to: URL(fileURLWithPath: mine.path))
        #expect(mine.workspace.fileMayHaveChanged(at: 2) == .unreadable)
        var changed = SampleDatabase.database
        changed.ideas[0].title = "Kiemų šventė Šančiuose 2027"
        try Data(DatabaseCodec.encode(changed)).write(to: URL(fileURLWithPath: mine.path))
        #expect(mine.workspace.fileMayHaveChanged(at: 3) == .reloaded)
        #expect(mine.state.database.ideas[0].title == "Kiemų šventė Šančiuose 2027")
    }

    @Test func anIdeaTheyUndidWhileItWasOpenHereIsSaidToBeRemoved() throws {
        var mine = try EditBench()
        var theirs = try Self.other(mine, actor: "p-jonas")
        let draft = IdeaDraft(title: "Laikina idėja", authorId: "p-jonas", sectors: [.youth], district: "Centras")
        theirs.request(.apply(.addIdea(draft)))
        #expect(mine.workspace.fileMayHaveChanged(at: 0) == .reloaded)
        let id = try #require(mine.state.database.ideas.first { $0.title == "Laikina idėja" }?.id)
        mine.select(idea: id)
        mine.workspace.update(.open)
        #expect(mine.state.route == .idea(id))
        theirs.request(.undo)
        #expect(mine.workspace.fileMayHaveChanged(at: 1) == .reloaded)
        #expect(mine.state.route == .list(.ideas))
        guard case .notice(let notice)? = mine.state.overlay else {
            Issue.record("no notice: \(String(describing: mine.state.overlay))")
            return
        }
        #expect(notice.lines.first == "“Laikina idėja” was removed by Jonas Petraitis.")
    }
}
