import IdeaModel

/// A key or a click kept while a change is being saved.
enum WaitingInput: Equatable, Sendable {
    case key(Key)
    case action(Action)
}

/// Long work from the workspace's side: a change saved off the loop, the output of
/// finished work taken in on the loop's thread, and the keys that waited for a save.
extension Workspace {
    /// Runs long work off the loop from now on (the terminal does; tests may).
    public mutating func runWorkOffLoop() { state.work.offLoop = true }

    /// The change is made and saved off the loop, on copies of the session and of what
    /// the window began from; `finishWork` takes the outcome in.
    mutating func startSaving(_ change: EditRequest) -> Effect {
        let session = self.session, base = pendingBase, store = self.store, clock = self.clock, actor = state.actor
        return state.begin(.saving) { _ in
            var session = session, base = base
            let result = Workspace.make(change, session: &session, pendingBase: &base, actor: actor, clock: clock, store: store)
            return .saved(SavedWork(request: change, result: result, session: session, pendingBase: base))
        }
    }

    /// The output of finished work, on the loop's thread: a save's session and outcome
    /// are taken in (shown as a save at once would be); a computation's answer is
    /// shown. Output of work cancelled meanwhile changes nothing.
    public mutating func finishWork(id: Int, _ output: WorkOutput) -> Effect {
        guard state.work.running?.id == id else { return .none }
        guard case .saved(let saved) = output else { return perform(state.finishWork(id: id, output)) }
        _ = state.finishWork(id: id, output)
        session = saved.session
        pendingBase = saved.pendingBase
        state.finish(saved.request, saved.result)
        if !windowOpen { pendingBase = nil }
        return .none
    }

    /// The next key or click that waited for a save, done now; nil when none waits or
    /// work runs again (the rest wait for that too).
    public mutating func replayWaiting() -> Effect? {
        guard !state.isWorking, !waiting.isEmpty else { return nil }
        switch waiting.removeFirst() {
        case .key(let key): return handle(key)
        case .action(let action): return update(action)
        }
    }

    /// While a save runs: Esc (it cannot be stopped: the state says so), Ctrl-L and
    /// resizes go on; any other key or click waits for the save's end, as it did when
    /// saving held the loop. Nil when no save runs.
    mutating func whileSaving(_ input: WaitingInput) -> Effect? {
        guard state.work.running?.kind == .saving else { return nil }
        switch input {
        case .key(.escape), .key(.ctrl("l")), .action(.resize), .action(.redraw), .action(.back), .action(.closeOverlay):
            return nil
        case .key, .action:
            waiting.append(input)
            state.work.running?.keysWaiting = waiting.count
            return Effect.none
        }
    }
}

extension Workspace {
    /// How far the running work is (the terminal reads it from the work's thread).
    public mutating func workProgressed(id: Int, done: Int, total: Int, elapsedMilliseconds: Int) {
        state.workProgressed(id: id, done: done, total: total, elapsedMilliseconds: elapsedMilliseconds)
    }

    /// A line for the status row from outside the interface (who holds the file's lock).
    public mutating func say(_ message: String) { state.message = message }
}
