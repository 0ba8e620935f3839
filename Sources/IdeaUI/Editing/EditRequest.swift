import IdeaModel

/// A change the interface asks for. `update` returns it as `Effect.edit`; the `Workspace`
/// makes it (applying, saving, re-reading others' changes) and hands back an `EditResult`.
public enum EditRequest: Equatable, Sendable {
    case apply(Command)
    /// Several changes made as one: all or none, one save, one undo.
    case applyAll([Command])
    case undo
    case redo
    /// Resolve a clash of fields with our version, or any conflict with the file's.
    case keepOurs(EditSession.Conflict)
    case keepTheirs(EditSession.Conflict)
    /// Resolve a clash with a limit by letting `dropping` go, with `reason`.
    case makeRoom(EditSession.Conflict, dropping: String, reason: String)
}

/// What became of an `EditRequest`.
public enum EditResult: Equatable, Sendable {
    /// Saved; the database now holds it. `change` says what was saved (nil: the file's
    /// version was kept); `notice`, when others' changes were merged in.
    case saved(Database, entry: LogEntry?, change: EditSession.Change?, notice: EditSession.MergeNotice?)
    /// Broke a rule; nothing changed.
    case refused(RuleViolation)
    /// Someone else changed the same thing; nothing changes until the user chooses.
    case conflict(EditSession.Conflict)
    /// Could not be made (nothing to undo, the file unreadable, locked or full); nothing
    /// changed, and the change can be tried again.
    case failed(EditSession.Failure)
    /// No one is chosen to make changes yet.
    case noActor
}
