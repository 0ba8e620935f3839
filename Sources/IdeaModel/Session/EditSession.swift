/// One person's editing of the database file: every change is applied, checked and saved
/// at once; changes another program saved meanwhile are read back in and kept; what this
/// session did can be undone and redone.
///
/// A value: the database as this session last saw it, the stamp of the file it matches,
/// what the session did, and its undo and redo stacks. The file is passed to each call.
public struct EditSession: Equatable, Sendable {
    public private(set) var database: Database
    /// What the file held when this session last read or wrote it.
    public private(set) var stamp: DatabaseFile.Stamp
    /// Everything this session did, in order: commands, undos, redos, kept versions.
    public private(set) var steps: [Step] = []
    public private(set) var undoStack: [Step] = []
    public private(set) var redoStack: [Step] = []
    /// How many times one change is tried again when the file keeps changing under it.
    public var attempts = 20

    public init(database: Database, stamp: DatabaseFile.Stamp) {
        self.database = database
        self.stamp = stamp
    }

    /// A session on the file as it is now.
    public static func open(_ file: DatabaseFile) throws(StoreError) -> EditSession {
        let (db, stamp) = try file.load()
        return EditSession(database: db, stamp: stamp)
    }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// One thing this session did, with what it changed.
    public struct Step: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case command(Command)
            case undo
            case redo
            /// The user chose their own version over a conflicting change on disk.
            case keptOurs
        }
        public var kind: Kind
        /// The entry it added to the log.
        public var entry: LogEntry
        /// The records it changed (for an entry on the undo stack: what undo takes back;
        /// on the redo stack: what redo puts back).
        public var patch: Patch
        /// The summary of the change itself, without "undid: ".
        public var summary: String
    }

    /// What happened to a change that was not refused.
    public enum Outcome: Equatable, Sendable {
        case saved(Saved)
        /// Someone else changed the same thing; the file keeps their version until the
        /// user chooses (`keepOurs` or `keepTheirs`).
        case conflict(Conflict)
    }

    public struct Saved: Equatable, Sendable {
        public var entry: LogEntry
        /// True when the file had changed and the change was applied on top of it.
        public var merged: Bool
        /// The log entries others added to the file that this change was applied on top of.
        public var others: [LogEntry]

        /// "the file had changed: your change was applied on top of 2 others' changes".
        public var notice: String? {
            guard merged else { return nil }
            if others.isEmpty {
                return "the file had changed outside idea-tui: your change was applied on top of it"
            }
            let n = others.count
            return "the file had changed: your change was applied on top of \(n) \(n == 1 ? "other change" : "others' changes")"
        }
    }

    /// A change that could not be applied on top of what is now in the file.
    public struct Conflict: Equatable, Sendable {
        /// What we tried: a command's summary, or "undid: …".
        public var summary: String
        /// Why it cannot go on top: the rules it breaks now, or the fields both changed.
        public var reasons: [String]
        /// The records involved: as they were, as we want them, as they are in the file.
        public var records: [ConflictingRecord]
        /// What others logged in the file since this session last saw it.
        public var others: [LogEntry]
        /// The database as it is in the file, and its stamp.
        public var theirs: Database
        public var theirStamp: DatabaseFile.Stamp
        /// Puts our version of every record involved over theirs (see `keepOurs`).
        public var oursPatch: Patch
        var kind: Step.Kind
        /// The change's own words, without "undid: ".
        var baseSummary: String
        var entryKind: String
        var ideaId: String?
    }

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The command breaks a rule; nothing was saved.
        case refused(RuleViolation)
        /// The file could not be read or written.
        case store(StoreError)
        /// The file kept changing while saving; tried this many times.
        case busy(attempts: Int)
        case nothingToUndo
        case nothingToRedo

        public var description: String {
            switch self {
            case .refused(let v): return v.message
            case .store(let e): return e.description
            case .busy(let n): return "the file kept changing while saving (tried \(n) times); nothing of this change was saved"
            case .nothingToUndo: return "there is nothing to undo"
            case .nothingToRedo: return "there is nothing to redo"
            }
        }
    }

    // MARK: Changes

    /// Applies `command` and saves the file. A refusal throws `.refused` and saves nothing.
    /// If the file changed since this session read it, the command is checked and applied
    /// again on top of what is there now (new ids come from the new data).
    public mutating func apply(_ command: Command, context: CommandContext, file: DatabaseFile) throws(Failure) -> Outcome {
        var next = database
        let entry: LogEntry
        do {
            entry = try next.apply(command, context: context)
        } catch {
            throw .refused(error)
        }
        let outcome = try commit(.command(command), summary: entry.summary, from: database, to: next, entry: entry,
                                 context: context, file: file)
        if case .saved = outcome { redoStack.removeAll() }
        return outcome
    }

    /// Takes back the last change this session made; others' later changes stay.
    public mutating func undo(context: CommandContext, file: DatabaseFile) throws(Failure) -> Outcome {
        guard let step = undoStack.last else { throw .nothingToUndo }
        return try replay(step.patch.inverse, kind: .undo, summary: step.summary, kindName: step.entry.kind,
                          ideaId: step.entry.ideaId, context: context, file: file)
    }

    /// Makes the last undone change again.
    public mutating func redo(context: CommandContext, file: DatabaseFile) throws(Failure) -> Outcome {
        guard let step = redoStack.last else { throw .nothingToRedo }
        return try replay(step.patch, kind: .redo, summary: step.summary, kindName: step.entry.kind,
                          ideaId: step.entry.ideaId, context: context, file: file)
    }

    /// Resolves a conflict with our version: the records involved become as we wanted
    /// them, over the other change, if the database still holds together that way.
    public mutating func keepOurs(_ conflict: Conflict, context: CommandContext, file: DatabaseFile) throws(Failure) -> Outcome {
        database = conflict.theirs
        stamp = conflict.theirStamp
        // A forced undo or redo still counts as one: it moves its step between the stacks.
        let kind: Step.Kind
        switch conflict.kind {
        case .undo, .redo: kind = conflict.kind
        case .command, .keptOurs: kind = .keptOurs
        }
        return try replay(conflict.oursPatch, kind: kind, summary: conflict.baseSummary, kindName: conflict.entryKind,
                          ideaId: conflict.ideaId, forced: true, context: context, file: file)
    }

    /// Resolves a conflict with their version: the session takes the file as it is and
    /// drops its own change (which was never saved).
    public mutating func keepTheirs(_ conflict: Conflict) {
        database = conflict.theirs
        stamp = conflict.theirStamp
    }

    /// Reads the file again, e.g. after another program changed it.
    public mutating func reload(_ file: DatabaseFile) throws(StoreError) {
        (database, stamp) = try file.load()
    }

    // MARK: The engine

    private mutating func replay(_ patch: Patch, kind: Step.Kind, summary: String, kindName: String, ideaId: String?,
                                 forced: Bool = false, context: CommandContext, file: DatabaseFile) throws(Failure) -> Outcome {
        let word: String
        switch kind {
        case .undo: word = forced ? "undid, over another change: " : "undid: "
        case .redo: word = forced ? "redid, over another change: " : "redid: "
        case .command, .keptOurs: word = "kept own version over another change: "
        }
        let made: (Database, LogEntry)
        switch Self.patchStep(patch, on: database, word + summary, kindName: kindName, ideaId: ideaId, context) {
        case .success(let r): made = r
        case .failure(let problem):
            switch problem {
            case .refused(let v): throw .refused(v)
            case .conflict(let records, let reasons):
                return .conflict(Conflict(summary: word + summary, reasons: reasons, records: records, others: [],
                                          theirs: database, theirStamp: stamp,
                                          oursPatch: Self.forcing(records), kind: kind,
                                          baseSummary: summary, entryKind: kindName, ideaId: ideaId))
            }
        }
        return try commit(kind, summary: summary, from: database, to: made.0, entry: made.1, context: context, file: file,
                          patch: patch)
    }

    /// Saves `next` (made from `base` by the step), re-reading and re-applying the step on
    /// top of the file's new content as often as someone else saved first.
    private mutating func commit(_ kind: Step.Kind, summary: String, from base: Database, to next: Database,
                                 entry: LogEntry, context: CommandContext, file: DatabaseFile,
                                 patch replayed: Patch? = nil) throws(Failure) -> Outcome {
        let lock = EditLock(path: file.path)
        defer { lock.release() }
        var base = base, next = next, entry = entry, expected = stamp
        var others: [LogEntry] = []
        var merged = false
        let known = Set(base.log.lazy.map(\.id))
        var mustLook = true
        for _ in 0..<max(1, attempts) {
            // Look before writing: while this session holds the edit lock no other idea-tui
            // saves, so a file that is as expected now is so when saving, and one that is
            // not is read once, not written for nothing first.
            let theirs: Database, theirStamp: DatabaseFile.Stamp
            do {
                if let fresh = mustLook ? try Self.changed(file, from: expected) : nil {
                    (theirs, theirStamp) = fresh
                } else {
                    do {
                        stamp = try file.save(next, expected: expected)
                        database = next
                        record(kind, summary: summary, entry: entry, patch: Patch.diff(base, next))
                        return .saved(Saved(entry: entry, merged: merged, others: others))
                    } catch .changedOnDisk {
                        // Another program, one that does not take the edit lock, was quicker.
                        (theirs, theirStamp) = try file.load()
                    }
                }
            } catch {
                throw .store(error)
            }
            mustLook = false
            merged = true
            others = theirs.log.filter { !known.contains($0.id) }
            let rebased: Result<(Database, LogEntry), StepProblem>
            switch kind {
            case .command(let command):
                rebased = Self.rebase(command, from: base, to: next, onto: theirs, context)
            case .undo, .redo, .keptOurs:
                rebased = Self.patchStep(replayed ?? Patch.diff(base, next), on: theirs, entry.summary,
                                         kindName: entry.kind, ideaId: entry.ideaId, context)
            }
            switch rebased {
            case .success(let r):
                base = theirs
                next = r.0
                entry = r.1
                expected = theirStamp
            case .failure(let problem):
                let records: [ConflictingRecord], reasons: [String]
                switch problem {
                case .refused(let v):
                    records = Self.involved(Patch.diff(base, next), in: theirs)
                    reasons = v.reasons.isEmpty ? [v.action] : [v.action + ": " + v.reasons.joined(separator: "; ")]
                case .conflict(let r, let why):
                    records = r
                    reasons = why
                }
                return .conflict(Conflict(summary: entry.summary, reasons: reasons, records: records, others: others,
                                          theirs: theirs, theirStamp: theirStamp, oursPatch: Self.forcing(records),
                                          kind: kind, baseSummary: summary, entryKind: entry.kind, ideaId: entry.ideaId))
            }
        }
        throw .busy(attempts: max(1, attempts))
    }

    /// The file's content when it is no longer what `expected` describes; nil when it is.
    private static func changed(_ file: DatabaseFile, from expected: DatabaseFile.Stamp) throws(StoreError) -> (Database, DatabaseFile.Stamp)? {
        let bytes = try file.readBytes()
        let stamp = DatabaseFile.Stamp(bytes)
        if stamp == expected { return nil }
        do {
            return (try DatabaseCodec.decode(bytes), stamp)
        } catch {
            throw .invalid(path: file.path, error)
        }
    }

    private mutating func record(_ kind: Step.Kind, summary: String, entry: LogEntry, patch: Patch) {
        let step = Step(kind: kind, entry: entry, patch: patch, summary: summary)
        steps.append(step)
        switch kind {
        case .command, .keptOurs:
            undoStack.append(step)
        case .undo:
            undoStack.removeLast()
            redoStack.append(Step(kind: kind, entry: entry, patch: patch.inverse, summary: summary))
        case .redo:
            redoStack.removeLast()
            undoStack.append(step)
        }
    }

    enum StepProblem: Error {
        case refused(RuleViolation)
        case conflict([ConflictingRecord], reasons: [String])
    }

    /// A command made from `base` to `ours`, made again on `theirs`: refused when both
    /// changed the same record field (even the same way) or when it breaks a rule now.
    static func rebase(_ command: Command, from base: Database, to ours: Database, onto theirs: Database,
                       _ context: CommandContext) -> Result<(Database, LogEntry), StepProblem> {
        // Records the command created get new ids on top of theirs; the ones it changed
        // must not have been changed there too.
        let existing = Patch(Patch.diff(base, ours).changes.filter { $0.before != nil })
        let records = existing.conflicts(on: theirs, strict: true)
        if !records.isEmpty { return .failure(.conflict(records, reasons: records.map(describe))) }
        var next = theirs
        do {
            let entry = try next.apply(command, context: context)
            return .success((next, entry))
        } catch {
            return .failure(.refused(error))
        }
    }

    /// A patch applied as one step, with its own log entry.
    static func patchStep(_ patch: Patch, on db: Database, _ summary: String, kindName: String, ideaId: String?,
                          _ context: CommandContext) -> Result<(Database, LogEntry), StepProblem> {
        guard db.people.contains(where: { $0.id == context.actor }) else {
            return .failure(.refused(RuleViolation("Cannot make this change", reasons: [
                "\(CommandWords.quoted(context.actor)) is not a person in this database, and every change must say who made it",
            ])))
        }
        switch patch.applied(to: db) {
        case .applied(var next):
            let idea = ideaId.flatMap { id in next.ideas.contains { $0.id == id } ? id : nil }
            let entry = LogEntry(id: CommandIDs.nextLogID(in: next.log), at: context.now, by: context.actor,
                                 kind: kindName, ideaId: idea, summary: summary)
            next.log.append(entry)
            return .success((next, entry))
        case .conflict(let records):
            return .failure(.conflict(records, reasons: records.map(describe)))
        case .invalid(let problems):
            let action = summary.hasPrefix("undid: ") ? "Cannot undo " + CommandWords.quoted(String(summary.dropFirst(7)))
                : summary.hasPrefix("redid: ") ? "Cannot redo " + CommandWords.quoted(String(summary.dropFirst(7)))
                : "Cannot make this change"
            return .failure(.refused(RuleViolation(action, reasons: problems)))
        }
    }

    /// The records a refused change touched, ours and theirs.
    static func involved(_ patch: Patch, in theirs: Database) -> [ConflictingRecord] {
        patch.changes.filter { $0.collection != .log }.map { change in
            ConflictingRecord(collection: change.collection, id: change.id, base: change.before, ours: change.after,
                              theirs: change.before == nil ? nil : theirs.record(change.collection, id: change.id),
                              fields: [])
        }
    }

    /// The patch that puts our version of each record over theirs.
    static func forcing(_ records: [ConflictingRecord]) -> Patch {
        Patch(records.map { RecordChange(collection: $0.collection, id: $0.id, before: $0.theirs, after: $0.ours) })
    }

    static func describe(_ record: ConflictingRecord) -> String {
        let what = record.id.isEmpty ? record.collection.rawValue : "\(record.collection.rawValue) \(CommandWords.quoted(record.id))"
        let fields = record.fields.map { $0.isEmpty ? "the whole record" : $0 }
        return "\(what): \(CommandWords.list(fields)) changed here and in the file"
    }
}
