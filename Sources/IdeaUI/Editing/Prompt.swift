import IdeaModel

/// A one-line question over the screen: the reason for a stage move, and the like.
/// Enter answers, Esc cancels; the line is a full `LineEditor`.
public struct Prompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// The reason for moving an idea.
        case move(StageMove, ideaId: String)
        /// The reason a mentor lets a team go.
        case letGo(teamId: String, mentorId: String)
        /// Why `dropping` goes to make room for a change that hit a limit.
        case makeRoom(EditSession.Conflict, dropping: String)
    }

    public var title: String
    public var question: String
    public var label: String
    public var editor: LineEditor
    public var purpose: Purpose
    /// Why the answer was not taken, shown under the line.
    public var problem: String?

    public init(title: String, question: String, label: String, text: String = "", purpose: Purpose) {
        self.title = title
        self.question = question
        self.label = label
        editor = LineEditor(text)
        self.purpose = purpose
    }
}
