/// One person's editing of the database file: every change is applied, checked and saved
/// at once; changes another program saved meanwhile are read back in and kept; what this
/// session did can be undone and redone.
///
/// A value: the database as this session last saw it, the stamp of the file it matches,
/// what the session did, and its undo and redo stacks. The file is passed to each call.
public struct EditSession: Equatable, Sendable {
    public internal(set) var database: Database
    /// What the file held when this session last read or wrote it.
    public internal(set) var stamp: StoreStamp
    /// Everything this session did, in order: commands, undos, redos, kept versions.
    public internal(set) var steps: [Step] = []
    public internal(set) var undoStack: [Step] = []
    public internal(set) var redoStack: [Step] = []
    /// How many times one change is tried again when the file keeps changing under it.
    public var attempts = 20
    /// The bytes of the records as last saved, so a save encodes only what changed.
    let saving = SaveCache()

    public init(database: Database, stamp: StoreStamp) {
        self.database = database
        self.stamp = stamp
    }

    /// A session on the store as it is now.
    public static func open(_ store: any DatabaseStore) throws(StoreError) -> EditSession {
        let (db, stamp) = try store.load()
        return EditSession(database: db, stamp: stamp)
    }

    /// The warm-up, for a thread of its own after opening and after each save: encodes
    /// the database as it is now, so the next save encodes only what it changes (without
    /// this the first encodes everything once; a save made meanwhile waits for it and goes
    /// on from there), and `store` (when given) makes the file that save writes into.
    public func prepareSaving(for store: (any DatabaseStore)? = nil) {
        let size = saving.prepare(database)
        store?.keepSpare(in: saving, size: size)
    }

    /// Removes the version before last that a save set aside (see `prepareSaving`) now,
    /// rather than with the next preparation: for a session that ends.
    public func removeSetAside() { saving.removeAside() }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// One thing this session did, with what it changed.
    public struct Step: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case command(Command)
            /// Several commands made and saved as one change, undone as one.
            case batch([Command])
            case undo
            case redo
            /// The user chose their own version over a conflicting change on disk.
            case keptOurs
        }
        public var kind: Kind
        /// The last entry it added to the log (a batch adds one per command).
        public var entry: LogEntry
        /// Every entry it added to the log, in order.
        public var entries: [LogEntry]
        /// The records it changed (for an entry on the undo stack: what undo takes back;
        /// on the redo stack: what redo puts back).
        public var patch: Patch
        /// What the change itself did, command by command (for an undo: what was undone).
        public var summaries: [ChangeSummary]

        /// The same in the log's words.
        public var summary: String { ChangeSummary.english(summaries) }
    }

    /// What a saved or clashing step did, for its message: made a change (what each of its
    /// commands did), undid or redid one, or kept this session's version over another change.
    public enum Change: Equatable, Sendable {
        case made([ChangeSummary])
        /// `forced`: made over another change to the same fields.
        case undo([ChangeSummary], forced: Bool)
        case redo([ChangeSummary], forced: Bool)
        /// Kept our version of these fields (top-level keys; may be empty) over another change.
        case keptOwn(fields: [String], [ChangeSummary])

        /// The step's line in the log, which stays in English whatever the screen's language
        /// (the log is the file's record, read by everyone).
        public var logSummary: String {
            switch self {
            case .made(let done): return ChangeSummary.english(done)
            case .undo(let done, let forced): return (forced ? "undid, over another change: " : "undid: ") + ChangeSummary.english(done)
            case .redo(let done, let forced): return (forced ? "redid, over another change: " : "redid: ") + ChangeSummary.english(done)
            case .keptOwn(let fields, let done):
                return (fields.isEmpty ? "kept own version over another change: "
                    : "kept own version of \(CommandWords.list(fields)) over another change: ") + ChangeSummary.english(done)
            }
        }
    }

    /// That the file had changed and the change was applied on top of it.
    public enum MergeNotice: Equatable, Sendable {
        /// Another program (not idea-tui: nothing in the log) changed the file.
        case changedOutside
        /// This many changes others logged meanwhile.
        case appliedOnTop(others: Int)
    }

    /// What happened to a change that was not refused.
    public enum Outcome: Equatable, Sendable {
        case saved(Saved)
        /// Someone else changed the same thing, or their change leaves no room for ours;
        /// the file keeps their version until the user chooses (see `Conflict`).
        case conflict(Conflict)
    }

    public struct Saved: Equatable, Sendable {
        /// What was saved: a change, an undo or a redo, or our version kept.
        public var change: Change
        /// The last entry the change added to the log.
        public var entry: LogEntry
        /// Every entry it added, in order (several for a batch).
        public var entries: [LogEntry]
        /// True when the file had changed and the change was applied on top of it.
        public var merged: Bool
        /// The log entries others added to the file that this change was applied on top of.
        public var others: [LogEntry]

        /// That the file had changed and the change went on top of it; nil when it had not.
        public var notice: MergeNotice? {
            guard merged else { return nil }
            return others.isEmpty ? .changedOutside : .appliedOnTop(others: others.count)
        }
    }

    public enum Failure: Error, Equatable, Sendable {
        /// The command breaks a rule; nothing was saved.
        case refused(RuleViolation)
        /// The file could not be read or written.
        case store(StoreError)
        /// The file kept changing while saving; tried this many times.
        case busy(attempts: Int)
        case nothingToUndo
        case nothingToRedo
    }

    // MARK: Changes

    /// Applies `command` and saves the file. A refusal throws `.refused` and saves nothing.
    /// If the file changed since this session read it, the command is checked and applied
    /// again on top of what is there now (new ids come from the new data).
    public mutating func apply(_ command: Command, context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        try make(.command(command), [command], context: context, store: store)
    }

    /// Applies `commands` in order as one change: all of them or none, one save, one undo.
    public mutating func apply(_ commands: [Command], context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        if commands.count == 1, let only = commands.first { return try apply(only, context: context, store: store) }
        guard !commands.isEmpty else { throw .refused(RuleViolation(.nothingToChange, reasons: [])) }
        return try make(.batch(commands), commands, context: context, store: store)
    }

    private mutating func make(_ kind: Step.Kind, _ commands: [Command], context: CommandContext,
                               store: any DatabaseStore) throws(Failure) -> Outcome {
        var next = database
        var entries: [LogEntry] = []
        var done: [ChangeSummary] = []
        for command in commands {
            do {
                let made = try next.make(command, context: context)
                entries.append(made.entry)
                done.append(made.done)
            } catch {
                throw .refused(error)
            }
        }
        let outcome = try commit(kind, .made(done), done: done, from: database, to: next, entries: entries,
                                 context: context, store: store)
        if case .saved = outcome { redoStack.removeAll() }
        return outcome
    }

    /// Takes back the last change this session made; others' later changes stay.
    public mutating func undo(context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        guard let step = undoStack.last else { throw .nothingToUndo }
        return try replay(step.patch.inverse, kind: .undo, done: step.summaries, kindName: step.entry.kind,
                          ideaId: Self.ideaId(of: step.entries), context: context, store: store)
    }

    /// Makes the last undone change again.
    public mutating func redo(context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        guard let step = redoStack.last else { throw .nothingToRedo }
        return try replay(step.patch, kind: .redo, done: step.summaries, kindName: step.entry.kind,
                          ideaId: Self.ideaId(of: step.entries), context: context, store: store)
    }

    /// Resolves a clash of fields with our version: the fields both changed become ours,
    /// and every other change in the file stays. Not for a clash with a rule (there our
    /// version cannot be kept; see `resolve`), which throws `.refused`.
    public mutating func keepOurs(_ conflict: Conflict, context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        if case .rule(let violation, _) = conflict.clash { throw .refused(violation) }
        database = conflict.theirs
        stamp = conflict.theirStamp
        // A forced undo or redo still counts as one: it moves its step between the stacks.
        let kind: Step.Kind
        switch conflict.kind {
        case .undo, .redo: kind = conflict.kind
        case .command, .batch, .keptOurs: kind = .keptOurs
        }
        return try replay(conflict.oursPatch, kind: kind, done: conflict.baseSummaries, kindName: conflict.entryKind,
                          ideaId: conflict.ideaId, forced: true, fields: conflict.records.flatMap(\.fields),
                          context: context, store: store)
    }

    /// Resolves a clash with a limit by making room: `dropping` (a mentor of the team, or a
    /// team of the mentor, as the conflict's remedy offers) is let go with `reason`, then
    /// our change is made, both as one change on top of the file (one save, one undo).
    public mutating func resolve(_ conflict: Conflict, dropping: String, reason: String,
                                 context: CommandContext, store: any DatabaseStore) throws(Failure) -> Outcome {
        guard case .rule(let violation, let remedy?) = conflict.clash, case .command(let ours) = conflict.kind else {
            if case .rule(let violation, _) = conflict.clash { throw .refused(violation) }
            throw .refused(RuleViolation(.makeRoom, reasons: [.notAboutALimit]))
        }
        let release: Command
        switch remedy {
        case .dropTeamMentor(let teamId, let mentorIds):
            guard mentorIds.contains(dropping) else { throw .refused(violation) }
            release = .removeMentor(teamId: teamId, mentorId: dropping, reason: reason)
        case .releaseMentorTeam(let mentorId, let teamIds):
            guard teamIds.contains(dropping) else { throw .refused(violation) }
            release = .removeMentor(teamId: dropping, mentorId: mentorId, reason: reason)
        }
        database = conflict.theirs
        stamp = conflict.theirStamp
        return try apply([release, ours], context: context, store: store)
    }

    /// Resolves a conflict with their version: the session takes the file as it is and
    /// drops its own change (which was never saved).
    public mutating func keepTheirs(_ conflict: Conflict) {
        database = conflict.theirs
        stamp = conflict.theirStamp
    }

    /// Reads the file again, e.g. after another program changed it.
    public mutating func reload(_ store: any DatabaseStore) throws(StoreError) {
        (database, stamp) = try store.load()
    }

    /// Reads the file again when it no longer holds what this session last read or wrote
    /// (its own saves are no change); returns what the session had before, or nil when
    /// nothing changed. A file that does not load throws and changes nothing here: the
    /// last good version stays, and a later save re-reads the file anyway.
    public mutating func reloadIfChanged(_ store: any DatabaseStore) throws(StoreError) -> Snapshot? {
        guard let (db, newStamp) = try store.changed(since: stamp, known: database) else { return nil }
        let before = snapshot
        database = db
        stamp = newStamp
        return before
    }

    /// The database as the session saw it at one moment, with the file's stamp then.
    public struct Snapshot: Equatable, Sendable {
        public var database: Database
        public var stamp: StoreStamp

        public init(database: Database, stamp: StoreStamp) {
            self.database = database
            self.stamp = stamp
        }
    }

    public var snapshot: Snapshot { Snapshot(database: database, stamp: stamp) }

    /// Applies `commands` as made from `base`: what the user saw when they began the
    /// change (a form opened before others' saves were read in). The change is then made
    /// again on top of the file as any change from an older version is, so a field both
    /// changed is a conflict, never silently overwritten, and their other changes stay.
    public mutating func apply(_ commands: [Command], from base: Snapshot, context: CommandContext,
                               store: any DatabaseStore) throws(Failure) -> Outcome {
        let current = snapshot
        database = base.database
        stamp = base.stamp
        do {
            let outcome = try apply(commands, context: context, store: store)
            if case .conflict = outcome {
                database = current.database
                stamp = current.stamp
            }
            return outcome
        } catch {
            database = current.database
            stamp = current.stamp
            throw error
        }
    }

    /// The idea a step is about, when all its entries are about one.
    static func ideaId(of entries: [LogEntry]) -> String? {
        let ids = Set(entries.map(\.ideaId))
        return ids.count == 1 ? ids.first ?? nil : nil
    }
}
