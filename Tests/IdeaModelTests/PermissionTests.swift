import Testing
@testable import IdeaModel

/// Facilitators may do anything; others only what is theirs, and a refusal says why.
@Suite struct PermissionTests {
    static func ctx(_ actor: String) -> CommandContext { Fx.context(on: Fx.today, actor: actor) }

    @Test func aTalentMayNotMoveIdeasAndIsToldWhy() {
        let (db, id) = Fx.ideaAt(.team)
        let result = db.applying(.moveBack(ideaId: id, reason: "Not yet."), context: Self.ctx("person-0003"))
        guard case .failure(let refusal) = result else { Issue.record("expected a refusal"); return }
        #expect(refusal.message == "You may not make this change: only facilitators move ideas between stages; Eglė Žukauskaitė is not a facilitator.")
    }

    @Test func authorsAddAndEditTheirOwnIdeasOnly() throws {
        var db = Fx.base()
        var draft = Fx.draft()
        draft.authorId = "person-0002"
        try db.apply(.addIdea(draft), context: Self.ctx("person-0002"))
        draft.title = "Žalias kiemas 2"
        try db.apply(.editIdea(ideaId: "idea-0001", draft), context: Self.ctx("person-0002"))
        #expect(db.ideas[0].title == "Žalias kiemas 2")
        let other = db.applying(.editIdea(ideaId: "idea-0001", draft), context: Self.ctx("person-0003"))
        #expect(throws: RuleViolation.self) { try other.get() }
        draft.authorId = "person-0004"
        let inAnothersName = db.applying(.addIdea(draft), context: Self.ctx("person-0002"))
        guard case .failure(let refusal) = inAnothersName else { Issue.record("expected a refusal"); return }
        #expect(refusal.texts == ["only facilitators add ideas in someone else's name; Jonas Kazlauskas may add ideas of their own"])
    }

    @Test func teamLeadsChangeTheirTeamOthersMayNot() throws {
        var (db, id) = Fx.ideaAt(.team)
        let team = try #require(db.teams.first { $0.ideaId == id })
        let lead = try #require(db.people.first { $0.id == team.leadId })
        #expect(!lead.has(.facilitator))
        try db.apply(.addOpenRole(teamId: team.id, title: "Sound"), context: Self.ctx(lead.id))
        let outsider = db.people.first { !$0.has(.facilitator) && $0.id != lead.id }?.id ?? ""
        let refused = db.applying(.addOpenRole(teamId: team.id, title: "Light"), context: Self.ctx(outsider))
        guard case .failure(let refusal) = refused else { Issue.record("expected a refusal"); return }
        #expect(refusal.texts.first?.hasPrefix("only facilitators and the team's lead change a team") == true)
    }

    @Test func mentorsMayTakeATeamOnOnlyAsThemselves() throws {
        let (db, id) = Fx.ideaAt(.team)
        let team = try #require(db.teams.first { $0.ideaId == id })
        let free = try #require(db.people.first { $0.mentor != nil && !team.mentorIds.contains($0.id) && !$0.has(.facilitator) })
        let someoneElse = try #require(db.people.first { $0.mentor != nil && $0.id != free.id })
        let forOther = db.applying(.assignMentor(teamId: team.id, mentorId: someoneElse.id), context: Self.ctx(free.id))
        #expect(throws: RuleViolation.self) { try forOther.get() }
        let result = db.applying(.assignMentor(teamId: team.id, mentorId: free.id), context: Self.ctx(free.id))
        if case .failure(let refusal) = result {
            // Capacity may refuse, but never the permission.
            #expect(!refusal.message.contains("only facilitators"))
        }
    }

    @Test func facilitatorsMayDoAnything() {
        let (db, id) = Fx.ideaAt(.team)
        let result = db.applying(.park(ideaId: id, reason: "Pause."), context: Fx.ctx)
        #expect((try? result.get()) != nil)
    }
}
