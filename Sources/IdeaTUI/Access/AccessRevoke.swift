import ArgumentParser
import Foundation
import IdeaModel

/// `access revoke PERSON [--key FILE]`.
struct AccessRevoke: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Stop a person's keys (or one of them, with --key) from logging in."
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var keysFile: KeysFileOption
    @Option(name: .long, help: ArgumentHelp("Only this public key (a file, or - for standard input).", valueName: "file"))
    var key: String?
    @Argument(help: ArgumentHelp("The person: a name or an id (an id also when they are no longer in the database).", valueName: "person"))
    var person: String

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let path = keysFile.file.path
            // Someone removed from the database can still be revoked by id.
            let granted = try keysFile.read().grants
            let id: String
            let name: String
            if granted.contains(where: { $0.person == person }) {
                id = person
                name = db.people.first { $0.id == person }?.name ?? person
            } else {
                let who = try Access.person(person, in: db, file: options.shownPath)
                (id, name) = (who.id, who.name)
            }
            let only = try key.map(Access.readKey)
            var gone: [AuthorizedKeys.Grant] = []
            try keysFile.update { keys in
                gone = keys.revoke(person: id, key: only)
                if gone.isEmpty {
                    let what = only.map { "the key \($0.fingerprint)" } ?? "any key"
                    throw Failure("\(path): \(name) (\(id)) has not been granted \(what); nothing was changed.", code: ExitCodes.invalidData)
                }
            }
            let keys = gone.map { "\($0.key.type) \($0.key.fingerprint)" }.joined(separator: ", ")
            say("\(path): \(name) (\(id)) may no longer log in with \(keys).")
        }
    }
}
