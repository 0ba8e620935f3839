import IdeaModel

/// A window with something the user must read before going on: why a change was
/// refused, what a gate still misses. Any of Enter, Esc or q closes it.
public struct Notice: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    /// When set, the notice is a question: y or Enter makes this change, n or Esc not.
    public var confirm: Command?
    /// When set, the notice offers a kept draft back: y opens it, d throws it away.
    public var draft: Draft?

    public init(title: String, lines: [String], confirm: Command? = nil, draft: Draft? = nil) {
        self.title = title
        self.lines = lines
        self.confirm = confirm
        self.draft = draft
    }
}
