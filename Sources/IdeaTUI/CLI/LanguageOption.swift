import ArgumentParser
import Foundation
import IdeaUI

/// `--lang lt|en`, shared by every command: the language of its messages, refusals,
/// errors and tables, and of an export's words. Without it, the first of LC_ALL,
/// LC_MESSAGES and LANG that is set decides (lt_LT.UTF-8 → lt; anything else → en).
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language of messages, tables and exported words: lt or en (default: from LC_ALL, LC_MESSAGES or LANG).", valueName: "lt|en"))
    var lang: String?

    func validate() throws {
        if let lang, Lang(rawValue: lang) == nil {
            throw ValidationError(Strings.of(Self.language(fromLocale: ProcessInfo.processInfo.environment)).cli.badLang(lang))
        }
    }

    /// The language to use: `--lang`, else the locale variables.
    func language(environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        if let lang, let chosen = Lang(rawValue: lang) { return chosen }
        return Self.language(fromLocale: environment)
    }

    /// Every word of this language.
    var strings: Strings { Strings.of(language()) }

    static func language(fromLocale environment: [String: String]) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return Lang.from(locale: locale)
    }

    /// The language the arguments ask for, read without parsing them: for what is said
    /// after the command has run (a standard output that could not be written).
    static func language(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Lang {
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count, let lang = Lang(rawValue: arguments[i + 1]) { return lang }
            if argument.hasPrefix("--lang="), let lang = Lang(rawValue: String(argument.dropFirst(7))) { return lang }
        }
        return language(fromLocale: environment)
    }
}
