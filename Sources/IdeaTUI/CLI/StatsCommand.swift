import ArgumentParser
import IdeaModel
import IdeaUI

/// `idea-tui stats`: the figures of the dashboard, as text.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts by stage, sector and district; mentors' load; festival progress."
    )

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            say(StatsReport.text(DatabaseStats(db), db: db, options.strings), terminator: "")
        }
    }
}

/// The text of `idea-tui stats`, kept apart from the command so tests can read it.
enum StatsReport {
    static func text(_ s: DatabaseStats, db: Database, _ words: Strings = .en) -> String {
        words.cli.stats(s, db, words)
    }
}
