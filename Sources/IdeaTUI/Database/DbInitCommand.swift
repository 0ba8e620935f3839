import ArgumentParser
import IdeaModel
import IdeaPostgres
import IdeaUI

/// `idea-tui db init URL`: makes idea-tui's tables in a database (or brings older ones up
/// to date); harmless when they are already there; refuses a newer schema.
struct DbInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create idea-tui's tables in a PostgreSQL database (harmless when they are there already)."
    )

    @Argument(help: ArgumentHelp("The database: postgresql://USER@HOST:PORT/DBNAME?sslmode=…", valueName: "url"))
    var url: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        try reporting {
            let words = language.strings
            do throws(DatabaseServerError) {
                let location = try ServerAddress.location(url)
                let connection = try ServerConnection.open(location, credentials: ServerAddress.credentials(for: location))
                defer { connection.close() }
                switch try connection.setUpSchema(program: ServerAddress.program) {
                case .created(let version): say(words.server.created(location.name, version))
                case .upToDate(let version): say(words.server.upToDate(location.name, version))
                case .upgraded(let from, let to): say(words.server.upgraded(location.name, from, to))
                }
            } catch {
                throw Failure(error, words)
            }
        }
    }
}
