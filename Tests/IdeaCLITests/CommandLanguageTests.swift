import Foundation
import IdeaModel
import IdeaUI
import Testing

/// Every command follows `--lang` (else LC_ALL, LC_MESSAGES, LANG) like the app: its
/// refusals, errors and human-readable output are in that language; JSON and CSV keys
/// stay as they are.
@Suite(.serialized)
struct CommandLanguageTests {
    /// A mentored team with one mentor, a festival that allows one per team, and another
    /// mentor with room who asks to take it on.
    static func fullTeam() throws -> (path: String, team: String, mentor: Person) {
        let (_, path) = try CLI.folderWithDatabase(ideas: 150)
        let file = DatabaseFile(path: path)
        var (db, stamp) = try file.load()
        db.festival.maxMentorsPerTeam = 1
        stamp = try file.save(db, expected: stamp)
        let team = try #require(db.teams.first { $0.mentorIds.count == 1 })
        let mentor = try #require(db.people.first { p in
            guard let capacity = p.mentor?.capacity else { return false }
            return !team.personIds.contains(p.id) && !team.mentorIds.contains(p.id)
                && db.teams.filter { $0.mentorIds.contains(p.id) }.count < capacity
        })
        return (path, team.id, mentor)
    }

    /// English words a Lithuanian message must not hold.
    static let english = ["Cannot", "the team", "the most", "mentors", "not saved", "no such file", "valid.", "Ideas by"]

    @Test func aRefusalFollowsLangAndTheLocale() throws {
        let (path, team, mentor) = try Self.fullTeam()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let lt = try CLI.run(["mentors", "take", team, "--db", path, "--as", mentor.id, "--lang", "lt"])
        #expect(lt.code == 65)
        #expect(lt.err.contains(": Negalima paskirti mentoriaus (\(mentor.name))"), "\(lt.err)")
        #expect(lt.err.contains("komanda jau turi 1 mentorių – daugiau viena komanda turėti negali"), "\(lt.err)")
        for word in Self.english { #expect(!lt.err.contains(word), "“\(word)” in \(lt.err)") }

        let fromLocale = try CLI.run(["mentors", "take", team, "--db", path, "--as", mentor.id], environment: ["LANG": "lt_LT.UTF-8"])
        #expect(fromLocale.code == 65 && fromLocale.err == lt.err)

        let en = try CLI.run(["mentors", "take", team, "--db", path, "--as", mentor.id, "--lang", "en"],
                             environment: ["LC_ALL": "lt_LT.UTF-8"])
        #expect(en.code == 65)
        #expect(en.err.contains(": Cannot assign \(mentor.name) to the team for"), "\(en.err)")
        #expect(en.err.contains("the team already has 1 mentor, the most one team may have"), "\(en.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func whatCommandsPrintIsInTheirLanguage() throws {
        let (_, path) = try CLI.folderWithDatabase(ideas: 60)
        let db = try DatabaseFile(path: path).load().0
        let valid = try CLI.run(["validate", "--db", path, "--lang", "lt"])
        #expect(valid.code == 0 && valid.out.contains(": tinkamas. "), "\(valid.out)")
        let slots = db.festival.slots.count, target = db.festival.target
        #expect(valid.out.contains("festivalio tinklelyje \(slots) interv") && valid.out.hasSuffix("(tikslas – \(target)).\n"), "\(valid.out)")
        // The target is a goal, not a cap: the count is never read as "n of the target filled".
        let validEn = try CLI.run(["validate", "--db", path, "--lang", "en"])
        #expect(validEn.out.hasSuffix("; \(slots) interventions on the festival grid (the target is \(target)).\n"), "\(validEn.out)")
        let stats = try CLI.run(["stats", "--db", path, "--lang", "lt"])
        #expect(stats.out.contains("Idėjos pagal etapą") && stats.out.contains(Strings.lt.stage(.mentored)), "\(stats.out)")
        let list = try CLI.run(["list", "--db", path, "--lang", "lt"])
        #expect(list.out.contains("PAVADINIMAS") && list.out.hasSuffix("\(db.ideas.count) iš \(db.ideas.count) idėjų\n"), "\(list.out)")
        let dry = try CLI.run(["schedule", "--auto", "--dry-run", "--db", path, "--lang", "lt"])
        #expect(dry.out.contains("Bandomasis paleidimas: nieko neišsaugota."), "\(dry.out)")
        let mentors = try CLI.run(["mentors", "suggest", "--db", path, "--lang", "lt"])
        #expect(mentors.out.contains("be mentoriaus jį gauna"), "\(mentors.out)")
        for r in [valid, stats, list, dry, mentors] {
            for word in Self.english { #expect(!r.out.contains(word), "“\(word)” in \(r.out)") }
        }
        // Machine formats stay as they are.
        let json = try CLI.run(["list", "--db", path, "--lang", "lt", "--format", "json"])
        #expect(json.out == (try CLI.run(["list", "--db", path, "--format", "json"])).out)
        let csv = try CLI.run(["mentors", "list", "--db", path, "--lang", "lt", "--format", "csv"])
        #expect(csv.out.hasPrefix("id,name,load,capacity,expertise,districts,teams\r\n"))
    }

    @Test func errorsAreInTheirLanguage() throws {
        let missing = try CLI.run(["validate", "--db", "/nonexistent/ideas.db.json", "--lang", "lt"])
        #expect(missing.code == 66 && missing.err.contains("/nonexistent/ideas.db.json: tokio failo nėra."), "\(missing.err)")
        let stage = try CLI.run(["list", "--stage", "finished", "--lang", "lt"])
        #expect(stage.code == 64 && stage.err.contains("nežinomas etapas \"finished\""), "\(stage.err)")
        let who = try CLI.run(["schedule", "--auto", "--db", "/nonexistent/ideas.db.json"], environment: ["LC_MESSAGES": "lt_LT.UTF-8"])
        #expect(who.err.contains("tokio failo nėra"), "\(who.err)")
        let wrong = try CLI.run(["stats", "--lang", "xx"], environment: ["LANG": "lt_LT.UTF-8"])
        #expect(wrong.code == 64 && wrong.err.contains("--lang turi būti lt (lietuvių) arba en (anglų), ne \"xx\""), "\(wrong.err)")
    }
}
