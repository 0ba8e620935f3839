/// The last row while long work runs, in place of the keys: the key that stops it (none
/// for a save, which cannot be stopped half way), what runs, how far it is and for how
/// long ("Scheduling 1,000 ready ideas: 41% …, 2.1 s"), and the last message after it.
enum BusyLine {
    /// "Esc cancel", where it is drawn (a click there cancels), for work that can stop.
    static func cancelColumns(_ state: AppState) -> Range<Int> {
        guard let running = state.work.running, running.kind.cancellable else { return 0..<0 }
        return 1..<1 + DisplayWidth.of(cancelLabel(state))
    }

    static func cancelLabel(_ state: AppState) -> String { Key.escape.label + " " + state.strings.edit.cancel }

    /// What runs and how far it is; with a message, the message says more than the name.
    static func text(_ state: AppState) -> String {
        guard let running = state.work.running else { return "" }
        let w = state.strings.work
        let time = w.seconds(running.elapsedMilliseconds / 100)
        var parts: [String]
        switch running.kind {
        case .autoSchedule(let ideas):
            let progress = w.percent(running.percent) + " …, " + time
            parts = [state.message == nil ? w.scheduling(ideas) + ": " + progress : progress]
        case .suggestMentors(let teams):
            let progress = w.percent(running.percent) + " …, " + time
            parts = [state.message == nil ? w.suggesting(teams) + ": " + progress : progress]
        case .saving:
            parts = [w.saving + " … " + time]
            if running.keysWaiting > 0 { parts.append(w.keysWait(running.keysWaiting)) }
        }
        if let message = state.message { parts.append(message) }
        return parts.joined(separator: " · ")
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        guard state.work.running != nil else { return }
        let row = screen.rows - 1
        screen.write("", row: row, col: 0, exactly: screen.cols)
        var col = 1
        let cancel = cancelColumns(state)
        if !cancel.isEmpty {
            let kw = screen.write(Key.escape.label, row: row, col: col, style: Styles.key)
            screen.write(state.strings.edit.cancel, row: row, col: col + kw + 1)
            col = cancel.upperBound + 2
        }
        let room = screen.cols - col - 1
        guard room > 0 else { return }
        screen.write(TextFit.truncate(text(state), to: room), row: row, col: col, width: room,
                     style: state.message == nil ? Styles.heading : Styles.warning)
    }
}
