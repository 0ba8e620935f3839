import ArgumentParser
import IdeaModel

/// `idea-tui validate`: loads the file with every check and says what it found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the database file and list every problem found (exit 65 if any)."
    )

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reporting {
            let (db, _, store) = try options.open()
            say(options.strings.cli.valid(store.name, db))
        }
    }
}
