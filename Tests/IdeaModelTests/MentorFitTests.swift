import Testing
@testable import IdeaModel

/// How a mentor's fit for a team is scored and ranked, on hand-made cases.
@Suite struct MentorFitTests {
    /// Three teams at "team" with different ideas, and Rūta, an urban-design mentor in
    /// the social sector who likes Šančiai.
    static func setUp() throws -> (Database, Person) {
        var db = Fx.base()
        let ideas: [(String, [String], [Sector], String)] = [
            ("Kiemo kinas", ["kinas"], [.cultural], "Centras"),
            ("Žalias kiemas", ["urban design", "žaluma"], [.social], "Šančiai"),
            ("Laiptų galerija", ["urban design"], [.cultural], "Centras"),
        ]
        for (title, tags, sectors, district) in ideas {
            var draft = Fx.draft(title)
            draft.tags = tags
            draft.sectors = sectors
            draft.district = district
            let id = try #require(try db.apply(.addIdea(draft), context: Fx.ctx).ideaId)
            if let i = db.ideas.firstIndex(where: { $0.id == id }) { db.ideas[i].stage = .team }
            try db.apply(.createTeam(ideaId: id, leadId: "person-0002"), context: Fx.ctx)
        }
        // The gallery wants someone for finance.
        let gallery = try #require(db.teams.last)
        try db.apply(.addOpenRole(teamId: gallery.id, title: "Finansai", skills: ["Finance"]), context: Fx.ctx)
        let r = try #require(db.people.firstIndex { $0.id == "person-0007" })
        db.people[r].sectors = [.social]
        db.people[r].mentor = MentorProfile(expertise: ["Urban design", "finance"], capacity: 3, districts: ["Šančiai"])
        return (db, db.people[r])
    }

    @Test func rankedByFitWithTheReasons() throws {
        let (db, ruta) = try Self.setUp()
        let ranked = MentorFit.openTeams(for: ruta, in: db)
        let titles = ranked.map { fit in db.ideas.first { $0.id == db.teams.first { $0.id == fit.teamId }?.ideaId }?.title ?? "" }
        #expect(titles == ["Žalias kiemas", "Laiptų galerija", "Kiemo kinas"])
        #expect(ranked.map(\.score) == [3 + 2 + 1, 3 + 2, 0])
        #expect(ranked[0].reasonText == "tags: Urban design · sector: social · likes Šančiai · no mentor yet")
        #expect(ranked[1].reasonText == "tags: Urban design · roles: finance · no mentor yet")
        #expect(ranked[2].reasonText == "no mentor yet")
    }

    @Test func aTeamWithMentorsRanksLowerAndAFullTeamIsNotOffered() throws {
        var (db, ruta) = try Self.setUp()
        let green = try #require(MentorFit.openTeams(for: ruta, in: db).first?.teamId)
        try db.apply(.assignMentor(teamId: green, mentorId: "person-0009"), context: Fx.ctx)
        var ranked = MentorFit.openTeams(for: ruta, in: db)
        let now = try #require(ranked.first { $0.teamId == green })
        #expect(now.score == 6 - 2 && now.reasonText.hasSuffix("has 1 mentor"))
        #expect(ranked.first?.teamId != green)
        // At the festival's limit, the team is not offered at all.
        db.festival.maxMentorsPerTeam = 1
        ranked = MentorFit.openTeams(for: ruta, in: db)
        #expect(!ranked.contains { $0.teamId == green })
        #expect(Fx.message(.assignMentor(teamId: green, mentorId: "person-0007"), on: db)
            .hasSuffix("the team already has 1 mentor, the most one team may have."))
    }

    @Test func aMentorAtCapacityIsToldSo() throws {
        var (db, ruta) = try Self.setUp()
        if let r = db.people.firstIndex(where: { $0.id == ruta.id }) { db.people[r].mentor?.capacity = 2 }
        let teams = MentorFit.openTeams(for: ruta, in: db).map(\.teamId)
        for team in teams.prefix(2) { try db.apply(.assignMentor(teamId: team, mentorId: ruta.id), context: Fx.ctx) }
        #expect(Fx.message(.assignMentor(teamId: teams[2], mentorId: ruta.id), on: db)
            .hasSuffix("Rūta Petrauskienė mentors 2 of 2 teams."))
    }

    @Test func ideasOutsideTheMentoredStagesAndOwnTeamsAreNotOffered() throws {
        var (db, ruta) = try Self.setUp()
        let first = try #require(db.teams.first)
        if let i = db.ideas.firstIndex(where: { $0.id == first.ideaId }) { db.ideas[i].stage = .parked }
        #expect(!MentorFit.openTeams(for: ruta, in: db).contains { $0.teamId == first.id })
        let second = db.teams[1]
        try db.apply(.addMember(teamId: second.id, personId: ruta.id, role: "member"), context: Fx.ctx)
        #expect(!MentorFit.openTeams(for: ruta, in: db).contains { $0.teamId == second.id })
    }

    @Test func lettingATeamGoKeepsTheReasonInTheLog() throws {
        var (db, ruta) = try Self.setUp()
        let team = try #require(MentorFit.openTeams(for: ruta, in: db).first?.teamId)
        let me = Fx.context(on: Fx.today, actor: ruta.id)
        try db.apply(.assignMentor(teamId: team, mentorId: ruta.id), context: me)
        let entry = try db.apply(.removeMentor(teamId: team, mentorId: ruta.id, reason: "  Išvykstu į Vilnių  "), context: me)
        #expect(entry.reason == "Išvykstu į Vilnių")
        #expect(entry.by == ruta.id && entry.summary.hasPrefix("Rūta Petrauskienė no longer mentors"))
        // Another mentor's place is not hers to give up.
        try db.apply(.assignMentor(teamId: team, mentorId: "person-0009"), context: Fx.ctx)
        #expect(Fx.message(.removeMentor(teamId: team, mentorId: "person-0009", reason: "x"), on: db, context: me)
            .contains("only facilitators assign other mentors"))
    }

    /// The fast score the suggestion uses is the same number as the fit with reasons.
    @Test func theFastScoreEqualsTheFitsScoreForEveryPair() {
        let db = Generator.database(ideas: 200, seed: 9)
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var words = MentorFit.Words()
        let mentors = db.people.filter { $0.mentor != nil }
        let sides = mentors.map { MentorFit.MentorSide($0, &words) }
        var pairs = 0
        for team in db.teams {
            let side = MentorFit.TeamSide(team, idea: ideas[team.ideaId], &words)
            for (m, mentor) in mentors.enumerated() {
                #expect(MentorFit.score(sides[m], side) == MentorFit.of(mentor, for: team, idea: ideas[team.ideaId]).score)
                pairs += 1
            }
        }
        #expect(pairs > 1000)
    }
}
