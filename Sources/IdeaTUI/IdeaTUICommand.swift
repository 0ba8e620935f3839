import ArgumentParser
import Foundation
import IdeaUI

@main
struct IdeaTUICommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "idea-tui",
        abstract: "Kaunas Ideas: move city ideas from a first sketch to the festival \"100 in 1 day\".",
        discussion: """
        Without a subcommand, opens the terminal interface on the database.

        Exit codes:
          0   ok
          64  usage
          65  invalid data
          66  missing file (PostgreSQL: no such database, or no idea-tui tables)
          69  PostgreSQL: the server cannot be reached, or the connection was lost
          74  input/output error (including output that could not be written)
          75  busy (locked by another program, or changed meanwhile): run it again
          77  over ssh: the key's person is no longer in the database;
              PostgreSQL: the server refused the user
        """,
        version: version,
        subcommands: [OpenCommand.self, ValidateCommand.self, StatsCommand.self, ListCommand.self, ExportCommand.self, ImportCommand.self, MentorsCommand.self, ScheduleCommand.self, GenerateCommand.self, DbCommand.self, AccessCommand.self, SshSessionCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command, then makes sure everything it printed reached its destination: a
    /// full disk or /dev/full behind standard output is an error (74), not a cut file.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
        if let problem = StandardOutput.finish() {
            let words = Strings.of(LanguageOption.language(arguments: CommandLine.arguments))
            FileHandle.standardError.write(Data((words.cli.standardOutput(words.model.io(problem)) + "\n").utf8))
            Foundation.exit(ExitCodes.ioError)
        }
    }
}
