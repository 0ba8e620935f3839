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
}
