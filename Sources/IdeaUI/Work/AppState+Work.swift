import IdeaModel

/// Long work and the keys meanwhile. Off the loop, a computation (the auto-scheduler,
/// the mentor suggestion) changes nothing until its answer is shown, so while it runs:
/// moving around, opening and switching screens go on as usual (they only read the
/// database, which cannot change meanwhile: others' saves are read in after it ends);
/// Esc, `q` or Q stop it, with nothing changed; Ctrl-L and resizes work; every other
/// key is refused with a message that says why, never dropped silently. A save cannot
/// be stopped half way (the file is written whole or not at all): Esc says so, and the
/// `Workspace` keeps the other keys until it ends, then does them in order.
extension AppState {
    public var isWorking: Bool { work.running != nil }

    /// Starts work: off the loop (the terminal runs the returned job and reports back),
    /// or, when the state is not run off the loop, at once, as if it took no time.
    mutating func begin(_ kind: WorkKind, _ body: @escaping @Sendable ((Int, Int) -> Bool) -> WorkOutput?) -> Effect {
        let job = Job(id: work.nextId, kind: kind, body: body)
        work.nextId += 1
        guard work.offLoop else {
            guard let output = job.run() else { return .none }
            return show(output)
        }
        work.running = WorkState.Running(id: job.id, kind: kind)
        // The line says what runs; a message from before would stand in its place.
        message = nil
        return .run(job)
    }

    /// How far the running work is, and for how long it has run.
    public mutating func workProgressed(id: Int, done: Int, total: Int, elapsedMilliseconds: Int) {
        guard work.running?.id == id else { return }
        work.running?.done = done
        work.running?.total = total
        work.running?.elapsedMilliseconds = elapsedMilliseconds
    }

    /// The output of finished work, shown as if it had been made at once. Output of work
    /// that is no longer running (it was cancelled) changes nothing.
    public mutating func finishWork(id: Int, _ output: WorkOutput) -> Effect {
        guard work.running?.id == id else { return .none }
        work.running = nil
        return show(output)
    }

    /// What finished work says. A save's outcome is the `Workspace`'s to take in.
    private mutating func show(_ output: WorkOutput) -> Effect {
        switch output {
        case .schedule(let result): showSchedule(result)
        case .suggestion(let result): showSuggestion(result)
        case .saved: break
        }
        return .none
    }

    /// A key while work runs: see the type's comment.
    mutating func keyWhileWorking(_ key: Key) -> Effect {
        if key == .ctrl("l") { return .redrawAll }
        if key == .escape { return stopWork(quitting: false) }
        guard let action = keyMap.action(for: key, in: keyContext) else {
            refuseWhileWorking()
            return .none
        }
        return update(action)
    }

    /// An action while work runs; nil when it goes on as usual.
    mutating func actionWhileWorking(_ action: Action) -> Effect? {
        guard let running = work.running else { return nil }
        let moving = running.kind.cancellable
        switch action {
        case .resize, .redraw:
            return nil
        case .back, .closeOverlay:
            return stopWork(quitting: false)
        case .quit:
            return stopWork(quitting: true)
        case .click(let row, let col) where row == size.rows - 1:
            // The last row is the progress line: its "Esc cancel" cancels.
            return BusyLine.cancelColumns(self).contains(col) ? stopWork(quitting: false) : Effect.none
        case .up, .down, .left, .right, .pageUp, .pageDown, .first, .last, .scroll, .nextTab, .previousTab, .goToTab, .click:
            if moving { return nil }
        case .open, .doubleClick:
            // Except dropping an intervention being moved on the grid: that is a change.
            if moving, !(route == .grid && grid.carrying != nil) { return nil }
        default:
            break
        }
        refuseWhileWorking()
        return Effect.none
    }

    /// Esc, `q` or Q: a computation stops and nothing has changed; a save goes on.
    private mutating func stopWork(quitting: Bool) -> Effect {
        guard let running = work.running else { return .none }
        let w = strings.work
        guard running.kind.cancellable else {
            message = w.cannotStopSaving
            return .none
        }
        work.running = nil
        let said: String
        if case .autoSchedule = running.kind { said = w.scheduleCancelled } else { said = w.suggestionCancelled }
        message = quitting ? said + " " + w.quitAgain : said
        return .none
    }

    private mutating func refuseWhileWorking() {
        switch work.running?.kind {
        case .autoSchedule?: message = strings.work.stillScheduling
        case .suggestMentors?: message = strings.work.stillSuggesting
        case .saving?: message = strings.work.cannotStopSaving
        case nil: break
        }
    }
}
