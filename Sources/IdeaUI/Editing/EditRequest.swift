import IdeaModel

/// A change the interface asks for. `update` returns it as `Effect.edit`; the `Workspace`
/// makes it (applying, saving, re-reading others' changes) and hands back an `EditResult`.
public enum EditRequest: Equatable, Sendable {
    case apply(Command)
    /// Several changes, each saved (and undone) on its own, in order; stops at the first
    /// that cannot be made.
    case applyAll([Command])
    case undo
    case redo
    /// Resolve a conflict with our version, or with the one in the file.
    case keepOurs(EditSession.Conflict)
    case keepTheirs(EditSession.Conflict)
}

/// What became of an `EditRequest`.
public enum EditResult: Equatable, Sendable {
    /// Saved; the database now holds it. `notice` says when others' changes were merged in.
    case saved(Database, entry: LogEntry?, notice: String?)
    /// Broke a rule; nothing changed.
    case refused(RuleViolation)
    /// Someone else changed the same thing; nothing changes until the user chooses.
    case conflict(EditSession.Conflict)
    /// Could not be made (nothing to undo, the file unreadable or busy); nothing changed.
    case failed(String)
}
