import Testing
import IdeaModel
@testable import IdeaUI

/// Moving ideas through the pipeline from the interface: every change is saved at once,
/// a closed gate says what is missing, moving back asks why, undo and redo work.
@Suite struct StageMoveTests {
    @Test func aClosedGateSaysWhatIsMissingAndChangesNothing() throws {
        var bench = try EditBench()
        bench.select(idea: "i01")
        let before = bench.onDisk
        bench.press(.char(">"))
        guard case .notice(let notice)? = bench.state.overlay else {
            Issue.record("expected a notice, got \(String(describing: bench.state.overlay))")
            return
        }
        #expect(notice.title == "“Kiemų šventė Šančiuose” cannot move to refined yet")
        #expect(notice.lines.contains("✗ it has not been discussed at an Art of Hosting forum yet"))
        #expect(bench.screen.text.contains("cannot move to refined yet"))
        #expect(bench.onDisk == before)
        bench.press(.escape)
        #expect(bench.state.overlay == nil)
    }

    @Test func movingBackAsksWhySavesAtOnceAndUndoRedoWork() throws {
        var bench = try EditBench()
        bench.select(idea: "i10")
        bench.press(.char("<"))
        guard case .prompt(let prompt)? = bench.state.overlay else {
            Issue.record("expected a prompt")
            return
        }
        #expect(prompt.question == "Why move it back to refined?")
        // An empty reason is not taken.
        bench.press(.enter)
        guard case .prompt(let again)? = bench.state.overlay else { Issue.record("the prompt closed"); return }
        #expect(again.problem == "write a reason: it goes into the idea's history")
        #expect(bench.idea("i10")?.stage == .team)

        bench.type("Komanda išsiskirstė – ieškome naujų žmonių")
        bench.press(.enter)
        #expect(bench.state.overlay == nil)
        let saved = try #require(bench.idea("i10"))
        #expect(saved.stage == .refined)
        #expect(saved.history.last?.reason == "Komanda išsiskirstė – ieškome naujų žmonių")
        #expect(saved.history.last?.by == "p-ruta")
        #expect(bench.state.message?.hasPrefix("saved: ") == true)

        bench.press(.char("u"))
        #expect(bench.idea("i10")?.stage == .team)
        #expect(bench.state.message?.hasPrefix("undone: ") == true)
        #expect(bench.state.database.ideas.first { $0.id == "i10" }?.stage == .team)

        bench.press(.ctrl("r"))
        #expect(bench.idea("i10")?.stage == .refined)
        #expect(bench.state.message?.hasPrefix("redone: ") == true)
        #expect(bench.onDisk?.log.suffix(3).map(\.by) == ["p-ruta", "p-ruta", "p-ruta"])
    }

    @Test func nothingToUndoSaysSo() throws {
        var bench = try EditBench()
        bench.press(.char("u"))
        #expect(bench.state.message == "nothing to undo")
        bench.press(.ctrl("r"))
        #expect(bench.state.message == "nothing to redo")
    }

    @Test func theMoveMenuParksAndReopensWithReasons() throws {
        var bench = try EditBench()
        bench.select(idea: "i13")
        bench.press(.char("m"))
        guard case .menu(let menu)? = bench.state.overlay else { Issue.record("no menu"); return }
        #expect(menu.items.map(\.label) == ["forward to workshops", "back to team…", "park…", "withdraw…"])
        bench.press(.down, .down, .enter)
        bench.type("Vasarą")
        bench.press(.enter)
        #expect(bench.idea("i13")?.stage == .parked)
        bench.press(.char("m"))
        guard case .menu(let parked)? = bench.state.overlay else { Issue.record("no menu"); return }
        #expect(parked.items.map(\.label) == ["reopen in mentored…", "withdraw…"])
        bench.press(.enter)
        bench.type("Rudenį")
        bench.press(.enter)
        #expect(bench.idea("i13")?.stage == .mentored)
    }

    @Test func onTheBoardTheSelectedCardMoves() throws {
        var bench = try EditBench()
        bench.workspace.update(.goToTab(3))
        bench.press(.right, .right)  // the team column
        let id = try #require(bench.state.selectedIdeaId)
        #expect(bench.state.database.ideas.first { $0.id == id }?.stage == .team)
        bench.press(.char("<"))
        bench.type("Per mažai narių")
        bench.press(.enter)
        #expect(bench.idea(id)?.stage == .refined)
    }

    @Test func aTalentMayNotMoveIdeasAndIsToldWhy() throws {
        var bench = try EditBench(actor: "p-jonas")
        bench.select(idea: "i10")
        // Told at once, before being asked for a reason.
        bench.press(.char("<"))
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected a refusal"); return }
        #expect(notice.title == "Not done")
        #expect(notice.lines == ["only facilitators move ideas between stages; Jonas Petraitis is not a facilitator"])
        bench.press(.escape, .char(">"))
        if case .notice(let forward)? = bench.state.overlay {
            #expect(forward.lines == notice.lines, "the permission comes before the gate")
        } else {
            Issue.record("expected a refusal for > too")
        }
        #expect(bench.idea("i10")?.stage == .team)
    }

    @Test func formsOpenOnlyForWhatThePersonMayChange() throws {
        var state = AppState(database: SampleDatabase.database, path: "x", size: Size(cols: 100, rows: 30),
                             today: EditBench.now.day, actor: "p-jonas")
        // Jonas leads t-i10: its forms open.
        state.openForm(.addMember(teamId: "t-i10"))
        #expect({ if case .form = state.overlay { return true } else { return false } }())
        // Another team's do not, and say why.
        let other = try #require(SampleDatabase.database.teams.first { $0.leadId != "p-jonas" })
        state.openForm(.addMember(teamId: other.id))
        guard case .notice(let notice)? = state.overlay else { Issue.record("expected a refusal"); return }
        #expect(notice.lines == ["only facilitators and the team's lead change a team; Jonas Petraitis does not lead this team"])
        // Forums are the facilitators' alone.
        state.openForm(.newForum)
        guard case .notice(let forum)? = state.overlay else { Issue.record("expected a refusal"); return }
        #expect(forum.lines == ["only facilitators run forums; Jonas Petraitis is not a facilitator"])
        // His own idea he may edit; someone else's not.
        let mine = try #require(SampleDatabase.database.ideas.first { $0.authorId == "p-jonas" })
        var bench = try EditBench(actor: "p-jonas")
        bench.select(idea: mine.id)
        bench.press(.char("e"))
        #expect({ if case .form = bench.state.overlay { return true } else { return false } }())
    }

    @Test func withoutAnActorAChangeAsksWhoYouAreFirst() throws {
        var bench = try EditBench(actor: nil)
        bench.select(idea: "i10")
        bench.press(.char("<"))
        guard case .picker(let picker)? = bench.state.overlay else { Issue.record("expected the who-are-you picker"); return }
        #expect(picker.options.first?.id == "p-ruta")  // facilitators first
        bench.type("jonas petr")
        bench.press(.enter)
        #expect(bench.state.actor == "p-jonas")
        #expect(bench.state.overlay == nil)
        #expect(bench.state.message == "you are Jonas Petraitis")
    }

    @Test func anotherWritersConflictingChangeIsShownAndTheUserChooses() throws {
        var bench = try EditBench()
        bench.select(idea: "i10")
        // Someone else parks the idea while we look at it.
        var theirs = try #require(bench.onDisk)
        try theirs.apply(.park(ideaId: "i10", reason: "Their reason"), context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day))
        let file = DatabaseFile(path: bench.path)
        let (_, stamp) = try file.load()
        _ = try file.save(theirs, expected: stamp)

        bench.press(.char("<"))
        bench.type("Our reason")
        bench.press(.enter)
        guard case .conflict(let conflict)? = bench.state.overlay else {
            Issue.record("expected a conflict, got \(String(describing: bench.state.overlay))")
            return
        }
        #expect(!conflict.records.isEmpty)
        let text = bench.screen.text
        #expect(text.contains("Someone else changed the same thing"))
        #expect(text.contains("yours"))
        #expect(text.contains("in the file"))
        #expect(bench.idea("i10")?.stage == .parked)  // theirs stays until the user chooses

        bench.press(.char("o"))
        #expect(bench.state.overlay == nil)
        #expect(bench.idea("i10")?.stage == .refined)
        #expect(bench.state.database == bench.onDisk)
    }

    @Test func keepingTheirsDropsOursAndShowsTheFile() throws {
        var bench = try EditBench()
        bench.select(idea: "i10")
        var theirs = try #require(bench.onDisk)
        try theirs.apply(.park(ideaId: "i10", reason: "Their reason"), context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day))
        let file = DatabaseFile(path: bench.path)
        _ = try file.save(theirs, expected: try file.load().1)
        bench.press(.char("<"))
        bench.type("Our reason")
        bench.press(.enter)
        bench.press(.char("t"))
        #expect(bench.state.overlay == nil)
        #expect(bench.idea("i10")?.stage == .parked)
        #expect(bench.state.database.ideas.first { $0.id == "i10" }?.stage == .parked)
        #expect(bench.state.message == "kept the version in the file; your change was dropped")
    }
}
