import Foundation
import IdeaModel
import Testing

/// `idea-tui mentors`: listing, the suggestion and applying it, taking a team on and
/// letting it go, and two mentors racing for a team's last place.
@Suite(.serialized)
struct MentorsTests {
    static func setUp() throws -> (dir: String, path: String, db: Database, facilitator: String) {
        let (dir, path) = try CLI.folderWithDatabase(ideas: 150)
        let db = try DatabaseFile(path: path).load().0
        return (dir, path, db, try #require(db.people.first { $0.has(.facilitator) }?.id))
    }

    @Test func listShowsEveryMentorsLoadInThreeFormats() throws {
        let (_, path, db, _) = try Self.setUp()
        let mentors = db.people.filter { $0.mentor != nil }
        let load = db.teams.reduce(0) { $0 + $1.mentorIds.count }
        let capacity = mentors.reduce(0) { $0 + ($1.mentor?.capacity ?? 0) }
        let table = try CLI.run(["mentors", "list", "--db", path])
        #expect(table.code == 0)
        #expect(table.out.hasSuffix("\(mentors.count) mentors; \(load) of \(capacity) places taken; "
                                    + "\(mentors.filter { m in db.teams.filter { $0.mentorIds.contains(m.id) }.count >= (m.mentor?.capacity ?? 0) }.count) at capacity\n"))
        let json = try CLI.run(["mentors", "list", "--db", path, "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(items.count == mentors.count)
        #expect(items.allSatisfy { ($0["load"] as? Int ?? -1) <= ($0["capacity"] as? Int ?? -1) })
        let csv = try CLI.run(["mentors", "--db", path, "--format", "csv"])
        #expect(csv.out.hasPrefix("id,name,load,capacity,expertise,districts,teams\r\n"))
        #expect(!csv.out.contains("@"))
    }

    @Test func theSuggestionIsStableAndApplyingItGivesEveryTeamItPlaces() throws {
        let (_, path, db, facilitator) = try Self.setUp()
        let needing = db.teams.filter { team in
            team.mentorIds.isEmpty && db.ideas.contains { $0.id == team.ideaId && MentorFit.mentoredStages.contains($0.stage) }
        }
        try #require(!needing.isEmpty)
        let first = try CLI.run(["mentors", "suggest", "--db", path])
        #expect(first.code == 0)
        #expect(try CLI.run(["mentors", "suggest", "--db", path]).out == first.out)
        let expected = MentorSuggestion.suggest(db)
        #expect(first.out.hasSuffix("\(expected.assignments.count) of \(needing.count) teams without a mentor get one; total fit \(expected.totalFit)\n"))

        let applied = try CLI.run(["mentors", "suggest", "--db", path, "--apply", "--as", facilitator])
        #expect(applied.code == 0)
        #expect(applied.out.hasSuffix("Assigned \(expected.assignments.count) mentors in \(path).\n"))
        let after = try DatabaseFile(path: path).load().0
        for fit in expected.assignments {
            #expect(after.teams.first { $0.id == fit.teamId }?.mentorIds == [fit.mentorId])
        }
        #expect(Validator.problems(in: after).isEmpty)
    }

    @Test func applyingNeedsAFacilitator() throws {
        let (_, path, db, _) = try Self.setUp()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let talent = try #require(db.people.first { !$0.has(.facilitator) && $0.mentor == nil })
        let r = try CLI.run(["mentors", "suggest", "--db", path, "--apply", "--as", talent.id])
        #expect(r.code == 65)
        #expect(r.err.contains("only facilitators assign other mentors"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aMentorTakesATeamOnUpToCapacityAndLetsOneGoWithAReason() throws {
        let (_, path, db, _) = try Self.setUp()
        // A mentor with exactly one free place, and two teams they could take.
        let mentor = try #require(db.people.first { m in
            guard let cap = m.mentor?.capacity else { return false }
            return db.teams.filter { $0.mentorIds.contains(m.id) }.count == cap - 1 && MentorFit.openTeams(for: m, in: db).count >= 2
        })
        let open = MentorFit.openTeams(for: mentor, in: db)
        let take = try CLI.run(["mentors", "take", open[0].teamId, "--db", path, "--as", mentor.id])
        #expect(take.code == 0)
        let cap = mentor.mentor?.capacity ?? 0
        #expect(take.out.contains("now mentors") && take.out.contains("(\(cap) of \(cap) teams)"))
        let full = try CLI.run(["mentors", "take", open[1].teamId, "--db", path, "--as", mentor.id])
        #expect(full.code == 65)
        #expect(full.err.contains("\(mentor.name) mentors \(cap) of \(cap) teams"))
        let release = try CLI.run(["mentors", "release", open[0].teamId, "--reason", "Per daug darbo", "--db", path, "--as", mentor.id])
        #expect(release.code == 0)
        let after = try DatabaseFile(path: path).load().0
        #expect(after.log.last?.reason == "Per daug darbo" && after.log.last?.by == mentor.id)
        #expect(!(after.teams.first { $0.id == open[0].teamId }?.mentorIds.contains(mentor.id) ?? true))
    }

    /// Two mentors ask for the last place on the same team at the same moment, ten
    /// times over: one gets it, the other is told why, the file stays valid.
    @Test(.timeLimit(.minutes(10)))
    func twoMentorsRacingForTheLastPlace() throws {
        let (_, path, start, _) = try Self.setUp()
        var db = start
        db.festival.maxMentorsPerTeam = 1
        // Two mentors with room to spare.
        let ids = db.people.filter { $0.mentor != nil }.prefix(2).map(\.id)
        for i in db.people.indices where ids.contains(db.people[i].id) { db.people[i].mentor?.capacity = 50 }
        try DatabaseFile(path: path).save(db, expected: DatabaseFile(path: path).load().1)
        let free = db.people.filter { ids.contains($0.id) }
        let teams = MentorFit.openTeams(for: free[0], in: db).map(\.teamId)
            .filter { id in MentorFit.openTeams(for: free[1], in: db).contains { $0.teamId == id } }
        try #require(teams.count >= 4)
        for team in teams.prefix(4) {
            let a = try CLI.Running(["mentors", "take", team, "--db", path, "--as", free[0].id])
            let b = try CLI.Running(["mentors", "take", team, "--db", path, "--as", free[1].id])
            let results = [a.finish(), b.finish()]
            #expect(results.map(\.code).sorted() == [0, 65], "\(results.map(\.err))")
            let loser = try #require(results.first { $0.code == 65 })
            #expect(loser.err.contains("the most one team may have"))
            let now = try DatabaseFile(path: path).load().0
            #expect(now.teams.first { $0.id == team }?.mentorIds.count == 1)
            #expect(Validator.problems(in: now).isEmpty)
        }
    }
}
