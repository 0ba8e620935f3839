import IdeaUI

/// What `ssh kaunas@server WORDS…` may run: the command line's own subcommands that make
/// sense from afar, always on the session's database and, for changes, as the person of
/// the key. Everything else is refused (exit 64, "not allowed over ssh: …").
struct RemoteCommand: Equatable {
    /// The arguments to parse as if typed after `idea-tui`.
    var arguments: [String]
    /// What only facilitators may do over ssh, when this is it: add ideas from a
    /// spreadsheet (`import`), or take people's e-mail and phone out (`--include-contacts`:
    /// many of them are young people).
    var facilitatorsOnly: FacilitatorTask?

    enum FacilitatorTask: Equatable, CaseIterable {
        case importIdeas, exportContacts
    }

    /// Why a command may not run over ssh, said in the client's language.
    enum Refusal: Error, Equatable {
        case empty
        case unknown(String)
        case fixedOption(String)
        case mentorsSubcommand(String)
        case scheduleWithoutAuto
        case importOfServerFile

        func said(_ words: RemoteStrings) -> String {
            switch self {
            case .empty: return words.emptyCommand
            case .unknown(let given): return words.unknownCommand(given, RemoteCommand.allowed.keys.sorted())
            case .fixedOption(let option): return words.fixedOption(option)
            case .mentorsSubcommand(let given): return words.mentorsSubcommand(given, RemoteCommand.mentorSubcommands)
            case .scheduleWithoutAuto: return words.scheduleWithoutAuto
            case .importOfServerFile: return words.importOfServerFile
            }
        }
    }

    /// Options that choose the database, the person or a file on the server: the
    /// session decides those.
    static let forbiddenOptions = ["--db", "--as", "--output", "--authorized-keys"]

    /// The subcommands that may run, and whether they act as someone (get `--as`).
    static let allowed: [String: Bool] = ["list": false, "stats": false, "validate": false, "export": false,
                                          "mentors": true, "schedule": true, "import": true]
    static let mentorSubcommands = ["list", "suggest", "take", "release"]

    /// Turns the words of `SSH_ORIGINAL_COMMAND` into the arguments to run, adding the
    /// database and the person.
    static func plan(_ words: [String], database: String, person: String) throws(Refusal) -> RemoteCommand {
        guard let first = words.first else { throw .empty }
        guard let actsAsSomeone = allowed[first] else { throw .unknown(first) }
        for word in words {
            for option in forbiddenOptions where word == option || word.hasPrefix(option + "=") {
                throw .fixedOption(option)
            }
        }
        var path = [first]
        var rest = Array(words.dropFirst())
        switch first {
        case "mentors":
            if let sub = rest.first, !sub.hasPrefix("-") {
                guard mentorSubcommands.contains(sub) else { throw .mentorsSubcommand(sub) }
                path.append(sub)
                rest.removeFirst()
            } else {
                path.append("list")
            }
        case "schedule":
            guard rest.contains("--auto") || rest.contains("--help") || rest.contains("-h") else { throw .scheduleWithoutAuto }
        case "import":
            // The spreadsheet comes over the connection: a file on the server is not read.
            let files = rest.enumerated().filter { i, word in
                !word.hasPrefix("--") && !(i > 0 && rest[i - 1] == "--format")
            }.map(\.element)
            guard files == ["-"] || rest.contains("--help") || rest.contains("-h") else {
                throw .importOfServerFile
            }
        default:
            break
        }
        let acts = actsAsSomeone && path != ["mentors", "list"]
        let injected = ["--db", database] + (acts ? ["--as", person] : [])
        let only: FacilitatorTask? = first == "import" ? .importIdeas
            : first == "export" && rest.contains("--include-contacts") ? .exportContacts : nil
        return RemoteCommand(arguments: path + injected + rest, facilitatorsOnly: only)
    }
}
