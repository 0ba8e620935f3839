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

    @Option(name: .long, help: ArgumentHelp("The interface language: lt or en (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lt|en"))
    var lang: String?

    func validate() throws {
        if let lang, Lang(rawValue: lang) == nil {
            throw ValidationError("--lang must be lt (Lithuanian) or en (English), not \"\(lang)\"")
        }
    }

    /// The language to use: `--lang`, else the first of LC_ALL, LC_MESSAGES, LANG that is
    /// set and not empty (lt_LT.UTF-8 → lt; anything else → en).
    func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        if let lang, let chosen = Lang(rawValue: lang) { return chosen }
        return OpenCommand.language(fromLocale: environment)
    }

    static func language(fromLocale environment: [String: String]) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return Lang.from(locale: locale)
    }

    func run() throws {
        try reporting {
            let (db, stamp, file) = try options.open()
            let actor = try who.person(in: db)
            let code = try TerminalApp.run(database: db, stamp: stamp, file: file,
                                           mouse: !noMouse, lang: language(), actor: actor?.id)
            if code != 0 { throw ExitCode(code) }
        }
    }
}
