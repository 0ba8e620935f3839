import ArgumentParser
import IdeaModel

/// `idea-tui` with no subcommand: the terminal interface.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal interface (the default)."
    )

    @OptionGroup var options: DatabaseOptions

    @Flag(name: .long, help: "Do not capture the mouse, so text can be selected.")
    var noMouse = false

    func run() throws {
        try reporting {
            let (db, stamp) = try options.load()
            let code = try TerminalApp.run(database: db, stamp: stamp, path: options.path, mouse: !noMouse)
            if code != 0 { throw ExitCode(code) }
        }
    }
}
