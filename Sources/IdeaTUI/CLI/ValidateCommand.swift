import ArgumentParser
import IdeaModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "validate")
    @OptionGroup var options: DatabaseOptions
    func run() throws {}
}
