import IdeaModel

/// The interface together with the file it edits: keys go to the `AppState`, and the
/// changes it asks for are made through an `EditSession` (checked, saved at once, merged
/// with others' changes) and reported back. The terminal and the tests both drive this.
public struct Workspace: Sendable {
    public private(set) var state: AppState
    public private(set) var session: EditSession
    public let file: DatabaseFile
    /// Now, and the calendar day here: the terminal reads the clock, tests fix it.
    public var clock: @Sendable () -> (now: Timestamp, today: Day)

    public init(state: AppState, session: EditSession, file: DatabaseFile,
                clock: @escaping @Sendable () -> (now: Timestamp, today: Day)) {
        self.state = state
        self.session = session
        self.file = file
        self.clock = clock
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Effect { perform(state.handle(key)) }

    @discardableResult
    public mutating func update(_ action: Action) -> Effect { perform(state.update(action)) }

    /// Makes a requested change; other effects are for the terminal.
    private mutating func perform(_ effect: Effect) -> Effect {
        guard case .edit(let change) = effect else { return effect }
        request(change)
        return .none
    }

    /// Ctrl-C: asks first when a form holds typed text (true), as Esc does.
    public mutating func askBeforeInterrupting() -> Bool { state.askBeforeInterrupting() }

    /// Offers a draft kept when the app was last stopped.
    public mutating func offerDraft(_ draft: Draft) { state.offerDraft(draft) }

    /// Makes a change and shows what became of it, as if the screen had asked for it.
    public mutating func request(_ request: EditRequest) {
        state.finish(request, make(request))
    }

    private mutating func make(_ request: EditRequest) -> EditResult {
        guard let actor = state.actor else { return .noActor }
        let (now, today) = clock()
        let context = CommandContext(actor: actor, now: now, today: today)
        do {
            let outcome: EditSession.Outcome
            switch request {
            case .apply(let command): outcome = try session.apply(command, context: context, file: file)
            case .applyAll(let commands): outcome = try session.apply(commands, context: context, file: file)
            case .undo: outcome = try session.undo(context: context, file: file)
            case .redo: outcome = try session.redo(context: context, file: file)
            case .keepOurs(let conflict): outcome = try session.keepOurs(conflict, context: context, file: file)
            case .keepTheirs(let conflict):
                session.keepTheirs(conflict)
                return .saved(session.database, entry: nil, change: nil, notice: nil)
            case .makeRoom(let conflict, let dropping, let reason):
                outcome = try session.resolve(conflict, dropping: dropping, reason: reason, context: context, file: file)
            }
            switch outcome {
            case .saved(let saved): return .saved(session.database, entry: saved.entry, change: saved.change, notice: saved.notice)
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
