/// The words of live updates: what another person's save changed, a file that could not
/// be read after someone else wrote it, and an open record that was removed.
public struct LiveStrings: Sendable {
    /// "Goda Adomaitienė: took team-0005 on" (the log entry's own words).
    public var oneChange: @Sendable (String, String) -> String
    /// "3 changes by Goda Adomaitienė and 1 other".
    public var changes: @Sendable (Int, String) -> String
    /// "Goda Adomaitienė and 2 others".
    public var someoneAndOthers: @Sendable (String, Int) -> String
    /// Changed by a program that writes no log entry (an editor, a copy).
    public var changedOutside: String
    /// The file changed but does not load: why, and that the last good version stays.
    public var unreadable: @Sendable (String) -> String
    /// The file is back to the version shown (after it could not be read).
    public var readableAgain: String
    /// "… and 2 more problems".
    public var moreProblems: @Sendable (Int) -> String
    public var anotherProgram: String
    public var removedTitle: String
    /// "“Žalias kiemas” was removed by Goda Adomaitienė."
    public var removed: @Sendable (String, String) -> String
    public var wentBack: String
    /// The help's note on the mark of a changed row.
    public var noteMarked: String

    public static func of(_ lang: Lang) -> LiveStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }

    public static let en = LiveStrings(
        oneChange: { who, what in "\(who): \(what)" },
        changes: { n, who in "\(n) \(n == 1 ? "change" : "changes") by \(who)" },
        someoneAndOthers: { name, n in "\(name) and \(n) \(n == 1 ? "other" : "others")" },
        changedOutside: "the file was changed outside idea-tui; showing its new version",
        unreadable: { why in "the file changed but could not be read (\(why)); still showing the last version read" },
        readableAgain: "the file can be read again; nothing else changed",
        moreProblems: { n in "and \(n) more \(n == 1 ? "problem" : "problems")" },
        anotherProgram: "another program",
        removedTitle: "Removed",
        removed: { what, who in "“\(what)” was removed by \(who)." },
        wentBack: "Back on the screen before it.",
        noteMarked: "marks a row someone else changed in the last few seconds."
    )

    public static let lt = LiveStrings(
        oneChange: { who, what in "\(who): \(what)" },
        changes: { n, who in "\(who): \(n) " + Strings.lithuanianPlural(n, "pakeitimas", "pakeitimai", "pakeitimų") },
        someoneAndOthers: { name, n in "\(name) ir dar \(n) " + Strings.lithuanianPlural(n, "žmogus", "žmonės", "žmonių") },
        changedOutside: "failas pakeistas ne per idea-tui; rodoma nauja jo versija",
        unreadable: { why in "failas pasikeitė, bet jo nepavyko perskaityti (\(why)); rodoma paskutinė perskaityta versija" },
        readableAgain: "failą vėl galima perskaityti; daugiau niekas nepasikeitė",
        moreProblems: { n in "ir dar \(n) " + Strings.lithuanianPlural(n, "problema", "problemos", "problemų") },
        anotherProgram: "kita programa",
        removedTitle: "Pašalinta",
        removed: { what, who in "„\(what)“ pašalino \(who)." },
        wentBack: "Grąžinta į ankstesnį ekraną.",
        noteMarked: "žymi eilutę, kurią kas nors kitas pakeitė per paskutines kelias sekundes."
    )
}
