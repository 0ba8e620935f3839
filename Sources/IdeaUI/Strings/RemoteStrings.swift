/// What an ssh login says when it refuses something (docs/ACCESS.md), in the client's
/// language (the LANG or LC_* its ssh sends).
public struct RemoteStrings: Sendable {
    /// "not allowed over ssh: <why>", exit 64.
    public var notAllowed: @Sendable (String) -> String
    public var emptyCommand: String
    /// The command given, and those that may run.
    public var unknownCommand: @Sendable (String, [String]) -> String
    /// An option the session sets itself (--db, --as, --output, --authorized-keys).
    public var fixedOption: @Sendable (String) -> String
    /// The mentors subcommand given, and those that may run.
    public var mentorsSubcommand: @Sendable (String, [String]) -> String
    public var scheduleWithoutAuto: String
    public var importOfServerFile: String
    public var unclosedQuote: @Sendable (Character) -> String
    public var trailingBackslash: String
    public var shellSyntax: @Sendable (Character) -> String
    /// The database, the person's name: only facilitators add ideas over ssh.
    public var onlyFacilitatorsImport: @Sendable (String, String) -> String
    /// The database, the person's name: only facilitators take contact details out.
    public var onlyFacilitatorsContacts: @Sendable (String, String) -> String
    /// The key's person id and the database's name: they are no longer in it.
    public var personGone: @Sendable (String, String) -> String
    /// The person's name and id: IDEA_TUI_USER was sent and not used.
    public var userVariableIgnored: @Sendable (String, String) -> String

    public static let en = RemoteStrings(
        notAllowed: { why in "not allowed over ssh: \(why)" },
        emptyCommand: "an empty command",
        unknownCommand: { given, allowed in
            "\u{201C}\(given)\u{201D} (over ssh: \(allowed.joined(separator: ", ")); or no command, for the terminal interface)"
        },
        fixedOption: { option in
            "\(option) (the session's database and person are fixed by the key you logged in with; export writes to standard output)"
        },
        mentorsSubcommand: { given, allowed in "mentors \(given) (over ssh: mentors \(allowed.joined(separator: "|")))" },
        scheduleWithoutAuto: "schedule without --auto (places by hand are set in the terminal interface)",
        importOfServerFile: "import of a file on the server; send the CSV on standard input: import --format csv - < FILE",
        unclosedQuote: { quote in "a quote (\(quote)) is not closed" },
        trailingBackslash: "the command ends in a backslash",
        shellSyntax: { c in
            "\u{201C}\(c)\u{201D}: no shell runs here, so there are no pipes, redirections, variables or wildcards; quote it if it is part of a word"
        },
        onlyFacilitatorsImport: { path, name in
            "\(path): only facilitators import ideas over ssh; \(name) is not a facilitator. Nothing was done."
        },
        onlyFacilitatorsContacts: { path, name in
            "\(path): only facilitators export people's contact details over ssh; \(name) is not a facilitator. Nothing was done."
        },
        personGone: { id, file in "idea-tui: \(id) is no longer in \(file), so this key lets nobody in; ask a facilitator." },
        userVariableIgnored: { name, id in "idea-tui: IDEA_TUI_USER is not used over ssh; you are \(name) (\(id)), as your key says." }
    )

    public static let lt = RemoteStrings(
        notAllowed: { why in "per SSH neleidžiama: \(why)" },
        emptyCommand: "tuščia komanda",
        unknownCommand: { given, allowed in
            "\u{201E}\(given)\u{201C} (per SSH galima: \(allowed.joined(separator: ", ")); arba jokios komandos – tada atsidaro terminalo sąsaja)"
        },
        fixedOption: { option in
            "\(option) (seanso duomenų bazę ir asmenį nustato raktas, kuriuo prisijungėte; eksportas rašomas į standartinę išvestį)"
        },
        mentorsSubcommand: { given, allowed in "mentors \(given) (per SSH galima: mentors \(allowed.joined(separator: "|")))" },
        scheduleWithoutAuto: "schedule be --auto (vietas ranka parenka terminalo sąsajoje)",
        importOfServerFile: "serverio failo importas; CSV siųskite standartine įvestimi: import --format csv - < FAILAS",
        unclosedQuote: { quote in "neuždaryta kabutė (\(quote))" },
        trailingBackslash: "komanda baigiasi kairiniu brūkšniu (\\)",
        shellSyntax: { c in
            "\u{201E}\(c)\u{201C}: čia neveikia jokia komandinė aplinka, todėl nėra kanalų, nukreipimų, kintamųjų ar šablonų; jei tai žodžio dalis, rašykite kabutėse"
        },
        onlyFacilitatorsImport: { path, name in
            "\(path): per SSH idėjas importuoti gali tik fasilitatoriai; \(name) nėra fasilitatorius. Nieko nepadaryta."
        },
        onlyFacilitatorsContacts: { path, name in
            "\(path): per SSH žmonių kontaktus eksportuoti gali tik fasilitatoriai; \(name) nėra fasilitatorius. Nieko nepadaryta."
        },
        personGone: { id, file in "idea-tui: \(id) nebėra faile \(file), todėl šiuo raktu prisijungti negali niekas; kreipkitės į fasilitatorių." },
        userVariableIgnored: { name, id in "idea-tui: per SSH IDEA_TUI_USER nenaudojamas; jūs esate \(name) (\(id)), kaip rodo jūsų raktas." }
    )
}
