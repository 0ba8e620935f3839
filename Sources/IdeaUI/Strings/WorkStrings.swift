/// The words of long work run off the key loop (the auto-scheduler, the mentor
/// suggestion, a save): the progress line, cancelling, and the keys that wait.
public struct WorkStrings: Sendable {
    /// "Scheduling 1,000 ready ideas".
    public var scheduling: @Sendable (Int) -> String
    /// "Suggesting mentors for 12 teams".
    public var suggesting: @Sendable (Int) -> String
    public var saving: String
    /// "41%".
    public var percent: @Sendable (Int) -> String
    /// Tenths of a second: "2.1 s".
    public var seconds: @Sendable (Int) -> String
    /// Keys pressed during a save, done once it ends: "2 keys wait".
    public var keysWait: @Sendable (Int) -> String
    public var scheduleCancelled: String
    public var suggestionCancelled: String
    /// After Q: stopped, and what quits now.
    public var quitAgain: String
    public var cannotStopSaving: String
    /// A key that must wait for the work's end, refused.
    public var stillScheduling: String
    public var stillSuggesting: String

    public static func of(_ lang: Lang) -> WorkStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }

    public static let en = WorkStrings(
        scheduling: { n in "Scheduling \(Strings.grouped(n, ",")) ready \(n == 1 ? "idea" : "ideas")" },
        suggesting: { n in "Suggesting mentors for \(Strings.grouped(n, ",")) \(n == 1 ? "team" : "teams")" },
        saving: "Saving",
        percent: { "\($0)%" },
        seconds: { tenths in "\(tenths / 10).\(tenths % 10) s" },
        keysWait: { n in "\(n) \(n == 1 ? "key waits" : "keys wait") for it" },
        scheduleCancelled: "Automatic scheduling cancelled; nothing was changed.",
        suggestionCancelled: "Mentor suggestion cancelled; nothing was changed.",
        quitAgain: "Q again quits.",
        cannotStopSaving: "Saving cannot be stopped now: the file is written whole or not at all.",
        stillScheduling: "Still scheduling: until it ends only moving around and switching screens work; Esc cancels it.",
        stillSuggesting: "Still looking for mentors: until it ends only moving around and switching screens work; Esc cancels it."
    )

    public static let lt = WorkStrings(
        scheduling: { n in
            let count = Strings.grouped(n, " ")
            return Strings.lithuanianPlural(n, "Planuojama \(count) paruošta idėja", "Planuojamos \(count) paruoštos idėjos",
                                            "Planuojama \(count) paruoštų idėjų")
        },
        suggesting: { n in "Ieškoma mentorių \(Strings.grouped(n, " ")) " + Strings.lithuanianPlural(n, "komandai", "komandoms", "komandų") },
        saving: "Išsaugoma",
        percent: { "\($0) %" },
        seconds: { tenths in "\(tenths / 10),\(tenths % 10) s" },
        keysWait: { n in "\(n) " + Strings.lithuanianPlural(n, "klavišas laukia", "klavišai laukia", "klavišų laukia") + " pabaigos" },
        scheduleCancelled: "Automatinis planavimas atšauktas; nieko nepakeista.",
        suggestionCancelled: "Mentorių paieška atšaukta; nieko nepakeista.",
        quitAgain: "Dar kartą Q – išeiti.",
        cannotStopSaving: "Išsaugojimo dabar sustabdyti negalima: failas įrašomas visas arba visai neįrašomas.",
        stillScheduling: "Dar planuojama: kol baigsis, veikia tik judėjimas ir ekranų perjungimas; Esc atšaukia.",
        stillSuggesting: "Dar ieškoma mentorių: kol baigsis, veikia tik judėjimas ir ekranų perjungimas; Esc atšaukia."
    )
}
