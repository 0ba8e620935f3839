import Foundation
import IdeaModel
import Testing
@testable import IdeaUI

/// Typed text survives the app being stopped: Ctrl-C asks first; a draft is kept and
/// offered back, and opens as it was.
@Suite struct DraftTests {
    static let every: [FormKind] = [
        .newIdea, .editIdea("i1"), .plan(ideaId: "i1"), .discussion(forumId: "f1", ideaId: nil),
        .discussion(forumId: nil, ideaId: "i1"), .newForum, .createTeam(ideaId: "i1"), .addMember(teamId: "t1"),
        .removeMember(teamId: "t1"), .openRole(teamId: "t1"), .removeRole(teamId: "t1"), .assignMentor(teamId: "t1"),
        .removeMentor(teamId: "t1"), .enroll(teamId: "t1"), .invite(teamId: "t1", roleId: "r1"), .setLead(teamId: "t1"),
        .memberRole(teamId: "t1"), .attendance(teamId: "t1", sessionId: nil), .attendance(teamId: nil, sessionId: "s1"),
        .newSession, .newSponsor, .pledge(ideaId: nil), .pledge(ideaId: "i1"), .newVenue, .editVenue("v1"), .festival,
    ]

    @Test func everyFormKindSurvivesTheDraftFile() {
        for kind in Self.every { #expect(FormKind(parts: kind.parts) == kind, "\(kind)") }
        #expect(FormKind(parts: ["nonsense"]) == nil)
        #expect(Draft(bytes: Array("{}".utf8)) == nil)
        #expect(Draft(bytes: Array("not json".utf8)) == nil)
    }

    @Test func ctrlCAsksFirstThenADraftIsKeptAndOfferedBack() throws {
        var bench = try EditBench()
        let nothingTyped = bench.workspace.askBeforeInterrupting()
        #expect(!nothingTyped)  // Ctrl-C may end the app
        bench.press(.char("+"))
        bench.type("Tylos sodas prie Nemuno")
        let asked = bench.workspace.askBeforeInterrupting()
        #expect(asked)
        guard case .form(let asking)? = bench.state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(asking.askingToDiscard)
        #expect(bench.screen.text.contains("Throw away your changes?"))

        // The app must stop now: the draft keeps the text, and goes through its file.
        let draft = try #require(bench.state.draft(at: EditBench.now))
        let kept = try #require(Draft(bytes: draft.bytes))
        #expect(kept == draft && kept.person == "p-ruta")

        // The next start offers it; y opens it as it was, and its file can go.
        var next = try EditBench()
        next.workspace.offerDraft(kept)
        #expect(next.state.keyContext == .draftOffer)
        #expect(next.screen.text.contains("New idea: this form had unsaved text"))
        let opened = next.workspace.handle(.char("y"))
        #expect(opened == .forgetDraft)
        guard case .form(let form)? = next.state.overlay else {
            Issue.record("the draft did not open")
            return
        }
        #expect(form.field("title")?.text == "Tylos sodas prie Nemuno")
        #expect(form.kind == .newIdea)
    }

    @Test func aDraftCanBeThrownAwayOrLeftForLater() throws {
        var bench = try EditBench()
        bench.press(.char("+"))
        bench.type("Kiemo šventė")
        let draft = try #require(bench.state.draft(at: EditBench.now))
        var later = try EditBench()
        later.workspace.offerDraft(draft)
        let closed = later.workspace.handle(.escape)
        #expect(closed == .none)
        #expect(later.state.overlay == nil)
        var dropping = try EditBench()
        dropping.workspace.offerDraft(draft)
        let dropped = dropping.workspace.handle(.char("d"))
        #expect(dropped == .forgetDraft)
        #expect(dropping.state.message == "the draft was thrown away")
    }

    @Test func aDraftOfARecordThatIsGoneSaysSo() throws {
        var bench = try EditBench()
        let idea = try #require(bench.state.database.ideas.first)
        bench.select(idea: idea.id)
        bench.press(.char("e"))
        bench.type("x")
        var draft = try #require(bench.state.draft(at: EditBench.now))
        draft.kind = .editIdea("no-such-idea")
        var next = try EditBench()
        next.workspace.offerDraft(draft)
        let gone = next.workspace.handle(.char("y"))
        #expect(gone == .none)
        #expect(next.state.message == "the draft's record is gone; the draft was kept in its file")
    }
}
