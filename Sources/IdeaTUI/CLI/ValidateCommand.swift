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
            let (db, _, file) = try options.open()
            say("\(file.name): valid. \(db.ideas.count) ideas, \(db.people.count) people, \(db.teams.count) teams, "
                + "\(db.venues.count) venues, \(db.festival.slots.count) of \(db.festival.target) festival slots filled.")
        }
    }
}
