import ArgumentParser
import Foundation
import IdeaModel

/// `--db PATH`, shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $IDEAS_DB, else ./ideas.db.json).", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["IDEAS_DB"], !env.isEmpty { return env }
        return "ideas.db.json"
    }

    /// Loads the database, or prints why not and exits with the matching code.
    func load() throws -> (Database, DatabaseFile.Stamp) {
        let file = DatabaseFile(path: path)
        do {
            return try file.load()
        } catch {
            throw Failure(error)
        }
    }
}
