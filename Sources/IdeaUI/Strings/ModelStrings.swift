import IdeaModel

/// The model's values in words: refusals and the rules they name, what the auto-scheduler
/// and the mentor suggestion could not do and why, what saving reports and why it failed.
/// One per language; each phrasing switches over every case of its value, so a case added
/// to the model does not compile until both languages say it.
public struct ModelStrings: Sendable {
    /// What a refused command tried: "Cannot move “Žalias kiemas” to refined".
    public var attempt: @Sendable (RuleViolation.Attempt) -> String
    /// One rule a refused command broke.
    public var reason: @Sendable (RuleViolation.Reason) -> String
    /// Who may make a change, and what the person acting is not.
    public var permission: @Sendable (PermissionDenial) -> String
    /// Why the auto-scheduler left an idea off the grid.
    public var unplaced: @Sendable (AutoScheduler.Unplaced) -> String
    /// Why the mentor suggestion left a team without a mentor.
    public var mentorGap: @Sendable (MentorSuggestion.Gap) -> String
    /// Why the database file could not be read or written, with its path.
    public var store: @Sendable (StoreError) -> String
    /// Why reading or writing failed, in a few words ("the disk is full").
    public var io: @Sendable (IOReason) -> String
    /// Who holds the file's lock ("another idea-tui (pid 123)"; nil: another program).
    public var lockHolder: @Sendable (LockHolder?) -> String
    /// Why a change, an undo or a redo was not saved.
    public var failure: @Sendable (EditSession.Failure) -> String
    /// That the file had changed and the change went on top of it.
    public var notice: @Sendable (EditSession.MergeNotice) -> String
    /// Why a change does not fit on top of the file.
    public var conflict: @Sendable (EditSession.ConflictReason) -> String
    /// What a step did (a change, an undo, a redo, our version kept), for a message.
    public var change: @Sendable (EditSession.Change) -> String
    /// What a command did ("moved “Žalias kiemas” from shared to refined").
    public var summary: @Sendable (ChangeSummary) -> String
    /// Why a name or id given on the command line (--as, --mentor) names no one person.
    public var lookup: @Sendable (PersonLookup.Result) -> String?

    /// What several commands made as one did: each, separated by semicolons.
    public func summaries(_ changes: [ChangeSummary]) -> String {
        changes.map(summary).joined(separator: "; ")
    }

    /// A whole refusal as one sentence: the attempt, then every reason.
    public func sentence(_ violation: RuleViolation) -> String {
        let reasons = violation.reasons.map(reason)
        return reasons.isEmpty ? attempt(violation.attempt) + "." : attempt(violation.attempt) + ": " + reasons.joined(separator: "; ") + "."
    }

    /// A refusal for a window: the attempt, then a line for each reason.
    public func lines(_ violation: RuleViolation) -> [String] {
        [attempt(violation.attempt) + ":"] + violation.reasons.map { "• " + reason($0) }
    }

    public static func of(_ lang: Lang) -> ModelStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
