import IdeaModel

/// The command line's own words (`idea-tui validate`, `stats`, `list`, `mentors`,
/// `schedule`, `import`, `export`, `generate`): its summaries, table headings and errors.
/// Machine formats (JSON, CSV column keys, exported data) do not come from here.
public struct CommandLineStrings: Sendable {
    /// Who a change needs ("say who is importing with --as NAME …").
    public enum Doing: Sendable { case importing, assigning, scheduling, mentoring }

    // Options and usage.
    public var badLang: @Sendable (String) -> String
    public var sayWho: @Sendable (Doing) -> String
    public var excelIsForCSV: String
    public var addAuto: String
    public var ideasRange: @Sendable (Int) -> String
    public var readyWithVenues: String
    public var readyRange: @Sendable (Int) -> String
    public var venuesRange: @Sendable (Int) -> String
    public var venuesOrLoad: String
    public var loadRange: @Sendable (Double) -> String
    public var festivalDayFormat: @Sendable (String) -> String
    public var unknownStage: @Sendable (String, String) -> String
    public var unknownSector: @Sendable (String, String) -> String

    // Files and saving.
    public var waitingForLock: @Sendable (String, String) -> String
    public var notSaved: @Sendable (String) -> String
    public var changedMeanwhile: @Sendable (String) -> String
    public var standardOutput: @Sendable (String) -> String
    public var noSuchFile: @Sendable (String) -> String
    /// The name of standard input where a file's name goes (`import -`).
    public var standardInputName: String
    public var standardInputUnreadable: @Sendable (String) -> String
    public var alreadyThere: @Sendable (String) -> String
    public var isTheDatabase: @Sendable (String) -> String
    public var wrote: @Sendable (String, String) -> String
    public var noTimeZone: @Sendable (String, String) -> String
    public var badTimeZone: @Sendable (String, String, String) -> String
    public var chosenInUTC: @Sendable (String, String) -> String

    // What commands print.
    public var valid: @Sendable (String, Database) -> String
    public var generated: @Sendable (String, Database) -> String
    public var ideasShown: @Sendable (Int, Int) -> String
    public var listHeader: [String]
    public var mentorsHeader: [String]
    public var mentorsSummary: @Sendable (Int, Int, Int, Int) -> String
    public var suggestHeader: [String]
    public var noMentorFor: @Sendable (String, String, String) -> String
    public var suggestSummary: @Sendable (Int, Int, Int) -> String
    public var nothingToAssign: @Sendable (String) -> String
    public var assigned: @Sendable (Int, String) -> String
    public var scheduleHeader: [String]
    public var notPlaced: @Sendable (String, String, String) -> String
    /// Placed of all; the festival's count (it has, or would have in a dry run) and target.
    public var placedSummary: @Sendable (Int, Int, Bool, Int, Int) -> String
    public var dryRun: String
    public var nothingToPlace: @Sendable (String) -> String
    public var stats: @Sendable (DatabaseStats, Database, Strings) -> String
    public var scheduledInterventions: @Sendable (Int) -> String
    public var withLeadsContacts: String
    public var pendingInvitations: @Sendable (Int) -> String
    public var withContacts: String
    public var contactsLeftOut: String

    // Importing.
    public var importRow: @Sendable (Int, String) -> String
    public var newPerson: @Sendable (String, String) -> String
    public var skipped: @Sendable (IdeaImport.Skip) -> String
    public var columnsNotUsed: @Sendable ([String]) -> String
    /// Problems, rows with problems, the database's path.
    public var nothingImported: @Sendable (Int, Int, String) -> String
    /// Ideas and new people added, rows skipped.
    public var imported: @Sendable (Int, Int, Int) -> String
    public var importDryRun: @Sendable (String) -> String
    /// Rows skipped, the database's path.
    public var nothingToImport: @Sendable (Int, String) -> String
    public var importedInto: @Sendable (String, String) -> String

    public static func of(_ lang: Lang) -> CommandLineStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
