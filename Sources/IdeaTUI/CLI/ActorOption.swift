import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// `--as NAME_OR_ID` (or `IDEA_TUI_USER`): who makes the changes of this run.
struct ActorOption: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("Who you are: a person's name or id (default: $IDEA_TUI_USER).", valueName: "name-or-id"))
    var actor: String?

    /// What the user gave, if anything: `--as`, else a non-empty `IDEA_TUI_USER`.
    func given(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let actor { return actor }
        if let env = environment["IDEA_TUI_USER"], !env.isEmpty { return env }
        return nil
    }

    /// The person named, or nil when nobody was named; a name that fits nobody or several
    /// people is a usage error that says which.
    func person(in db: Database, _ words: Strings,
                environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Person? {
        guard let query = given(environment: environment) else { return nil }
        let source = actor != nil ? "--as" : "IDEA_TUI_USER"
        let found = PersonLookup.find(query, in: db.people)
        if case .found(let person) = found { return person }
        throw Failure("\(source): \(words.model.lookup(found) ?? query)", code: ExitCodes.usage)
    }

    /// The person named, or a usage error asking for one, saying who the change needs.
    func required(in db: Database, doing: CommandLineStrings.Doing, _ words: Strings) throws -> Person {
        guard let person = try person(in: db, words) else {
            throw Failure(words.cli.sayWho(doing), code: ExitCodes.usage)
        }
        return person
    }
}

/// A change from the command line made the way the terminal app makes it: on top of
/// whatever another idea-tui saved meanwhile. A rule it breaks is exit 65 with nothing
/// saved; a file that cannot be written 74; a busy file, or someone else's change to the
/// same thing meanwhile, 75 (run it again).
enum SessionChange {
    static func apply(_ command: Command, as actor: Person, _ db: Database, _ stamp: StoreStamp,
                      _ options: DatabaseOptions) throws -> EditSession.Saved {
        try apply([command], as: actor, db, stamp, options.store, options.strings)
    }

    static func apply(_ commands: [Command], as actor: Person, _ db: Database, _ stamp: StoreStamp,
                      _ store: any DatabaseStore, _ words: Strings) throws -> EditSession.Saved {
        var session = EditSession(database: db, stamp: stamp)
        let (now, today) = TerminalApp.clock()
        let outcome: EditSession.Outcome
        do throws(EditSession.Failure) {
            outcome = try session.apply(commands, context: CommandContext(actor: actor.id, now: now, today: today), store: store)
        } catch {
            switch error {
            case .store(let store): throw Failure(store, words)
            case .busy: throw Failure("\(store.name): \(words.model.failure(error))", code: ExitCodes.tryAgain)
            case .refused, .nothingToUndo, .nothingToRedo:
                throw Failure("\(store.name): \(words.model.failure(error))", code: ExitCodes.invalidData)
            }
        }
        switch outcome {
        case .saved(let saved):
            return saved
        case .conflict(let conflict):
            if case .rule(let violation, _) = conflict.clash {
                throw Failure("\(store.name): " + words.cli.notSaved(words.model.sentence(violation)), code: ExitCodes.invalidData)
            }
            let reasons = conflict.reasons.map(words.model.conflict).joined(separator: "; ")
            throw Failure("\(store.name): " + words.cli.changedMeanwhile(reasons), code: ExitCodes.tryAgain)
        }
    }
}
