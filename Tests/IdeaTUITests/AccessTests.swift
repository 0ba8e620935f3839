import Foundation
@testable import IdeaTUI
import IdeaUI
import Testing

/// Public keys, the forced command's quoting, and the authorized_keys file as `access`
/// edits it (the real sshd reads the result in scripts/e2e/ssh.sh).
struct PublicKeyTests {
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvjhu1hPvmFB6jM+UYb6rFDmTARU1FN8DkL9kpwhUVH goda@laptop"
    static let p384 = "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBLQt31PPJkG9+FOWFIOcXi6z/A4R1GmPOU+dM3SNZvm75DEVsOXGFqeOEU2t+H1cIFUSI3IHqKpOtkmfds5XYgenSCxiKR2bTkNlPvNma82bn1vHZyKyx2J73s4cSWFsbQ== root@vm"
    static let p256 = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBKC+xR5QiF1qc433S4XeAOuRH5OYxHouVwtgTRMsCbJiMtYfA3GtNl8KVYYvG3b34oA75VzCT3ngEHQDwl/rLfk= p256"

    /// The fingerprints `ssh-keygen -lf` printed for these keys.
    @Test(arguments: [
        (ed25519, "SHA256:Yg72o7tn0XrQA2c4HApkv5S93Q4lJnXW6I6ry/cHteQ"),
        (p384, "SHA256:adAN8YT/8PoptANu4BWMtBC0ZC39619bCYP0cvsfDWw"),
        (p256, "SHA256:ryIZIKm1rjS5DGxRu0AoGbzRGV9+NoJFJ+P6umDfyqs"),
    ])
    func fingerprintsAreSshKeygens(line: String, fingerprint: String) throws {
        let key = try PublicKey.parse(file: "\n# my key\n" + line + "\n")
        #expect(key.fingerprint == fingerprint)
        #expect(line.hasPrefix(key.type + " " + key.base64))
    }

    @Test func theCommentIsKept() throws {
        #expect(try PublicKey.parse(line: Self.ed25519).comment == "goda@laptop")
        #expect(try PublicKey.parse(line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvjhu1hPvmFB6jM+UYb6rFDmTARU1FN8DkL9kpwhUVH").comment == "")
    }

    static func problem(_ text: String) -> String? {
        do {
            _ = try PublicKey.parse(file: text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func whatIsRefusedAndWhy() throws {
        let blob = Self.ed25519.split(separator: " ")[1]
        #expect(Self.problem("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=\n-----END OPENSSH PRIVATE KEY-----\n")?.contains("private key") == true)
        #expect(Self.problem("PuTTY-User-Key-File-3: ssh-ed25519\n")?.contains("private key") == true)
        #expect(Self.problem("---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----")?.contains("ssh-keygen -i") == true)
        #expect(Self.problem("")?.contains("empty") == true)
        #expect(Self.problem(Self.ed25519 + "\n" + Self.p256)?.contains("one key at a time") == true)
        #expect(Self.problem("ssh-dss \(blob)")?.contains("not an OpenSSH public key type") == true)
        #expect(Self.problem("command=\"x\" \(Self.ed25519)")?.contains("options") == true)
        #expect(Self.problem("ssh-ed25519 not*base64")?.contains("not base64") == true)
        // The outer type must be the one inside the blob.
        #expect(Self.problem("ssh-rsa \(blob)")?.contains("holds a ssh-ed25519 key") == true)
        // Cut short, or with bytes after the key.
        #expect(Self.problem("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvjhu1hPvmFB6jM")?.contains("whole") == true)
        let long = try #require(Data(base64Encoded: String(blob))) + Data([0, 0, 0, 1, 65])
        #expect(Self.problem("ssh-ed25519 \(long.base64EncodedString())")?.contains("whole") == true)
        // A P-256 blob called P-384.
        let p256blob = Self.p256.split(separator: " ")[1]
        #expect(Self.problem("ecdsa-sha2-nistp384 \(p256blob)") != nil)
        #expect(Self.problem(Self.p256) == nil)
    }
}

struct ForcedCommandTests {
    /// Quoted for the shell, then for the option; read back as sshd and sh would.
    @Test(arguments: [
        "person-00012",
        "mentorė Jūratė \"J\" O'Brien \\ $HOME",
        "'; rm -rf / #",
        "a\"b\\\"c",
        "trailing\\",
    ])
    func roundTrips(person: String) throws {
        let command = ForcedCommand(program: "/opt/idea tui/idea-tui", database: "/srv/Kauno idėjos/ideas.db.json", person: person)
        let option = command.option
        #expect(option.hasPrefix("command=\"") && option.hasSuffix("\""))
        guard let shell = AuthorizedKeys.command(in: option + ",restrict,pty") else {
            Issue.record("no command option in \(option)")
            return
        }
        #expect(shell == command.shellLine)
        #expect(try ShellWords.split(shell) == command.words)
        #expect(ForcedCommand(shellLine: shell) == command)
    }

    @Test func plainWordsStayPlain() {
        #expect(ShellWords.quote("/usr/local/bin/idea-tui") == "/usr/local/bin/idea-tui")
        #expect(ShellWords.quote("it's") == "'it'\\''s'")
        #expect(ShellWords.quote("") == "''")
        #expect(ShellWords.quote("Žaliakalnis") == "'Žaliakalnis'")
    }

    @Test func controlCharactersCannotBeWritten() {
        #expect(ForcedCommand.problem(with: "a\nb", what: "the id") != nil)
        #expect(ForcedCommand.problem(with: "ąčę \"'\\", what: "the id") == nil)
    }
}

struct AuthorizedKeysTests {
    static let admin: [UInt8] = Array("# admin\r\n\(PublicKeyTests.p256)\n\n".utf8) + [0xFF, 0xFE, 0x0A]
        + Array("from=\"10.0.0.1\",command=\"echo \\\"hi\\\" there\" \(PublicKeyTests.p384)\n".utf8)

    static func key(_ line: String) throws -> PublicKey { try PublicKey.parse(line: line) }

    @Test func grantingKeepsEveryOtherLineByteForByte() throws {
        var keys = AuthorizedKeys(bytes: Self.admin)
        #expect(keys.grants.isEmpty)
        let command = ForcedCommand(program: "/bin/idea-tui", database: "/srv/db.json", person: "person-1")
        let key = try Self.key(PublicKeyTests.ed25519)
        keys.grant(key, command: command)
        #expect(Array(keys.bytes.prefix(Self.admin.count)) == Self.admin)
        let line = String(decoding: keys.bytes.dropFirst(Self.admin.count), as: UTF8.self)
        #expect(line == "command=\"/bin/idea-tui ssh-session --db /srv/db.json --person person-1\",restrict,pty \(PublicKeyTests.ed25519.replacingOccurrences(of: " goda@laptop", with: "")) idea-tui:person-1 goda@laptop\n")
        // Read back: one grant, with the key's own comment.
        let grants = AuthorizedKeys(bytes: keys.bytes).grants
        #expect(grants.count == 1)
        #expect(grants.first?.person == "person-1")
        #expect(grants.first?.key.comment == "goda@laptop")
        #expect(grants.first?.key.fingerprint == key.fingerprint)
    }

    @Test func grantingAgainReplacesInPlace() throws {
        var keys = AuthorizedKeys(bytes: Self.admin)
        let a = ForcedCommand(program: "/bin/idea-tui", database: "/srv/db.json", person: "p 1")
        keys.grant(try Self.key(PublicKeyTests.ed25519), command: a)
        keys.grant(try Self.key(PublicKeyTests.p256.replacingOccurrences(of: "ecdsa-sha2-nistp256", with: "ecdsa-sha2-nistp256")), command: a)
        let moved = ForcedCommand(program: "/usr/bin/idea-tui", database: "/srv/db.json", person: "p 1")
        keys.grant(try Self.key(PublicKeyTests.ed25519), command: moved)
        let grants = keys.grants
        #expect(grants.count == 2)
        #expect(grants.first { $0.key.type == "ssh-ed25519" }?.command.program == "/usr/bin/idea-tui")
        // The admin's own P-256 key line is not one of ours, though the key is the same.
        #expect(keys.find(try Self.key(PublicKeyTests.p256))?.lineNumber == 2)
    }

    @Test func revokingRemovesOnlyThatPersonsLines() throws {
        var keys = AuthorizedKeys(bytes: Self.admin)
        let one = ForcedCommand(program: "/bin/idea-tui", database: "/srv/db.json", person: "one")
        let two = ForcedCommand(program: "/bin/idea-tui", database: "/srv/db.json", person: "two")
        keys.grant(try Self.key(PublicKeyTests.ed25519), command: one)
        keys.grant(try Self.key(PublicKeyTests.p384), command: two)
        #expect(keys.revoke(person: "one", key: try Self.key(PublicKeyTests.p384)).isEmpty)
        #expect(keys.revoke(person: "one", key: nil).count == 1)
        #expect(keys.grants.map(\.person) == ["two"])
        #expect(Array(keys.bytes.prefix(Self.admin.count)) == Self.admin)
    }

    @Test func anotherCommandIsNotOurs() {
        #expect(AuthorizedKeys.command(in: "from=\"a,b\",command=\"echo \\\"x\\\"\",no-pty") == "echo \"x\"")
        #expect(AuthorizedKeys.command(in: "no-pty,COMMAND=\"ls\"") == "ls")
        #expect(AuthorizedKeys.command(in: "environment=\"command=\\\"x\\\"\"") == nil)
        #expect(ForcedCommand(shellLine: "/bin/sh -c id") == nil)
    }
}

struct RemoteCommandTests {
    static func plan(_ text: String) throws -> RemoteCommand {
        try RemoteCommand.plan(ShellWords.split(text), database: "/srv/db.json", person: "p1")
    }

    @Test func wordsSplitLikeAShellWithoutOne() throws {
        #expect(try ShellWords.split(#"list --text 'žalia kalnas' "a \"b\" \$x" c\ d '' e#f"#)
                == ["list", "--text", "žalia kalnas", "a \"b\" $x", "c d", "", "e#f"])
        #expect(throws: ShellWords.Problem.unclosedQuote("'")) { try ShellWords.split("list 'x") }
        #expect(throws: ShellWords.Problem.unclosedQuote("\"")) { try ShellWords.split("list \"x") }
        #expect(throws: ShellWords.Problem.trailingBackslash) { try ShellWords.split("list x\\") }
        for text in ["stats; id", "list | cat", "list > f", "echo $HOME", "ls *", "$(id)", "`id`", "a && b", "~/x", "#c"] {
            #expect(throws: ShellWords.Problem.self, "\(text)") { try ShellWords.split(text) }
        }
    }

    @Test func allowedCommandsGetTheDatabaseAndThePerson() throws {
        #expect(try Self.plan("list --stage team").arguments == ["list", "--db", "/srv/db.json", "--stage", "team"])
        #expect(try Self.plan("export --format ics").arguments == ["export", "--db", "/srv/db.json", "--format", "ics"])
        #expect(try Self.plan("mentors").arguments == ["mentors", "list", "--db", "/srv/db.json"])
        #expect(try Self.plan("mentors --format json").arguments == ["mentors", "list", "--db", "/srv/db.json", "--format", "json"])
        #expect(try Self.plan("mentors take team-1").arguments == ["mentors", "take", "--db", "/srv/db.json", "--as", "p1", "team-1"])
        #expect(try Self.plan("schedule --auto --dry-run").arguments == ["schedule", "--db", "/srv/db.json", "--as", "p1", "--auto", "--dry-run"])
        let imported = try Self.plan("import --format csv -")
        #expect(imported.arguments == ["import", "--db", "/srv/db.json", "--as", "p1", "--format", "csv", "-"])
        #expect(imported.facilitatorsOnly == .importIdeas)
        #expect(try Self.plan("stats").facilitatorsOnly == nil)
        #expect(try Self.plan("export --format ics").facilitatorsOnly == nil)
        #expect(try Self.plan("export --format csv --include-contacts").facilitatorsOnly == .exportContacts)
    }

    @Test(arguments: ["bash", "sh -c id", "export --output /etc/x", "export --output=/etc/x", "list --db /other",
                      "list --db=/other", "mentors take T --as p2", "access list", "generate --ideas 3", "ssh-session",
                      "open", "import --format csv /etc/passwd", "import --format csv", "mentors assign T", "schedule",
                      "validate --authorized-keys x", ""])
    func everythingElseIsRefused(text: String) {
        #expect(throws: RemoteCommand.Refusal.self) { try Self.plan(text) }
    }
}

struct AccessListSummaryTests {
    @Test func oneKeyOfOnePersonIsSingular() {
        #expect(AccessList.summary(keys: 1, people: 1, file: "/k") == "1 key of 1 person in /k\n")
        #expect(AccessList.summary(keys: 3, people: 2, file: "/k") == "3 keys of 2 people in /k\n")
    }
}

/// Every refusal of an ssh command, in both languages: each case is said, and the
/// Lithuanian words are not the English ones.
struct RemoteWordsTests {
    static let refusals: [RemoteCommand.Refusal] = [.empty, .unknown("bash"), .fixedOption("--db"), .mentorsSubcommand("assign"),
                                                    .scheduleWithoutAuto, .importOfServerFile]
    static let problems: [ShellWords.Problem] = [.unclosedQuote("'"), .trailingBackslash, .shellSyntax(";")]

    static func all(_ w: RemoteStrings) -> [String] {
        refusals.map { w.notAllowed($0.said(w)) } + problems.map { w.notAllowed($0.said(w)) }
            + [w.onlyFacilitatorsImport("db.json", "Goda"), w.onlyFacilitatorsContacts("db.json", "Goda"),
               w.personGone("person-00001", "db.json"), w.userVariableIgnored("Goda", "person-00001")]
    }

    @Test func everyRefusalIsSaidInBothLanguages() {
        let en = Self.all(.en), lt = Self.all(.lt)
        #expect(en.count == lt.count)
        // English words of the English set; command names ("import --format csv") are the same in both.
        let english: Set<String> = ["the", "over", "only", "not", "is", "a", "of", "no", "your", "you", "file", "command",
                                    "allowed", "quote", "nothing", "was", "done", "key", "send", "people", "ideas"]
        for (e, l) in zip(en, lt) {
            #expect(e != l)
            let words = l.lowercased().split { !$0.isLetter }.map(String.init)
            #expect(words.allSatisfy { !english.contains($0) }, "\(l)")
        }
        #expect(en[0] == "not allowed over ssh: an empty command")
        #expect(lt[0] == "per SSH neleidžiama: tuščia komanda")
    }
}
