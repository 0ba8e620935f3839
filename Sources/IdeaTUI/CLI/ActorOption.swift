import ArgumentParser
import Foundation
import IdeaModel

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
    func person(in db: Database, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Person? {
        guard let query = given(environment: environment) else { return nil }
        let source = actor != nil ? "--as" : "IDEA_TUI_USER"
        switch PersonLookup.find(query, in: db.people) {
        case .found(let person): return person
        case let other:
            throw Failure("\(source): \(other.problem ?? "no such person")", code: ExitCodes.usage)
        }
    }

    /// The person named, or a usage error asking for one: `doing` completes "say who …"
    /// ("is importing").
    func required(in db: Database, doing: String) throws -> Person {
        guard let person = try person(in: db) else {
            throw Failure("say who \(doing) with --as NAME (or IDEA_TUI_USER): the log records who made each change.", code: ExitCodes.usage)
        }
        return person
    }
}

/// A change from the command line made the way the terminal app makes it: on top of
/// whatever another idea-tui saved meanwhile. A rule it breaks is exit 65 with nothing
/// saved; a file that cannot be written 74; a busy file, or someone else's change to the
/// same thing meanwhile, 75 (run it again).
enum SessionChange {
    static func apply(_ command: Command, as actor: Person, _ db: Database, _ stamp: DatabaseFile.Stamp,
                      _ options: DatabaseOptions) throws -> EditSession.Saved {
        try apply([command], as: actor, db, stamp, options.file)
    }

    static func apply(_ commands: [Command], as actor: Person, _ db: Database, _ stamp: DatabaseFile.Stamp,
                      _ file: DatabaseFile) throws -> EditSession.Saved {
        var session = EditSession(database: db, stamp: stamp)
        let (now, today) = TerminalApp.clock()
        let outcome: EditSession.Outcome
        do throws(EditSession.Failure) {
            outcome = try session.apply(commands, context: CommandContext(actor: actor.id, now: now, today: today), file: file)
        } catch {
            switch error {
            case .store(let store): throw Failure(store)
            case .busy: throw Failure("\(file.name): \(error.description)", code: ExitCodes.tryAgain)
            case .refused, .nothingToUndo, .nothingToRedo:
                throw Failure("\(file.name): \(error.description)", code: ExitCodes.invalidData)
            }
        }
        switch outcome {
        case .saved(let saved):
            return saved
        case .conflict(let conflict):
            if case .rule(let violation, _) = conflict.clash {
                throw Failure("\(file.name): not saved: \(violation.message)", code: ExitCodes.invalidData)
            }
            throw Failure("\(file.name): not saved: someone else changed this meanwhile: " + conflict.reasons.joined(separator: "; ") + "; run it again.",
                          code: ExitCodes.tryAgain)
        }
    }
}
