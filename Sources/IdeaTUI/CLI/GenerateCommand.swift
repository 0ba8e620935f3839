import ArgumentParser
import IdeaModel

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "generate")
    @OptionGroup var options: DatabaseOptions
    func run() throws {}
}
