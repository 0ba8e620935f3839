import Testing
@testable import IdeaModel

/// Recruitment: candidates ranked with reasons, invitations and their answers, the lead
/// and members' roles; every refusal names its reason.
@Suite struct InvitationTests {
    /// An idea with a team (lead Jonas, members Eglė and Mantas) and one open role.
    static func teamWithRole() throws -> (Database, Team) {
        var (db, id) = Fx.ideaAt(.team)
        let teamId = Fx.teamId(of: id, in: db)
        try db.apply(.addOpenRole(teamId: teamId, title: "Garso dizaineris", skills: ["design", "sound"], sectors: [.business]), context: Fx.ctx)
        // Paulius has both skills (written differently); Dovydas and Lukas bring business.
        if let p = db.people.firstIndex(where: { $0.id == "person-0010" }) { db.people[p].skills = ["Design", "SOUND"] }
        let team = try #require(db.teams.first { $0.id == teamId })
        return (db, team)
    }

    @Test func candidatesAreRankedBySkillsSectorsAndBusyness() throws {
        let (db, team) = try Self.teamWithRole()
        let role = try #require(team.openRoles.first)
        let ranked = Recruitment.candidates(for: role, in: team, db)
        #expect(ranked.map(\.person.id) == ["person-0010", "person-0012", "person-0006"])
        #expect(ranked[0].skills == ["design", "sound"])
        #expect(ranked[0].reasonText == "skills: design, sound · in no team yet")
        #expect(ranked[1].reasonText == "sector: business · brings business · in no team yet")
        // Nobody in the team, and no mentor, is suggested.
        #expect(!ranked.contains { team.personIds.contains($0.person.id) })
    }

    @Test func aPersonInManyTeamsRanksLower() throws {
        var (db, team) = try Self.teamWithRole()
        // Dovydas leads two other teams now.
        for title in ["Kiemo kinas", "Tylos valanda"] {
            var draft = Fx.draft(title)
            draft.authorId = "person-0012"
            let entry = try db.apply(.addIdea(draft), context: Fx.ctx)
            try db.apply(.createTeam(ideaId: entry.ideaId ?? "", leadId: "person-0012"), context: Fx.ctx)
        }
        team = try #require(db.teams.first { $0.id == team.id })
        let ranked = Recruitment.candidates(for: try #require(team.openRoles.first), in: team, db)
        #expect(ranked.map(\.person.id) == ["person-0010", "person-0006", "person-0012"])
        #expect(ranked[2].reasonText.hasSuffix("in 2 teams"))
    }

    @Test func inviteAcceptMakesAMemberAndClosesTheRole() throws {
        var (db, team) = try Self.teamWithRole()
        let role = try #require(team.openRoles.first)
        try db.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0010"), context: Fx.ctx)
        try db.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0012"), context: Fx.ctx)
        var now = try #require(db.teams.first { $0.id == team.id })
        #expect(now.invitations.map(\.id) == ["inv-01", "inv-02"])
        #expect(now.invitations.allSatisfy { $0.status == .pending && $0.invitedBy == Fx.facilitator })
        // Someone with a waiting invitation is not suggested again.
        #expect(!Recruitment.candidates(for: role, in: now, db).contains { $0.person.id == "person-0010" })

        // Paulius answers for himself.
        let paulius = Fx.context(on: Fx.today, actor: "person-0010")
        let entry = try db.apply(.answerInvitation(teamId: team.id, invitationId: "inv-01", accept: true), context: paulius)
        #expect(entry.summary.hasPrefix("Paulius Vasiliauskas accepted the role “Garso dizaineris”"))
        now = try #require(db.teams.first { $0.id == team.id })
        #expect(now.members.last == Member(personId: "person-0010", role: "Garso dizaineris"))
        #expect(now.openRoles.isEmpty)
        #expect(now.invitations.map(\.status) == [.accepted, .closed])
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test func declineKeepsTheRoleOpen() throws {
        var (db, team) = try Self.teamWithRole()
        let role = try #require(team.openRoles.first)
        try db.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0012"), context: Fx.ctx)
        try db.apply(.answerInvitation(teamId: team.id, invitationId: "inv-01", accept: false), context: Fx.ctx)
        let now = try #require(db.teams.first { $0.id == team.id })
        #expect(now.openRoles == [role])
        #expect(now.invitations.first?.status == .declined)
        #expect(Fx.message(.answerInvitation(teamId: team.id, invitationId: "inv-01", accept: true), on: db)
            .hasSuffix(": it was already declined."))
    }

    @Test func invitationsAreRefusedWithReasons() throws {
        let (db, team) = try Self.teamWithRole()
        let role = try #require(team.openRoles.first)
        #expect(Fx.message(.invite(teamId: team.id, roleId: role.id, personId: "person-0003"), on: db)
            == "Cannot invite Eglė Žukauskaitė to the team for “Žalias kiemas”: Eglė Žukauskaitė is already in the team.")
        #expect(Fx.message(.invite(teamId: team.id, roleId: "role-99", personId: "person-0012"), on: db)
            == "Cannot invite Dovydas Rimkus to the team for “Žalias kiemas”: the team has no open role with the id “role-99”.")
        var once = db
        try once.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0012"), context: Fx.ctx)
        #expect(Fx.message(.invite(teamId: team.id, roleId: role.id, personId: "person-0012"), on: once)
            .hasSuffix("Dovydas Rimkus already has an invitation to this team waiting for an answer."))
        // Only the invited person, the lead or a facilitator may answer.
        let stranger = Fx.context(on: Fx.today, actor: "person-0011")
        #expect(Fx.message(.answerInvitation(teamId: team.id, invitationId: "inv-01", accept: true), on: once, context: stranger)
            == "You may not make this change: only the person invited, the team's lead or a facilitator answer an invitation; Ugnė Kavaliauskaitė is none of them.")
    }

    @Test func theLeadChangesAndTheOldLeadStays() throws {
        var (db, team) = try Self.teamWithRole()
        try db.apply(.setLead(teamId: team.id, personId: "person-0003"), context: Fx.ctx)
        var now = try #require(db.teams.first { $0.id == team.id })
        #expect(now.leadId == "person-0003")
        #expect(now.members.map(\.personId) == ["person-0002", "person-0004"])
        try db.apply(.setMemberRole(teamId: team.id, personId: "person-0002", role: "finansai"), context: Fx.ctx)
        now = try #require(db.teams.first { $0.id == team.id })
        #expect(now.members.first == Member(personId: "person-0002", role: "finansai"))
        #expect(Fx.message(.setMemberRole(teamId: team.id, personId: "person-0003", role: "x"), on: db)
            .hasSuffix("Eglė Žukauskaitė leads the team; the lead's role is lead."))
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test func invitationsRoundTripThroughTheFileFormat() throws {
        var (db, team) = try Self.teamWithRole()
        try db.apply(.invite(teamId: team.id, roleId: try #require(team.openRoles.first).id, personId: "person-0012"), context: Fx.ctx)
        let bytes = DatabaseCodec.encode(db)
        let back = try DatabaseCodec.decode(bytes)
        #expect(back == db)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"invitations\""))
        // A team without invitations writes no field, so older files keep their bytes.
        let plain = DatabaseCodec.encode(Fx.ideaAt(.team).db)
        #expect(!String(decoding: plain, as: UTF8.self).contains("\"invitations\""))
    }

    @Test func theMailMergeExportHasPendingOnesAndNeutralisesFormulas() throws {
        var (db, team) = try Self.teamWithRole()
        let role = try #require(team.openRoles.first)
        if let p = db.people.firstIndex(where: { $0.id == "person-0012" }) {
            db.people[p].name = "=HYPERLINK(\"http://x\")"
            db.people[p].contact = Contact(email: "dovydas@example.lt", phone: "+370 600 00000")
        }
        try db.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0010"), context: Fx.ctx)
        try db.apply(.invite(teamId: team.id, roleId: role.id, personId: "person-0012"), context: Fx.context(on: Fx.today, hour: 11))
        let words = ProgrammeExportTests.words, zone = TestZones.vilnius
        let plain = InvitationExport.csv(db, includeContacts: false, words: words, zone: zone)
        // Invited at 10:00 and 11:00 UTC: 13:00 and 14:00 in Kaunas in May.
        #expect(plain == """
            invitation,team,idea,role,person,invited_by,invited_at,team_lead\r
            inv-01,\(team.id),Žalias kiemas,Garso dizaineris,Paulius Vasiliauskas,Aistė Vaitkutė,2026-05-14 13:00,Jonas Kazlauskas\r
            inv-02,\(team.id),Žalias kiemas,Garso dizaineris,"'=HYPERLINK(""http://x"")",Aistė Vaitkutė,2026-05-14 14:00,Jonas Kazlauskas\r

            """)
        let withContacts = InvitationExport.csv(db, includeContacts: true, words: words, zone: zone)
        #expect(withContacts.contains(",dovydas@example.lt,'+370 600 00000\r\n"))
        // Once answered, an invitation leaves the export.
        try db.apply(.answerInvitation(teamId: team.id, invitationId: "inv-01", accept: false), context: Fx.context(on: Fx.today, actor: "person-0010"))
        #expect(InvitationExport.pendingCount(db) == 1)
        #expect(!InvitationExport.csv(db, includeContacts: false, words: words, zone: zone).contains("inv-01"))
    }

    @Test func aSingleSectorTeamIsFlagged() throws {
        var (db, team) = try Self.teamWithRole()
        #expect(Recruitment.singleSector(of: team, db) == nil)
        for i in db.people.indices where team.personIds.contains(db.people[i].id) { db.people[i].sectors = [.youth] }
        #expect(Recruitment.singleSector(of: team, db) == .youth)
    }
}
