import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// How an ssh login found who you are, for the status line's first message.
enum KeyLogin: Equatable {
    case byKey
    /// `IDEA_TUI_USER` was set (sent by the client, or set on the server) and not used.
    case ignoredUserVariable
}

/// `idea-tui ssh-session --db PATH --person ID`: the forced command that `access grant`
/// writes for a key. sshd runs it for every login with that key, so the person is the
/// key's, never a choice: no picker, no `--as`, no `IDEA_TUI_USER`.
///
/// Without `SSH_ORIGINAL_COMMAND` it opens the terminal interface as that person. With
/// one (`ssh kaunas@server export --format ics`) it splits the words itself (no shell
/// runs) and runs the allowed subcommand on this database as this person.
struct SshSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ssh-session",
        abstract: "Run by sshd for a key that `access grant` let in: the interface, or one allowed command, as that person.",
        discussion: """
        Without SSH_ORIGINAL_COMMAND: the terminal interface as PERSON (no picker; --as and
        IDEA_TUI_USER do not apply). With it, one of: list, stats, validate, export (to
        standard output), mentors list|suggest|take|release, schedule --auto,
        import --format csv - (facilitators; the CSV on standard input). --db, --as,
        --output and anything else are refused with exit 64. A person no longer in the
        database is refused with exit 77.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The database (a file, or a postgresql:// address), as granted.", valueName: "path|url"))
    var db: String
    @Option(name: .long, help: ArgumentHelp("The id of the person the key belongs to.", valueName: "id"))
    var person: String
    @Flag(name: .long, help: "Do not capture the mouse (the interface).")
    var noMouse = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        // Nobody becomes someone else through the environment either.
        let userVariableSet = !(environment["IDEA_TUI_USER"] ?? "").isEmpty
        unsetenv("IDEA_TUI_USER")
        unsetenv("IDEAS_DB")
        // The client's language (the LANG or LC_* its ssh sends), for refusals too.
        let lang = LanguageOption.language(fromLocale: environment)
        let words = Strings.of(lang)
        try reporting {
            let options = try DatabaseOptions.parse(["--db", db])
            let (database, stamp, store) = try options.open()
            guard let me = database.people.first(where: { $0.id == person }) else {
                throw Failure(words.remote.personGone(person, store.name), code: ExitCodes.noPermission)
            }
            if let original = environment["SSH_ORIGINAL_COMMAND"] {
                if userVariableSet {
                    FileHandle.standardError.write(Data((words.remote.userVariableIgnored(PlainText.forTerminal(me.name), me.id) + "\n").utf8))
                }
                LoadedDatabase.keep(database, stamp: stamp, of: store)
                try Self.runRemote(original, database: database, path: db, person: me, words.remote)
                return
            }
            // sshd starts the session with the client's LANG only if it sends one, and a
            // locale the server may not have: the terminal of an ssh login is taken to be
            // UTF-8 (docs/DEPLOY.md says how to set it).
            TerminalLocale.apply(assumeUTF8: true)
            let code = try TerminalApp.run(database: database, stamp: stamp, store: store, mouse: !noMouse, lang: lang,
                                           actor: me.id, keyLogin: userVariableSet ? .ignoredUserVariable : .byKey)
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// One allowed command, run in this process with the session's database and person.
    static func runRemote(_ text: String, database: Database, path: String, person: Person, _ words: RemoteStrings) throws {
        let plan: RemoteCommand
        do {
            let words = try ShellWords.split(text)
            plan = try RemoteCommand.plan(words, database: path, person: person.id)
        } catch let problem as ShellWords.Problem {
            throw Failure(words.notAllowed(problem.said(words)), code: ExitCodes.usage)
        } catch let refusal as RemoteCommand.Refusal {
            throw Failure(words.notAllowed(refusal.said(words)), code: ExitCodes.usage)
        }
        if let task = plan.facilitatorsOnly, !person.has(.facilitator) {
            let said = task == .importIdeas ? words.onlyFacilitatorsImport : words.onlyFacilitatorsContacts
            throw Failure(said(path, person.name), code: ExitCodes.invalidData)
        }
        var command = try IdeaTUICommand.parseAsRoot(plan.arguments)
        try command.run()
    }
}
