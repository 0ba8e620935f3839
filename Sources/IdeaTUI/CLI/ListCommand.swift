import ArgumentParser
import IdeaModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "list")
    @OptionGroup var options: DatabaseOptions
    func run() throws {}
}
