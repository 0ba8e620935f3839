import IdeaModel

/// The words of the mentor home and the mentor suggestion, for one language.
public struct MentorStrings: Sendable {
    public var homeTitle: @Sendable (String) -> String
    public var myTeams: String
    public var needMentor: String
    public var rankedByFit: String
    public var noTeamsYet: String
    public var noTeamsNeed: String
    /// Under the best-fitting teams shown, how many more there are.
    public var moreTeams: @Sendable (Int) -> String
    public var nextWorkshop: @Sendable (String, String) -> String
    public var noWorkshopPlanned: String
    public var needs: String
    public var readyForNext: String
    public var fitLabel: String
    /// "tags: … · sector: … · likes Šančiai · no mentor yet", in this language.
    public var reason: @Sendable (MentorFit, Strings) -> String
    public var takeTitle: String
    public var takeQuestion: @Sendable (String, Int, Int) -> String
    public var letGoTitle: String
    public var letGoQuestion: @Sendable (String) -> String
    public var atCapacity: @Sendable (Int, Int) -> String
    public var teamFull: @Sendable (Int) -> String
    public var selectTeam: String
    public var notAMentor: String
    public var confirmHint: String
    public var take: String
    public var takeHelp: String
    public var letGo: String
    public var letGoHelp: String
    public var home: String
    public var homeHelp: String
    public var suggestAction: String
    public var suggestTitle: String
    public var suggestSummary: @Sendable (Int, Int, Int) -> String
    public var suggestHint: String
    public var nothingToSuggest: String
    public var unplaced: @Sendable (String) -> String
}
