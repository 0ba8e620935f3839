import IdeaModel

/// The interface together with the store it edits: keys go to the `AppState`, and the
/// changes it asks for are made through an `EditSession` (checked, saved at once, merged
/// with others' changes) and reported back. The terminal and the tests both drive this.
public struct Workspace: Sendable {
    public internal(set) var state: AppState
    public internal(set) var session: EditSession
    /// Where the database is kept: the file, or a database server.
    public let store: any DatabaseStore
    /// Now, and the calendar day here: the terminal reads the clock, tests fix it.
    public var clock: @Sendable () -> (now: Timestamp, today: Day)
    /// What the session held when others' changes were read in while a window was open
    /// (a form, a prompt, a menu): the change made from that window is made from what
    /// the user saw when they began it, so the merge rules see both sides' changes.
    public internal(set) var pendingBase: EditSession.Snapshot?
    /// The last look found the file unreadable.
    private var unreadable = false
    /// Keys and clicks that came while a change was being saved, done once it is saved.
    var waiting: [WaitingInput] = []

    public init(state: AppState, session: EditSession, store: any DatabaseStore,
                clock: @escaping @Sendable () -> (now: Timestamp, today: Day)) {
        self.state = state
        self.session = session
        self.store = store
        self.clock = clock
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Effect {
        if let effect = whileSaving(.key(key)) { return effect }
        return perform(state.handle(key))
    }

    @discardableResult
    public mutating func update(_ action: Action) -> Effect {
        if let effect = whileSaving(.action(action)) { return effect }
        return perform(state.update(action))
    }

    /// Makes a requested change (off the loop, when work runs there); other effects are
    /// for the terminal.
    mutating func perform(_ effect: Effect) -> Effect {
        defer { if !windowOpen { pendingBase = nil } }
        guard case .edit(let change) = effect else { return effect }
        if state.work.offLoop { return startSaving(change) }
        request(change)
        return .none
    }

    /// A window that may still make a change from what it showed is open. The help is
    /// not one, nor the reasons window: it is worked out again from each version read in,
    /// so its change is made on that version.
    var windowOpen: Bool {
        if state.heldForm != nil { return true }
        switch state.overlay {
        case nil, .help?, .reasons?: return false
        default: return true
        }
    }

    /// What a look at the file found.
    public enum FileLook: Equatable, Sendable {
        /// As this session last read or wrote it (its own saves included).
        case unchanged
        /// Another program saved; the new version is shown.
        case reloaded
        /// It changed but does not load; the last good version stays on screen.
        case unreadable
    }

    /// The file may have changed (the watch says so): reads it when it is no longer what
    /// this session last read or wrote, and shows the new version with every screen,
    /// selection and typed text kept (`AppState.takeIn`). `now` is a monotonic clock in
    /// milliseconds, for the marks of the changed rows.
    @discardableResult
    public mutating func fileMayHaveChanged(at now: Int) -> FileLook {
        // Not while work runs: a save holds the session, a computation the database.
        guard !state.isWorking else { return .unchanged }
        let before: EditSession.Snapshot?
        do {
            before = try session.reloadIfChanged(store)
        } catch {
            unreadable = true
            state.fileUnreadable(error)
            return .unreadable
        }
        guard let before else {
            // Put back as it was (an editor's half-written save undone): nothing to read in.
            if unreadable, state.message != nil { state.message = state.strings.live.readableAgain }
            unreadable = false
            return .unchanged
        }
        unreadable = false
        if windowOpen, pendingBase == nil { pendingBase = before }
        state.takeIn(session.database, at: now)
        return .reloaded
    }

    /// Drops the marks of changed rows that have run out; true when the screen must be
    /// drawn again.
    public mutating func expireMarks(at now: Int) -> Bool { state.expireMarks(at: now) }

    /// Ctrl-C: asks first when a form holds typed text (true), as Esc does.
    public mutating func askBeforeInterrupting() -> Bool { state.askBeforeInterrupting() }

    /// Offers a draft kept when the app was last stopped.
    public mutating func offerDraft(_ draft: Draft) { state.offerDraft(draft) }

    /// Makes a change and shows what became of it, as if the screen had asked for it.
    public mutating func request(_ request: EditRequest) {
        let result = Workspace.make(request, session: &session, pendingBase: &pendingBase, actor: state.actor, clock: clock, store: store)
        state.finish(request, result)
    }

    /// Makes a change on `session`, from `pendingBase` when a window began it before
    /// others' changes came in. Only values: a save off the loop runs it on copies.
    static func make(_ request: EditRequest, session: inout EditSession, pendingBase: inout EditSession.Snapshot?, actor: String?,
                     clock: () -> (now: Timestamp, today: Day), store: any DatabaseStore) -> EditResult {
        guard let actor else { return .noActor }
        let (now, today) = clock()
        let context = CommandContext(actor: actor, now: now, today: today)
        do {
            let outcome: EditSession.Outcome
            switch request {
            case .apply(let command):
                if let base = pendingBase {
                    outcome = try session.apply([command], from: base, context: context, store: store)
                } else {
                    outcome = try session.apply(command, context: context, store: store)
                }
            case .applyAll(let commands):
                if let base = pendingBase {
                    outcome = try session.apply(commands, from: base, context: context, store: store)
                } else {
                    outcome = try session.apply(commands, context: context, store: store)
                }
            case .undo: outcome = try session.undo(context: context, store: store)
            case .redo: outcome = try session.redo(context: context, store: store)
            case .keepOurs(let conflict): outcome = try session.keepOurs(conflict, context: context, store: store)
            case .keepTheirs(let conflict):
                session.keepTheirs(conflict)
                // The form comes back on their version; what was saved since is read in too.
                pendingBase = nil
                _ = try? session.reloadIfChanged(store)
                return .saved(session.database, entry: nil, change: nil, notice: nil)
            case .makeRoom(let conflict, let dropping, let reason):
                outcome = try session.resolve(conflict, dropping: dropping, reason: reason, context: context, store: store)
            }
            switch outcome {
            case .saved(let saved):
                pendingBase = nil
                return .saved(session.database, entry: saved.entry, change: saved.change, notice: saved.notice)
            case .conflict(let conflict): return .conflict(conflict)
            }
        } catch {
            switch error {
            case .refused(let violation): return .refused(violation)
            default: return .failed(error)
            }
        }
    }
}
