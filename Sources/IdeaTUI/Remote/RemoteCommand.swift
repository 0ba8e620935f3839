/// What `ssh kaunas@server WORDS…` may run: the command line's own subcommands that make
/// sense from afar, always on the session's database and, for changes, as the person of
/// the key. Everything else is refused (exit 64, "not allowed over ssh: …").
struct RemoteCommand: Equatable {
    /// The arguments to parse as if typed after `idea-tui`.
    var arguments: [String]
    /// What only facilitators may do over ssh, when this is it: add ideas from a
    /// spreadsheet (`import`), or take people's e-mail and phone out (`--include-contacts`:
    /// many of them are young people).
    var facilitatorsOnly: String?

    struct Refusal: Error, Equatable {
        var reason: String
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
        guard let first = words.first else { throw Refusal(reason: "an empty command") }
        guard let actsAsSomeone = allowed[first] else {
            throw Refusal(reason: "\u{201C}\(first)\u{201D} (over ssh: \(allowed.keys.sorted().joined(separator: ", ")); or no command, for the terminal interface)")
        }
        for word in words {
            for option in forbiddenOptions where word == option || word.hasPrefix(option + "=") {
                throw Refusal(reason: "\(option) (the session's database and person are fixed by the key you logged in with; export writes to standard output)")
            }
        }
        var path = [first]
        var rest = Array(words.dropFirst())
        switch first {
        case "mentors":
            if let sub = rest.first, !sub.hasPrefix("-") {
                guard mentorSubcommands.contains(sub) else {
                    throw Refusal(reason: "mentors \(sub) (over ssh: mentors \(mentorSubcommands.joined(separator: "|")))")
                }
                path.append(sub)
                rest.removeFirst()
            } else {
                path.append("list")
            }
        case "schedule":
            guard rest.contains("--auto") || rest.contains("--help") || rest.contains("-h") else {
                throw Refusal(reason: "schedule without --auto (places by hand are set in the terminal interface)")
            }
        case "import":
            // The spreadsheet comes over the connection: a file on the server is not read.
            let files = rest.enumerated().filter { i, word in
                !word.hasPrefix("--") && !(i > 0 && rest[i - 1] == "--format")
            }.map(\.element)
            guard files == ["-"] || rest.contains("--help") || rest.contains("-h") else {
                throw Refusal(reason: "import of a file on the server; send the CSV on standard input: import --format csv - < FILE")
            }
        default:
            break
        }
        let acts = actsAsSomeone && path != ["mentors", "list"]
        let injected = ["--db", database] + (acts ? ["--as", person] : [])
        let only = first == "import" ? "import ideas"
            : first == "export" && rest.contains("--include-contacts") ? "export people's contact details" : nil
        return RemoteCommand(arguments: path + injected + rest, facilitatorsOnly: only)
    }
}
