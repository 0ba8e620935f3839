import ArgumentParser
import IdeaModel

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "stats")
    @OptionGroup var options: DatabaseOptions
    func run() throws {}
}
