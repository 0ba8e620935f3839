import Foundation
import IdeaModel
import Testing

/// `idea-tui export --format invitations`: pending invitations for a mail merge, with
/// contact details only when asked for, written atomically, never over the database.
@Suite(.serialized)
struct ExportTests {
    /// A generated database (it has pending invitations) and the rows it should give.
    static func setUp() throws -> (dir: String, path: String, pending: [(Team, Invitation)], db: Database) {
        let (dir, path) = try CLI.folderWithDatabase(ideas: 120)
        let db = try DatabaseFile(path: path).load().0
        let pending = db.teams.flatMap { t in t.invitations.filter { $0.status == .pending }.map { (t, $0) } }
        try #require(pending.count >= 3, "the generator should leave some invitations waiting")
        return (dir, path, pending, db)
    }

    @Test func withoutTheFlagThereIsNoContactDetail() throws {
        let (_, path, pending, _) = try Self.setUp()
        let r = try CLI.run(["export", "--db", path, "--format", "invitations"])
        #expect(r.code == 0)
        let lines = r.out.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "invitation,team,idea,role,person,invited_by,invited_at,team_lead")
        #expect(lines.count == pending.count + 1)
        #expect(!r.out.contains("@"))
        #expect(r.out.range(of: #"\+?\d[\d ]{7,}"#, options: .regularExpression) == nil, "no phone numbers")
    }

    @Test func withTheFlagEachRowCarriesThatPersonsEmail() throws {
        let (dir, path, pending, db) = try Self.setUp()
        let out = dir + "/invitations.csv"
        let r = try CLI.run(["export", "--db", path, "--format", "invitations", "--include-contacts", "--output", out])
        #expect(r.code == 0)
        #expect(r.out.isEmpty)
        #expect(r.err == "\(out): wrote \(pending.count) pending invitations, with e-mail and phone.\n")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasSuffix(",team_lead,email,phone") == true)
        for (team, invitation) in pending {
            let email = db.people.first { $0.id == invitation.personId }?.contact?.email
            let line = lines.first { $0.hasPrefix("\(invitation.id),\(team.id),") }
            #expect(line != nil)
            if let email { #expect(line?.contains("," + email + ",") == true, "\(team.id)") }
        }
        // Only the invited people's addresses, nobody else's.
        let invited = Set(pending.map(\.1.personId))
        for person in db.people where !invited.contains(person.id) {
            if let email = person.contact?.email { #expect(!text.contains(email)) }
        }
    }

    @Test func theDatabaseIsNeverTheOutput() throws {
        let (dir, path, _, _) = try Self.setUp()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let r = try CLI.run(["export", "--db", path, "--format", "invitations", "--output", dir + "/../" + URL(fileURLWithPath: dir).lastPathComponent + "/ideas.db.json"])
        #expect(r.code == 64)
        #expect(r.err.contains("that is the database itself; it was not overwritten"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anUnwritablePlaceSaysWhereAndWhy() throws {
        let (dir, path, _, _) = try Self.setUp()
        let r = try CLI.run(["export", "--db", path, "--format", "invitations", "--output", dir + "/no-such-folder/x.csv"])
        #expect(r.code == 74)
        #expect(r.err.contains(dir + "/no-such-folder/x.csv"))
        #expect(r.err == dir + "/no-such-folder/x.csv: could not open the folder of the file: the folder does not exist.\n")
        let folder = try CLI.run(["export", "--db", path, "--format", "invitations", "--output", dir])
        #expect(folder.code == 74)
        #expect(folder.err == dir + ": could not write the file: it is a folder, not a file.\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let (_, path, _, _) = try Self.setUp()
        let r = try CLI.run(["export", "--db", path, "--format", "pdf"])
        #expect(r.code == 64)
        #expect(r.err.contains("invitations"))
    }
}
