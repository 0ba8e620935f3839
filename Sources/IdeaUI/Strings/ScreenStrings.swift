import IdeaModel

/// The words that explain the screens: the keys of windows, the help's notes, search
/// and the text filter, the message log, the sectors' balance, the mentors' fit and the
/// rules of a place on the festival grid, for one language.
public struct ScreenStrings: Sendable {
    // Key words: a short label for the status line and a line for the help.
    public var textFilter: String
    public var textFilterHelp: String
    public var choose: String
    public var chooseHelp: String
    public var tick: String
    public var tickHelp: String
    public var keepDrop: String
    public var keepDropHelp: String
    public var assignKept: String
    public var assignKeptHelp: String
    public var yes: String
    public var yesHelp: String
    public var no: String
    public var noHelp: String
    public var done: String
    public var doneHelp: String
    public var clearLine: String
    public var clearLineHelp: String
    public var messages: String
    public var messagesHelp: String
    public var closeTheHelp: String

    // The help's notes, by what the help is about.
    public var helpNotesTitle: String
    public var noteTyped: String
    public var noteLists: String
    public var noteTyping: String
    public var noteChecklist: String
    public var noteSuggestions: String
    public var noteForm: String
    public var notePicker: String
    public var notePlacePicker: String
    public var notePrompt: String
    public var noteDashboard: @Sendable (Int) -> String
    public var noteMentoring: String
    /// The grid's symbols, each with what it means (a mark of "" is a paragraph).
    public var noteGrid: @Sendable (Int) -> [(String, String)]

    // The message log.
    public var messagesTitle: String
    public var noMessages: String

    // Search and the text filter.
    public var textFilterPrompt: String
    /// The filter as the bar and the filter window name it: "contains “darž”".
    public var textContains: @Sendable (String) -> String
    public var textHeading: String
    public var textItemEmpty: String
    public var textItemSet: @Sendable (String) -> String
    public var searchAt: @Sendable (String, Int, Int) -> String
    public var searchCount: @Sendable (String, Int) -> String
    public var searchNone: @Sendable (String) -> String

    // The sectors' balance.
    public var balanceScheduled: String
    public var balanceReady: String
    public var balanceScheduledShort: String
    public var balanceReadyShort: String
    /// Before the sectors in the festival grid's header.
    public var balanceLegend: String
    public var behindMark: String

    // The mentor home.
    public var fitLegend: String
    public var couldTake: @Sendable (Int) -> String
    /// A reason of a fit with its points: "sector: youth +2".
    public var points: @Sendable (Int) -> String

    // The place picker.
    public var colLength: String
    public var colAudience: String
    public var colDistricts: String
    public var colHere: String
    public var fits: String
    public var fitsHere: String
    public var problemShort: @Sendable (PlacementProblem, Strings) -> String
    public var problemLong: @Sendable (PlacementProblem, Strings) -> String

    public static func of(_ lang: Lang) -> ScreenStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}

extension ScreenStrings {
    /// A fit's points, from the model's weights, so the legend cannot disagree with the score.
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "+0" }

    public static let en = ScreenStrings(
        textFilter: "text", textFilterHelp: "filter: keep only the rows that contain a text (F clears it)",
        choose: "choose", chooseHelp: "choose the selected item",
        tick: "tick", tickHelp: "tick or untick the selected filter (it applies at once)",
        keepDrop: "keep/drop", keepDropHelp: "keep or drop the selected suggestion",
        assignKept: "assign kept", assignKeptHelp: "assign the kept suggestions (each its own undo)",
        yes: "yes", yesHelp: "yes: do it",
        no: "no", noHelp: "no: change nothing",
        done: "done", doneHelp: "keep what is typed and close the line",
        clearLine: "clear", clearLineHelp: "empty the line",
        messages: "messages", messagesHelp: "the last messages of the status line, in full",
        closeTheHelp: "close this help",
        helpNotesTitle: "Good to know",
        noteTyped: "Here ? types a question mark, except at the start of an empty line (or on a list field), where it shows this help; F1 always does.",
        noteLists: "/ searches: it moves between the matches (n, N) and hides nothing. A filter narrows the list: f ticks filters, \\ keeps the rows that contain a text; the filters in force show above the list and F clears them all.",
        noteTyping: "A search stops at each match as you type; Enter stays there, Esc goes back. A text filter narrows the list as you type; Enter keeps it, Esc puts back the one before.",
        noteChecklist: "Filters of one kind match any of them (team or mentored); filters of different kinds must all match. A tick applies at once; the filters in force show above the list.",
        noteSuggestions: "Each line is a suggested mentor with the fit and why; ticked ones are kept. Nothing changes until a assigns them.",
        noteForm: "In a text field: ←/→ by letter, Ctrl-←/→ by word, Home/End, Ctrl-W deletes a word, Ctrl-U/Ctrl-K the rest of the line; ↑/↓ or Enter go to the field above or below. On a list field (▾) Enter or Space opens its list and Backspace empties it.",
        notePicker: "Type to narrow the list (case and diacritics ignored). ↑/↓ move, Enter chooses; where several may be chosen, Tab marks one and Enter takes the marked ones.",
        notePlacePicker: "✓ fits the cursor's venue and time; ✗ names the first rule the idea would break there (choosing it names them all). Ideas that fit come first; the foot says the selected one's reason in full.",
        notePrompt: "Type the answer: it goes into the history. Enter gives it, Esc changes nothing.",
        noteDashboard: { points in
            "Sectors: “ideas” counts every idea with the sector; “scheduled” the interventions on the festival grid with it and their share of all interventions; “ready+” its share of the ideas ready, scheduled or delivered. An idea with several sectors counts in each, so shares add up to more than 100%. ▼ marks a sector that is behind: its scheduled share is more than \(points) points below its ready+ share. “Active teams with no mentor”: teams of ideas still in progress that have no mentor at all."
        },
        noteMentoring: "Fit: each of your expertise among the idea's tags and each skill an open role wants, each sector you share, a district you like, less for each mentor the team already has; every reason shows its points. “Teams you could take on”: teams from the team stage to ready with room for another mentor, including teams that have one.",
        noteGrid: { points in [
            ("✓", "delivered (the mark starts its block)"),
            ("!", "pinned: auto-scheduling keeps it where it is"),
            ("   ·", "an open column at that venue, one dot each"),
            ("····", "the venue is closed then"),
            ("■", "a ready idea still waiting for a place (in the list beside or below the grid)"),
            ("", "A block is an intervention, in its idea's first sector's colour. The reversed cell is the cursor; an underlined block is the intervention being moved."),
            ("", "Header: each sector's share of the scheduled interventions / its share of the ideas ready or later; ▼ behind by more than \(points) points."),
        ] },
        messagesTitle: "Messages, newest first",
        noMessages: "no messages yet",
        textFilterPrompt: "Filter, text contains: ",
        textContains: { text in "contains “\(text)”" },
        textHeading: "Text",
        textItemEmpty: "contains… (type a text, \\)",
        textItemSet: { text in "contains “\(text)” (\\ to change)" },
        searchAt: { q, i, n in "/\(q) · match \(i) of \(n)" },
        searchCount: { q, n in n == 1 ? "/\(q) · 1 match" : "/\(q) · \(n) matches" },
        searchNone: { q in "/\(q) · no match" },
        balanceScheduled: "scheduled", balanceReady: "ready+",
        balanceScheduledShort: "sched.", balanceReadyShort: "ready+",
        balanceLegend: "% scheduled/ready+:",
        behindMark: "▼",
        fitLegend: "fit: " + signed(MentorFit.Points.tag) + " your expertise in the idea's tags, "
            + signed(MentorFit.Points.skill) + " in an open role's skills, " + signed(MentorFit.Points.sector) + " a shared sector, "
            + signed(MentorFit.Points.district) + " a district you like, " + signed(MentorFit.Points.perMentor) + " per mentor it has",
        couldTake: { most in "teams from the team stage to ready with room for another mentor (at most \(most))" },
        points: { n in signed(n) },
        colLength: "Length", colAudience: "Audience", colDistricts: "Districts", colHere: "Here",
        fits: "✓ fits", fitsHere: "✓ fits here: Enter places it",
        problemShort: { problem, s in
            switch problem {
            case .noPlan: return "no plan"
            case .offGrid, .lengthOffGrid: return "off the grid"
            case .outsideDay: return "past the day"
            case .venueClosed(_, let opens, let closes): return "open \(opens.text)–\(closes.text)"
            case .tooSmall(_, let holds, _): return "holds \(holds)"
            case .missingFeatures(_, let features): return "no " + features.map(s.feature).joined(separator: ", ")
            case .tooEarly(let earliest): return "from \(earliest.text)"
            case .tooLate(let latest): return "ends by \(latest.text)"
            case .clash: return "taken"
            case .personBusy: return "person busy"
            case .travelFrom, .travelTo: return "travel time"
            }
        },
        problemLong: { problem, _ in problem.english }
    )
}
