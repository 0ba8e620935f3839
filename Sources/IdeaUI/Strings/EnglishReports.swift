import IdeaModel

/// What the model reports in English: the file that could not be read or written, what
/// became of a change, and why the schedulers left something out.
enum EnglishReports {
    static func io(_ reason: IOReason) -> String {
        switch reason {
        case .permissionDenied: return "permission denied"
        case .diskFull: return "the disk is full"
        case .readOnlyDisk: return "the disk is read-only"
        case .isFolder: return "it is a folder, not a file"
        case .notRegularFile: return "it is not a regular file"
        case .noFolder: return "the folder does not exist"
        case .quotaUsedUp: return "the disk quota is used up"
        case .nameTooLong: return "the name is too long"
        case .linkLoop: return "too many levels of symbolic links (a link that leads back to itself?)"
        case .closed: return "it is closed"
        case .other(let code, let text): return text.isEmpty ? "error \(code)" : text
        }
    }

    static func action(_ action: FileAction) -> String {
        switch action {
        case .open: return "open"
        case .read: return "read"
        case .write: return "write"
        case .lookAt: return "look at"
        case .lock: return "lock"
        case .replace: return "replace"
        case .createBeside: return "create a new file in the folder of"
        case .keepPermissions: return "keep the permissions of"
        case .setPermissions: return "set the permissions of"
        case .openFolder: return "open the folder of"
        }
    }

    static func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .fifo: return "a FIFO (named pipe)"
        case .device: return "a device"
        case .socket: return "a socket"
        case .other: return "something other than a regular file"
        }
    }

    static func backup(_ problem: BackupProblem) -> String {
        switch problem {
        case .nameTooLong: return "the name would be longer than a file name may be"
        case .folderInTheWay: return "a folder of that name is in the way"
        case .somethingInTheWay: return "something that is not a file is in the way"
        case .io(let reason): return io(reason)
        }
    }

    static func lockHolder(_ holder: LockHolder?) -> String {
        guard let holder else { return "another program" }
        guard let program = holder.program else { return "process \(holder.pid)" }
        return program == "idea-tui" ? "another idea-tui (pid \(holder.pid))" : "\(program) (pid \(holder.pid))"
    }

    static func store(_ error: StoreError) -> String {
        switch error {
        case .missing(let path):
            return "\(path): no such file. Create one with `idea-tui generate --output \(path)` or pass --db PATH."
        case .invalid(let path, let failure):
            let count = failure.problems.count + failure.dropped
            let head = "\(path): cannot be loaded, \(count == 1 ? "1 problem" : "\(count) problems") found; the file was not changed."
            return ([head] + loadLines(failure).map { "  \(path): \($0)" }).joined(separator: "\n")
        case .io(let path, let action, let reason):
            return "\(path): could not \(Self.action(action)) the file: \(io(reason))."
        case .exists(let path):
            return "\(path): a file is already there; it was not overwritten."
        case .changedOnDisk(let path):
            return "\(path): another program changed the file since it was opened; nothing was overwritten."
        case .notAFile(let path, .other):
            return "\(path): it is not a regular file; idea-tui reads and writes only regular files."
        case .notAFile(let path, let kind):
            return "\(path): it is \(fileKind(kind)), not a file; idea-tui reads and writes only regular files."
        case .readOnly(let path):
            return "\(path): the file is read-only; nothing was saved. Give yourself write permission (chmod u+w) if it should change."
        case .hardLinked(let path, let links):
            return "\(path): the file has \(links) names (hard links); saving would leave the other \(links == 2 ? "name" : "names") "
                + "with the old data, so nothing was saved. Remove the other links, or use a symbolic link instead."
        case .wouldChangeOwner(let path, let owner, let group, let user):
            return "\(path): the file belongs to user \(owner), group \(group); saving it as user \(user) would change that "
                + "and could lock others out, so nothing was saved. Save it as its owner, or as a member of group \(group) "
                + "when the owner is you."
        case .noBackup(let path, let reason):
            return "\(path): the previous version cannot be kept as \(StoreError.name(of: path)).bak (\(backup(reason))); nothing was saved."
        case .becameLink(let path):
            return "\(path): the file was replaced by a symbolic link after idea-tui opened it; nothing was saved. Open it again."
        case .locked(let path, let holder, let seconds):
            return "\(path): the file is locked by \(lockHolder(holder)); waited \(seconds) s and gave up, nothing was saved. Try again in a moment."
        case .interrupted(let path):
            return "\(path): stopped while waiting for the lock; nothing was saved."
        case .server(let error):
            return ServerStrings.en.error(error)
        }
    }

    /// The load problems, each where it is (in English, as the loader says them), and how
    /// many more there are.
    static func loadLines(_ failure: LoadFailure) -> [String] {
        failure.problems.map(\.description) + (failure.dropped > 0 ? ["… and \(failure.dropped) more problems"] : [])
    }

    static func failure(_ failure: EditSession.Failure) -> String {
        switch failure {
        case .refused(let v): return ModelStrings.en.sentence(v)
        case .store(let e): return store(e)
        case .busy(let n): return "the file kept changing while saving (tried \(n) times); nothing of this change was saved"
        case .nothingToUndo: return "there is nothing to undo"
        case .nothingToRedo: return "there is nothing to redo"
        }
    }

    static func notice(_ notice: EditSession.MergeNotice) -> String {
        switch notice {
        case .changedOutside: return "the file had changed outside idea-tui: your change was applied on top of it"
        case .appliedOnTop(let n):
            return "the file had changed: your change was applied on top of \(n) \(n == 1 ? "other change" : "others' changes")"
        }
    }

    static func collection(_ c: SessionCollection) -> String {
        switch c {
        case .people: return "person"
        case .ideas: return "idea"
        case .teams: return "team"
        case .forums: return "forum"
        case .tracks: return "workshop track"
        case .sessions: return "workshop session"
        case .sponsors: return "sponsor"
        case .venues: return "venue"
        case .slots: return "festival slot"
        case .festival: return "the festival"
        case .districts: return "the districts"
        case .log: return "the log"
        }
    }

    static func conflict(_ reason: EditSession.ConflictReason) -> String {
        switch reason {
        case .bothChanged(let kind, let id, let fields):
            let what = id.isEmpty ? collection(kind) : "\(collection(kind)) \(EnglishRefusals.quoted(id))"
            let names = fields.map { $0.isEmpty ? "the whole record" : SavingStrings.en.field($0) }
            return "\(what): \(EnglishRefusals.list(names)) changed here and in the file"
        case .broken(let v): return ModelStrings.en.sentence(v)
        }
    }

    static func change(_ change: EditSession.Change) -> String {
        switch change {
        case .made(let done): return ChangeSummary.english(done)
        case .undo(let done, let forced): return (forced ? "undid, over another change: " : "undid: ") + ChangeSummary.english(done)
        case .redo(let done, let forced): return (forced ? "redid, over another change: " : "redid: ") + ChangeSummary.english(done)
        case .keptOwn(let fields, let done):
            let names = fields.map { SavingStrings.en.field($0) }
            return (names.isEmpty ? "kept your version over another change: "
                : "kept your version of \(EnglishRefusals.list(names)) over another change: ") + ChangeSummary.english(done)
        }
    }

    static func unplaced(_ reason: AutoScheduler.Unplaced) -> String {
        switch reason {
        case .noPlan: return "it has no intervention plan"
        case .lengthOffGrid(let minutes, let grid): return "its length, \(minutes) minutes, is not on the \(grid)-minute grid"
        case .noVenueHolds(let n): return "no venue holds \(n) people"
        case .noVenueHasFeatures(let features):
            return "no venue big enough has all it needs: " + features.map(\.rawValue).joined(separator: ", ")
        case .noVenueOpenLongEnough(let minutes): return "no fitting venue is open for \(minutes) minutes within its time window"
        case .allTaken: return "every venue and time that fits it is taken by other interventions or by its people's other slots"
        }
    }

    static func mentorGap(_ gap: MentorSuggestion.Gap) -> String {
        switch gap {
        case .noMentorCanTake(let most):
            return "no mentor can take this team (the festival allows \(most) per team, and mentors cannot mentor their own team)"
        case .allAtCapacity: return "every mentor who could take it is at capacity"
        case .placesGivenToOthers: return "the mentors with free places are all given to other teams"
        }
    }

    static func lookup(_ result: PersonLookup.Result) -> String? {
        switch result {
        case .found: return nil
        case .none(let query):
            return "nobody in the database is called or has the id \(EnglishRefusals.quoted(query))"
        case .ambiguous(let query, let candidates):
            let names = candidates.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            return "\(EnglishRefusals.quoted(query)) fits \(candidates.count) people: \(names); give the full name or the id"
        }
    }
}

extension ModelStrings {
    public static let en = ModelStrings(
        attempt: EnglishRefusals.attempt, reason: EnglishRefusals.reason, permission: EnglishRefusals.permission,
        unplaced: EnglishReports.unplaced, mentorGap: EnglishReports.mentorGap, store: EnglishReports.store,
        io: EnglishReports.io, lockHolder: EnglishReports.lockHolder, failure: EnglishReports.failure,
        notice: EnglishReports.notice, conflict: EnglishReports.conflict, change: EnglishReports.change,
        summary: { $0.english }, lookup: EnglishReports.lookup
    )
}
