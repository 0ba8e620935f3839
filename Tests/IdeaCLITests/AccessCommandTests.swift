import Foundation
import IdeaModel
import Testing

/// `idea-tui access` and `import … -` through the real binary; sshd itself reads the
/// files written here in scripts/e2e/ssh.sh.
@Suite(.serialized)
struct AccessCommandTests {
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvjhu1hPvmFB6jM+UYb6rFDmTARU1FN8DkL9kpwhUVH goda@laptop\n"
    static let p256 = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBKC+xR5QiF1qc433S4XeAOuRH5OYxHouVwtgTRMsCbJiMtYfA3GtNl8KVYYvG3b34oA75VzCT3ngEHQDwl/rLfk= p256\n"
    static let admin = "# the admin\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvjhu1hPvmFB6jM+UYb6rFDmTARU1FN8DkL9kpwhUVI admin\n\n"

    struct Setup {
        var dir: String, db: String, keys: String
        var mentor: Person, facilitator: Person
    }

    static func setUp() throws -> Setup {
        let (dir, db) = try CLI.folderWithDatabase(ideas: 30)
        let people = try DatabaseFile(path: db).load().0.people
        let mentor = try #require(people.first { $0.mentor != nil && !$0.has(.facilitator) })
        let facilitator = try #require(people.first { $0.has(.facilitator) })
        try Data(ed25519.utf8).write(to: URL(fileURLWithPath: dir + "/goda.pub"))
        try Data(p256.utf8).write(to: URL(fileURLWithPath: dir + "/p256.pub"))
        let keys = dir + "/authorized_keys"
        try Data(admin.utf8).write(to: URL(fileURLWithPath: keys))
        return Setup(dir: dir, db: db, keys: keys, mentor: mentor, facilitator: facilitator)
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func grantListRevoke() throws {
        let s = try Self.setUp()
        let grant = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", s.keys, "--key", s.dir + "/goda.pub", s.mentor.name])
        #expect(grant.code == 0, "\(grant.err)")
        let fromStdin = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", s.keys, "--key", "-", s.facilitator.id],
                                    input: Array(Self.p256.utf8))
        #expect(fromStdin.code == 0, "\(fromStdin.err)")
        let file = try Self.text(s.keys)
        #expect(file.hasPrefix(Self.admin))
        let lines = file.dropFirst(Self.admin.count).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(" idea-tui:\(s.mentor.id) goda@laptop") == true)
        #expect(lines.first?.contains("ssh-session --db \(s.db) --person \(s.mentor.id)\",restrict,pty ssh-ed25519 ") == true)
        var info = stat()
        #expect(stat(s.keys, &info) == 0 && info.st_mode & 0o777 == 0o600)

        let list = try CLI.run(["access", "list", "--db", s.db, "--authorized-keys", s.keys, "--format", "csv"])
        #expect(list.code == 0)
        #expect(list.out.contains("\(s.mentor.id),\(s.mentor.name),mentor,ssh-ed25519,SHA256:Yg72o7tn0XrQA2c4HApkv5S93Q4lJnXW6I6ry/cHteQ,goda@laptop,\(s.db)\r\n"))
        #expect(list.out.contains("SHA256:ryIZIKm1rjS5DGxRu0AoGbzRGV9+NoJFJ+P6umDfyqs"))

        let revoke = try CLI.run(["access", "revoke", "--db", s.db, "--authorized-keys", s.keys, s.mentor.id])
        #expect(revoke.code == 0)
        let after = try Self.text(s.keys)
        #expect(after.hasPrefix(Self.admin) && !after.contains("idea-tui:\(s.mentor.id)") && after.contains("idea-tui:\(s.facilitator.id)"))
        let again = try CLI.run(["access", "revoke", "--db", s.db, "--authorized-keys", s.keys, s.mentor.id])
        #expect(again.code == 65)
    }

    /// Each refusal names why and leaves the file byte for byte as it was.
    @Test func refusalsLeaveTheFileUntouched() throws {
        let s = try Self.setUp()
        #expect(try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", s.keys, "--key", s.dir + "/goda.pub", s.mentor.id]).code == 0)
        let before = try Self.text(s.keys)
        try Data("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n".utf8).write(to: URL(fileURLWithPath: s.dir + "/id"))
        let cases: [([String], Int32, String)] = [
            (["--key", s.dir + "/goda.pub", s.facilitator.id], 65, "already granted to \(s.mentor.name)"),
            (["--key", s.dir + "/id", s.facilitator.id], 65, "private key"),
            (["--key", s.dir + "/p256.pub", "Nobody Atall"], 64, "nobody in the database"),
            (["--key", s.dir + "/missing.pub", s.facilitator.id], 66, "no such file"),
        ]
        for (arguments, code, words) in cases {
            let r = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", s.keys] + arguments)
            #expect(r.code == code, "\(arguments): \(r.err)")
            #expect(r.err.contains(words), "\(r.err)")
            #expect(try Self.text(s.keys) == before)
        }
        // The admin's own key line is not taken over.
        try Data((Self.admin + Self.p256).utf8).write(to: URL(fileURLWithPath: s.keys))
        let admin = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", s.keys, "--key", s.dir + "/p256.pub", s.facilitator.id])
        #expect(admin.code == 65 && admin.err.contains("line 4"))
    }

    /// Without --authorized-keys: ~/.ssh/authorized_keys, the folder made 0700.
    @Test func theDefaultFileIsInHome() throws {
        let s = try Self.setUp()
        let home = s.dir + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: false)
        let r = try CLI.run(["access", "grant", "--db", s.db, "--key", s.dir + "/goda.pub", s.mentor.id], environment: ["HOME": home])
        #expect(r.code == 0, "\(r.err)")
        var info = stat()
        #expect(stat(home + "/.ssh", &info) == 0 && info.st_mode & 0o777 == 0o700)
        #expect(try Self.text(home + "/.ssh/authorized_keys").contains("idea-tui:\(s.mentor.id)"))
    }

    /// Root granting into a user's folder: a new file is the user's, an existing one
    /// keeps its owner (sshd refuses a file its user does not own, with StrictModes).
    @Test(.enabled(if: geteuid() == 0)) func theFileStaysItsUsers() throws {
        let s = try Self.setUp()
        let folder = s.dir + "/kaunas-ssh"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(chown(folder, 4321, 4321) == 0)
        let keys = folder + "/authorized_keys"
        let r = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", keys, "--key", s.dir + "/goda.pub", s.mentor.id])
        #expect(r.code == 0, "\(r.err)")
        var info = stat()
        #expect(stat(keys, &info) == 0 && info.st_uid == 4321 && info.st_gid == 4321 && info.st_mode & 0o777 == 0o600)
        #expect(chown(keys, 1234, 1234) == 0 && chmod(keys, 0o644) == 0)
        let again = try CLI.run(["access", "grant", "--db", s.db, "--authorized-keys", keys, "--key", s.dir + "/p256.pub", s.facilitator.id])
        #expect(again.code == 0, "\(again.err)")
        #expect(stat(keys, &info) == 0 && info.st_uid == 1234 && info.st_gid == 1234 && info.st_mode & 0o777 == 0o600)
    }

    @Test func importReadsStandardInput() throws {
        let (path, _, who, _) = try ImportTests.setUp(ImportTests.good)
        let r = try CLI.run(["import", "--db", path, "--format", "csv", "--as", who, "-"], input: Array(ImportTests.good.utf8))
        #expect(r.code == 0, "\(r.err)")
        #expect(r.out.hasSuffix("Imported 2 ideas (2 new people) into \(path).\n"))
        let bad = try CLI.run(["import", "--db", path, "--format", "csv", "--as", who, "-"], input: Array("title\nx\n".utf8))
        #expect(bad.code == 65)
        #expect(bad.err.contains("standard input: "))
    }

    /// ssh-session without sshd: the person's id decides; someone removed is 77.
    @Test func aSessionForSomeoneRemovedIsRefused() throws {
        let s = try Self.setUp()
        let gone = try CLI.run(["ssh-session", "--db", s.db, "--person", "person-9999"], environment: ["SSH_ORIGINAL_COMMAND": "stats"])
        #expect(gone.code == 77)
        #expect(gone.err.contains("no longer in"))
        let refused = try CLI.run(["ssh-session", "--db", s.db, "--person", s.mentor.id], environment: ["SSH_ORIGINAL_COMMAND": "list --db /etc/passwd"])
        #expect(refused.code == 64 && refused.err.hasPrefix("not allowed over ssh: --db"))
        // A team the mentor may take on: room for a mentor, at a stage that has them.
        let db = try DatabaseFile(path: s.db).load().0
        let stages: Set<Stage> = [.team, .mentored, .workshops, .ready]
        let team = try #require(db.teams.first { t in
            t.mentorIds.count < db.festival.maxMentorsPerTeam && !t.mentorIds.contains(s.mentor.id)
                && db.ideas.contains { $0.id == t.ideaId && stages.contains($0.stage) }
        })
        let take = try CLI.run(["ssh-session", "--db", s.db, "--person", s.mentor.id],
                               environment: ["SSH_ORIGINAL_COMMAND": "mentors take \(team.id)", "IDEA_TUI_USER": s.facilitator.id])
        #expect(take.code == 0, "\(take.err)")
        #expect(try DatabaseFile(path: s.db).load().0.log.last?.by == s.mentor.id)
        #expect(take.err.contains("IDEA_TUI_USER is not used over ssh"))
        let noTerminal = try CLI.run(["ssh-session", "--db", s.db, "--person", s.mentor.id])
        #expect(noTerminal.code == 74)
    }
}
