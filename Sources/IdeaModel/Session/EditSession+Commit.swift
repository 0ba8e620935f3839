/// The engine of `EditSession`: saving a step, and making it again on top of the file when
/// someone else saved first.
extension EditSession {
    mutating func replay(_ patch: Patch, kind: Step.Kind, done: [ChangeSummary], kindName: String, ideaId: String?,
                         forced: Bool = false, fields: [String] = [], context: CommandContext,
                         store: any DatabaseStore) throws(Failure) -> Outcome {
        let change: Change
        switch kind {
        case .undo: change = .undo(done, forced: forced)
        case .redo: change = .redo(done, forced: forced)
        case .command, .batch, .keptOurs:
            // Which of the other change's values ours replaced, so the log explains the file.
            change = .keptOwn(fields: Array(Set(fields.filter { !$0.isEmpty })).sorted(), done)
        }
        let made: (Database, LogEntry)
        switch Self.patchStep(patch, on: database, change, kindName: kindName, ideaId: ideaId, context) {
        case .success(let r): made = r
        case .failure(let problem):
            switch problem {
            case .refused(let v): throw .refused(v)
            case .conflict(let records, let reasons):
                return .conflict(Conflict(change: change, reasons: reasons, records: records, others: [],
                                          theirs: database, theirStamp: stamp, clash: .fields,
                                          oursPatch: Self.forcing(records), kind: kind,
                                          baseSummaries: done, entryKind: kindName, ideaId: ideaId))
            }
        }
        return try commit(kind, change, done: done, from: database, to: made.0, entries: [made.1], context: context,
                          store: store, patch: patch)
    }

    /// Saves `next` (made from `base` by the step), re-reading and re-applying the step on
    /// top of the file's new content as often as someone else saved first.
    mutating func commit(_ kind: Step.Kind, _ change: Change, done: [ChangeSummary], from base: Database, to next: Database,
                         entries: [LogEntry], context: CommandContext, store: any DatabaseStore,
                         patch replayed: Patch? = nil) throws(Failure) -> Outcome {
        guard !entries.isEmpty else { throw .refused(RuleViolation(.nothingToChange, reasons: [])) }
        // A change made again on top of the file says what it did there.
        var done = done
        func now() -> Change {
            if case .made = change { return .made(done) }
            return change
        }
        let lock: any StoreHold
        do {
            lock = try store.holdForChange()
        } catch {
            throw .store(error)
        }
        defer { lock.release() }
        var base = base, next = next, entries = entries, expected = stamp
        var others: [LogEntry] = []
        var merged = false
        // The log entries this change was made on, to tell others' from them: only needed
        // when someone else saved first, and costly at tens of thousands of entries.
        let original = base
        var known: Set<String>?
        var mustLook = true
        for _ in 0..<max(1, attempts) {
            // Look before writing: while this session holds the edit lock no other idea-tui
            // saves, so a file that is as expected now is so when saving, and one that is
            // not is read once, not written for nothing first.
            let theirs: Database, theirStamp: StoreStamp
            do {
                if let fresh = mustLook ? try store.changed(since: expected, known: base) : nil {
                    (theirs, theirStamp) = fresh
                } else {
                    do {
                        stamp = try store.save(next, from: base, expected: expected, saving: saving)
                        database = next
                        let step = record(kind, done: done, entries: entries, patch: Patch.diff(base, next))
                        return .saved(Saved(change: now(), entry: step.entry, entries: entries, merged: merged, others: others))
                    } catch .changedOnDisk {
                        // Another program, one that does not take the edit lock (or a store
                        // that has none), was quicker: read what it changed.
                        if let fresh = try store.changed(since: expected, known: base) {
                            (theirs, theirStamp) = fresh
                        } else {
                            (theirs, theirStamp) = try store.load()
                        }
                    }
                }
            } catch {
                throw .store(error)
            }
            mustLook = false
            merged = true
            let seen = known ?? Set(original.log.lazy.map(\.id))
            known = seen
            others = theirs.log.filter { !seen.contains($0.id) }
            let rebased: Result<(Database, [LogEntry], [ChangeSummary]?), StepProblem>
            switch kind {
            case .command(let command):
                rebased = Self.rebase([command], from: base, to: next, onto: theirs, context)
            case .batch(let commands):
                rebased = Self.rebase(commands, from: base, to: next, onto: theirs, context)
            case .undo, .redo, .keptOurs:
                let entry = entries.last
                rebased = Self.patchStep(replayed ?? Patch.diff(base, next), on: theirs, change,
                                         kindName: entry?.kind ?? "", ideaId: entry?.ideaId, context).map { ($0.0, [$0.1], nil) }
            }
            switch rebased {
            case .success(let r) where !r.1.isEmpty:
                base = theirs
                next = r.0
                entries = r.1
                if let again = r.2 { done = again }
                expected = theirStamp
            case .success:
                throw .refused(RuleViolation(.nothingToChange, reasons: []))
            case .failure(let problem):
                let records: [ConflictingRecord], reasons: [ConflictReason], clash: Clash
                switch problem {
                case .refused(let v):
                    records = Self.involved(Patch.diff(base, next), in: theirs)
                    reasons = [.broken(v)]
                    clash = .rule(v, remedy: Self.remedy(for: kind, on: theirs))
                case .conflict(let r, let why):
                    records = r
                    reasons = why
                    clash = .fields
                }
                let entry = entries.last
                return .conflict(Conflict(change: now(), reasons: reasons,
                                          records: records, others: others, theirs: theirs, theirStamp: theirStamp,
                                          clash: clash, oursPatch: Self.forcing(records), kind: kind,
                                          baseSummaries: done, entryKind: entry?.kind ?? "", ideaId: Self.ideaId(of: entries)))
            }
        }
        throw .busy(attempts: max(1, attempts))
    }

    /// Puts a saved step on the stacks (`entries` is not empty: `commit` checks).
    private mutating func record(_ kind: Step.Kind, done: [ChangeSummary], entries: [LogEntry], patch: Patch) -> Step {
        let entry = entries[entries.count - 1]
        let step = Step(kind: kind, entry: entry, entries: entries, patch: patch, summaries: done)
        steps.append(step)
        switch kind {
        case .command, .batch, .keptOurs:
            undoStack.append(step)
        case .undo:
            undoStack.removeLast()
            redoStack.append(Step(kind: kind, entry: entry, entries: entries, patch: patch.inverse, summaries: done))
        case .redo:
            redoStack.removeLast()
            undoStack.append(step)
        }
        return step
    }

    enum StepProblem: Error {
        case refused(RuleViolation)
        case conflict([ConflictingRecord], reasons: [ConflictReason])
    }

    /// Commands made from `base` to `ours`, made again on `theirs`: refused when both
    /// changed the same record field (even the same way) or when one breaks a rule now.
    static func rebase(_ commands: [Command], from base: Database, to ours: Database, onto theirs: Database,
                       _ context: CommandContext) -> Result<(Database, [LogEntry], [ChangeSummary]?), StepProblem> {
        // Records the commands created get new ids on top of theirs; the ones they changed
        // must not have been changed there too.
        let existing = Patch(Patch.diff(base, ours).changes.filter { $0.before != nil })
        let records = existing.conflicts(on: theirs, strict: true)
        if !records.isEmpty { return .failure(.conflict(records, reasons: records.map(describe))) }
        var next = theirs
        var entries: [LogEntry] = []
        var done: [ChangeSummary] = []
        for command in commands {
            do {
                let made = try next.make(command, context: context)
                entries.append(made.entry)
                done.append(made.done)
            } catch {
                return .failure(.refused(error))
            }
        }
        switch keepTheirFields(existing, theirs: theirs, in: next) {
        case .applied(let kept): next = kept
        case .conflict: break
        case .invalid(let problems): return .failure(.refused(RuleViolation(.makeChange, reasons: [.wouldNotLoad(problems)])))
        }
        return .success((next, entries, done))
    }

    /// A command that sends a whole record (an edited idea, a venue, the festival's
    /// settings) carries the values the user saw, so made again on `theirs` it would take
    /// back their changes to fields ours left alone. Puts those fields back as they have
    /// them; the fields ours changed (no clash: checked before) stay ours.
    private static func keepTheirFields(_ ours: Patch, theirs: Database, in next: Database) -> PatchResult {
        var fixes: [RecordChange] = []
        for change in ours.changes {
            let made = next.record(change.collection, id: change.id)
            var clashes: [String] = []
            let kept = Merge.three(base: change.before, target: theirs.record(change.collection, id: change.id),
                                   current: made, strict: false, path: "", conflicts: &clashes)
            if kept != made, kept != nil, made != nil {
                fixes.append(RecordChange(collection: change.collection, id: change.id, before: made, after: kept))
            }
        }
        return fixes.isEmpty ? .applied(next) : Patch(fixes).applied(to: next)
    }

    /// A patch applied as one step, with its own log entry.
    static func patchStep(_ patch: Patch, on db: Database, _ change: Change, kindName: String, ideaId: String?,
                          _ context: CommandContext) -> Result<(Database, LogEntry), StepProblem> {
        guard db.people.contains(where: { $0.id == context.actor }) else {
            return .failure(.refused(RuleViolation(.makeChange, reasons: [.unknownActor(context.actor)])))
        }
        switch patch.applied(to: db) {
        case .applied(var next):
            let idea = ideaId.flatMap { id in next.ideas.contains { $0.id == id } ? id : nil }
            let entry = LogEntry(id: CommandIDs.nextLogID(in: next.log), at: context.now, by: context.actor,
                                 kind: kindName, ideaId: idea, summary: change.logSummary)
            next.log.append(entry)
            return .success((next, entry))
        case .conflict(let records):
            return .failure(.conflict(records, reasons: records.map(describe)))
        case .invalid(let problems):
            let attempt: RuleViolation.Attempt
            switch change {
            case .undo(let done, _): attempt = .undo(done)
            case .redo(let done, _): attempt = .redo(done)
            case .made, .keptOwn: attempt = .makeChange
            }
            return .failure(.refused(RuleViolation(attempt, reasons: [.wouldNotLoad(problems)])))
        }
    }
}
