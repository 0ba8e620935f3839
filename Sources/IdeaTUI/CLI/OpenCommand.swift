import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// `idea-tui` with no subcommand: the terminal interface.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal interface (the default)."
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption

    @Flag(name: .long, help: "Do not capture the mouse, so text can be selected.")
    var noMouse = false

    /// The language to use: `--lang`, else the first of LC_ALL, LC_MESSAGES, LANG that is
    /// set and not empty (lt_LT.UTF-8 → lt; anything else → en).
    func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        options.language.language(environment: environment)
    }

    func run() throws {
        try reporting {
            let (db, stamp, store) = try options.open()
            let actor = try who.person(in: db, options.strings)
            let code = try TerminalApp.run(database: db, stamp: stamp, store: store,
                                           mouse: !noMouse, lang: language(), actor: actor?.id)
            if code != 0 { throw ExitCode(code) }
        }
    }
}
