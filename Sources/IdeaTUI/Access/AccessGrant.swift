import ArgumentParser
import Foundation
import IdeaModel

/// `access grant PERSON --key FILE`.
struct AccessGrant: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Let a person log in over ssh with a key: they then open idea-tui as themselves, and only that.",
        discussion: """
        Writes one line into authorized_keys:
          command="<idea-tui> ssh-session --db <database> --person <id>",restrict,pty <key> idea-tui:<id> <key's comment>
        Granting the same key again replaces that line; a person may have several keys.
        Other lines of the file are kept byte for byte.
        """
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: ArgumentHelp("The person's public key file (their id_ed25519.pub, …), or - to read it from standard input.", valueName: "file"))
    var key: String
    @Argument(help: ArgumentHelp("The person: a name or an id, as for --as.", valueName: "person"))
    var person: String

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let who = try Access.person(person, in: db, file: options.shownPath)
            let key = try Access.readKey(key)
            let command = ForcedCommand(program: try Access.executable(), database: try Access.database(options), person: who.id)
            for (text, what) in [(command.program, "the path of idea-tui"), (command.database, "the database's path"), (who.id, "the person's id")] {
                if let problem = ForcedCommand.problem(with: text, what: what) { throw Failure(problem + "; nothing was written.", code: ExitCodes.invalidData) }
            }
            let path = keysFile.file.path
            var replaced = false
            try keysFile.update { keys in
                if let (line, grant) = keys.find(key) {
                    guard let grant else {
                        throw Failure("\(path): line \(line) already lets this key (\(key.fingerprint)) log in, without idea-tui (someone's own login?); remove that line first. Nothing was changed.",
                                      code: ExitCodes.invalidData)
                    }
                    guard grant.person == who.id else {
                        let holder = db.people.first { $0.id == grant.person }.map { "\($0.name) (\($0.id))" } ?? grant.person
                        throw Failure("\(path): this key (\(key.fingerprint)) is already granted to \(holder); a key can be one person's only. Nothing was changed.",
                                      code: ExitCodes.invalidData)
                    }
                    replaced = true
                }
                keys.grant(key, command: command)
            }
            say("\(path): \(who.name) (\(who.id)) may log in with \(key.type) \(key.fingerprint)" + (replaced ? " (the line for this key was replaced)." : "."))
        }
    }
}
