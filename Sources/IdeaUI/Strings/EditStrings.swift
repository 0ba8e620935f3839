import IdeaModel

/// The words of changing things: stage moves, reasons, undo, conflicts, who is acting.
/// Kept apart from `Strings` so each screen's words stay in a file of a readable size.
public struct EditStrings: Sendable {
    // Key words.
    public var undo: String
    public var undoHelp: String
    public var redo: String
    public var redoHelp: String
    public var forward: String
    public var forwardHelp: String
    public var backStage: String
    public var backStageHelp: String
    public var moveMenu: String
    public var moveMenuHelp: String
    public var activity: String
    public var activityHelp: String
    public var confirm: String
    public var confirmHelp: String
    public var cancel: String
    public var cancelHelp: String
    public var keepMine: String
    public var keepMineHelp: String
    public var keepTheirs: String
    public var keepTheirsHelp: String

    public var activityTitle: String
    public var colWhen: String
    /// The same heading when the festival's time zone could not be read and times are UTC.
    public var colWhenUTC: String
    public var colWho: String
    public var colWhat: String

    // Messages.
    public var chooseYourselfFirst: String
    public var saved: @Sendable (String) -> String
    public var savedMany: @Sendable (Int) -> String
    public var undone: @Sendable (String) -> String
    public var redone: @Sendable (String) -> String
    public var keptTheirs: String
    public var nothingToUndo: String
    public var nothingToRedo: String
    public var notSaved: String
    public var noIdeaSelected: String

    // Stage moves.
    public var moveTitle: @Sendable (String) -> String
    public var forwardTo: @Sendable (String) -> String
    public var backTo: @Sendable (String) -> String
    public var park: String
    public var withdraw: String
    public var reopenTo: @Sendable (String) -> String
    public var cannotMoveTo: @Sendable (String, String) -> String
    public var whyBack: @Sendable (String) -> String
    public var whyPark: String
    public var whyWithdraw: String
    public var whyReopen: String
    public var reasonLabel: String
    public var reasonNeeded: String
    public var readyMovesBySchedule: String
    public var noMoves: String
    public var refusedTitle: String

    // Forms.
    public var formNewIdea: String
    public var formEditIdea: @Sendable (String) -> String
    public var fundingNeedLabel: String
    public var timesUsed: @Sendable (Int) -> String
    public var titleNeeded: String
    public var sectorNeeded: String
    public var districtNeeded: String
    public var authorNeeded: String
    public var fundingWholeEuros: String
    public var discardQuestion: String
    public var fixProblems: String
    public var newValue: @Sendable (String) -> String
    public var nothingMatches: String
    public var pickerHint: String
    public var pickerHintMultiple: String
    public var save: String
    public var saveHelp: String
    public var nextField: String
    public var nextFieldHelp: String
    public var newIdea: String
    public var newIdeaHelp: String
    public var editRecord: String
    public var editRecordHelp: String
    public var whoAreYou: String
    public var youAre: @Sendable (String) -> String
    /// Over ssh: who the key says you are (and that IDEA_TUI_USER was set but not used).
    public var youAreByKey: @Sendable (String) -> String
    public var userVariableIgnored: @Sendable (String) -> String

    // Conflicts.
    public var conflictTitle: String
    public var conflictIntro: @Sendable (String) -> String
    public var conflictBefore: String
    public var conflictYours: String
    public var conflictTheirs: String
    public var conflictFields: String
    public var conflictRemoved: String

    public static func of(_ lang: Lang) -> EditStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
