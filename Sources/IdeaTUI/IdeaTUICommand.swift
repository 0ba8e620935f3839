import ArgumentParser

@main
struct IdeaTUICommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "idea-tui",
        abstract: "Kaunas Ideas: move city ideas from a first sketch to the festival \"100 in 1 day\".",
        discussion: """
        Without a subcommand, opens the terminal interface on the database.
        Exit codes: 0 ok, 64 usage, 65 invalid data, 66 missing file, 74 input/output error.
        """,
        version: version,
        subcommands: [OpenCommand.self, ValidateCommand.self, StatsCommand.self, ListCommand.self, ExportCommand.self, ImportCommand.self, MentorsCommand.self, ScheduleCommand.self, GenerateCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
