/// The words of saving going wrong, and of putting it right: a failed save, a change that
/// no longer fits, making room, a kept draft, a lock another program holds.
public struct SavingStrings: Sendable {
    /// The message when a save failed: why, and that nothing typed is lost.
    public var notSavedTextKept: @Sendable (String) -> String
    public var notSavedTitle: String
    public var savedAsOne: @Sendable (Int) -> String
    public var keptTheirsFormBack: String

    // A change that no longer fits a rule.
    public var ruleTitle: String
    public var ruleIntro: @Sendable (String) -> String
    public var roomInTeam: @Sendable (String) -> String
    public var roomForMentor: @Sendable (String) -> String
    public var nothingMakesRoom: String
    public var makeRoom: String
    public var makeRoomHelp: String
    public var cancelChange: String
    public var cancelChangeHelp: String
    public var whoGoes: String
    public var whichTeamGoes: String
    public var whyNoLonger: @Sendable (String, String) -> String
    /// A record's field, named for people ("mentorIds" → "mentors").
    public var field: @Sendable (String) -> String
    public var none: String

    // Drafts kept when the app was closed with a form open.
    public var draftTitle: String
    public var draftFound: @Sendable (String, String) -> String
    public var draftQuestion: String
    public var draftDropped: String
    public var draftGone: String

    public var openDraft: String
    public var openDraftHelp: String
    public var dropDraft: String
    public var dropDraftHelp: String
    public var later: String
    public var laterHelp: String

    /// While another program holds the file's lock.
    public var waitingForLock: @Sendable (String) -> String

    public static func of(_ lang: Lang) -> SavingStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }

    static let enFields: [String: String] = [
        "mentorIds": "mentors", "members": "members", "leadId": "lead", "stage": "stage", "history": "history",
        "title": "title", "summary": "summary", "openRoles": "open roles", "invitations": "invitations",
        "plan": "plan", "start": "start", "end": "end", "venueId": "venue", "pinned": "pinned", "trackId": "track",
        "discussions": "discussions", "attendance": "attendance", "capacity": "capacity", "sectors": "sectors",
    ]
    static let ltFields: [String: String] = [
        "mentorIds": "mentoriai", "members": "nariai", "leadId": "vadovas", "stage": "etapas", "history": "istorija",
        "title": "pavadinimas", "summary": "santrauka", "openRoles": "laisvi vaidmenys", "invitations": "kvietimai",
        "plan": "planas", "start": "pradžia", "end": "pabaiga", "venueId": "vieta", "pinned": "prisegta", "trackId": "programa",
        "discussions": "aptarimai", "attendance": "lankomumas", "capacity": "talpa", "sectors": "sektoriai",
    ]

    public static let en = SavingStrings(
        notSavedTextKept: { why in "not saved: \(why) Your text is still here; Ctrl-S tries again." },
        notSavedTitle: "Not saved",
        savedAsOne: { n in "saved \(n) changes as one (u undoes them together)" },
        keptTheirsFormBack: "kept the version in the file; your form is back: check it and save again",
        ruleTitle: "Your change no longer fits",
        ruleIntro: { summary in "Your change (\(summary)) no longer fits what was saved in the file meanwhile:" },
        roomInTeam: { names in "To make room, one of the team's mentors can go: \(names)." },
        roomForMentor: { teams in "To make room, the mentor can let one of their teams go: \(teams)." },
        nothingMakesRoom: "Nothing here can make room: cancel, or change what is in the way first.",
        makeRoom: "make room", makeRoomHelp: "let one go to make room for your change (asks who and why)",
        cancelChange: "cancel", cancelChangeHelp: "keep the file as it is; your change is not made",
        whoGoes: "Who goes to make room?",
        whichTeamGoes: "Which team does the mentor let go?",
        whyNoLonger: { name, team in "Why does \(name) no longer mentor \(team)?" },
        field: { key in enFields[key] ?? key },
        none: "(none)",
        draftTitle: "Unsaved draft",
        draftFound: { form, when in "\(form): this form had unsaved text when idea-tui was closed (\(when)). The text was kept." },
        draftQuestion: "y: open it again · d: throw it away · any other key: later",
        draftDropped: "the draft was thrown away",
        draftGone: "the draft's record is gone; the draft was kept in its file",
        openDraft: "open it", openDraftHelp: "open the kept form again, as it was",
        dropDraft: "throw away", dropDraftHelp: "throw the kept draft away",
        later: "later", laterHelp: "keep the draft for the next start",
        waitingForLock: { who in "waiting for \(who) to finish saving…" }
    )

    public static let lt = SavingStrings(
        notSavedTextKept: { why in "neišsaugota: \(why) Jūsų tekstas liko; Ctrl-S bando dar kartą." },
        notSavedTitle: "Neišsaugota",
        savedAsOne: { n in "išsaugota pakeitimų kaip vienas: \(n) (u atšaukia juos kartu)" },
        keptTheirsFormBack: "palikta faile esanti versija; jūsų forma grąžinta: patikrinkite ir išsaugokite dar kartą",
        ruleTitle: "Jūsų pakeitimas nebetinka",
        ruleIntro: { summary in "Jūsų pakeitimas (\(summary)) nebetinka tam, kas per tą laiką išsaugota faile:" },
        roomInTeam: { names in "Kad atsirastų vietos, gali pasitraukti vienas komandos mentorius: \(names)." },
        roomForMentor: { teams in "Kad atsirastų vietos, mentorius gali atsisakyti vienos savo komandos: \(teams)." },
        nothingMakesRoom: "Čia niekas negali atlaisvinti vietos: atšaukite arba pirma pakeiskite tai, kas trukdo.",
        makeRoom: "atlaisvinti", makeRoomHelp: "atlaisvinti vietą jūsų pakeitimui (paklaus, kas ir kodėl)",
        cancelChange: "atšaukti", cancelChangeHelp: "palikti failą kaip yra; jūsų pakeitimas nedaromas",
        whoGoes: "Kas pasitraukia, kad atsirastų vietos?",
        whichTeamGoes: "Kurią komandą mentorius palieka?",
        whyNoLonger: { name, team in "Kodėl \(name) palieka komandą „\(team)“?" },
        field: { key in ltFields[key] ?? key },
        none: "(nėra)",
        draftTitle: "Neišsaugotas juodraštis",
        draftFound: { form, when in "\(form): šioje formoje buvo neišsaugoto teksto, kai idea-tui buvo uždaryta (\(when)). Tekstas išsaugotas." },
        draftQuestion: "y: atverti vėl · d: išmesti · kitas klavišas: vėliau",
        draftDropped: "juodraštis išmestas",
        draftGone: "juodraščio įrašo nebėra; juodraštis paliktas savo faile",
        openDraft: "atverti", openDraftHelp: "vėl atverti išsaugotą formą tokią, kokia buvo",
        dropDraft: "išmesti", dropDraftHelp: "išmesti išsaugotą juodraštį",
        later: "vėliau", laterHelp: "palikti juodraštį kitam paleidimui",
        waitingForLock: { who in "laukiama, kol \(who) baigs išsaugoti…" }
    )
}
