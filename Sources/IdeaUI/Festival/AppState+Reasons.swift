import IdeaModel

/// Why a ready idea is not on the grid, from the grid: `w` chooses one of the ready ideas
/// waiting, a window names the closest places with what is in the way and the changes
/// that would let it in; `a` asks, then makes the selected change and places the idea
/// through the session like any change (one undo, logged, checked for conflicts and
/// permissions: scheduling is for facilitators).
extension AppState {
    /// `w`: the ready ideas waiting for a place, to choose one.
    mutating func openWhy() {
        let ready = gridReady ?? GridLayout.ready(database)
        guard !ready.isEmpty else { message = strings.festival.nothingReady; return }
        let n = strings.screen
        let options = ready.map { idea in
            Picker.Option(id: idea.id, label: idea.title,
                          cells: [idea.plan.map { "\($0.durationMinutes)′" } ?? "–", idea.plan.map { String($0.audience) } ?? "–",
                                  idea.plan.map { $0.districts.joined(separator: ", ") } ?? ""])
        }
        overlay = .picker(Picker(title: strings.diagnosis.pickTitle, purpose: .diagnose, options: options,
                                 columns: [strings.colIdea, n.colLength, n.colAudience, n.colDistricts]))
    }

    /// The window of one idea's reasons.
    mutating func showReasons(_ ideaId: String) {
        guard let diagnosis = PlacementDiagnosis.of(ideaId, in: database) else { return }
        overlay = .reasons(ReasonsWindow(diagnosis))
    }

    /// ↑/↓ in the window: another change.
    mutating func moveReasons(_ delta: Int) {
        guard case .reasons(var window)? = overlay, !window.asking else { return }
        window.selected = max(0, min(window.diagnosis.suggestions.count - 1, window.selected + delta.clamped(to: -100...100)))
        overlay = .reasons(window)
    }

    /// Esc: from the question back to the window; from the window back to the grid.
    mutating func closeReasons() {
        guard case .reasons(var window)? = overlay, window.asking else { overlay = nil; return }
        window.asking = false
        overlay = .reasons(window)
    }

    /// The commands of the selected change, and who may not make them (nil: the actor may).
    private func reasonsChange(_ window: ReasonsWindow) -> (commands: [Command], refusal: String?) {
        guard let suggestion = window.suggestion else { return ([], nil) }
        let commands = suggestion.commands(placing: window.diagnosis.ideaId, in: database)
        guard let actor, let person = index.person[actor].map({ database.people[$0] }) else {
            return (commands, strings.edit.chooseYourselfFirst)
        }
        let denial = commands.lazy.compactMap { Permissions.refusal($0, by: person, in: self.database) }.first
        return (commands, denial.map(strings.model.permission))
    }

    /// `a` in the window: asks first; `y` to the question: makes the change, all of it or
    /// none, and puts the grid's cursor where the idea goes.
    mutating func applyChange() -> Effect {
        guard case .reasons(var window)? = overlay, let suggestion = window.suggestion else { return .none }
        let (commands, refusal) = reasonsChange(window)
        if let refusal {
            message = refusal
            return .none
        }
        guard !commands.isEmpty else { return .none }
        guard window.asking else {
            window.asking = true
            overlay = .reasons(window)
            return .none
        }
        overlay = nil
        if let v = GridLayout.venues(database).firstIndex(where: { $0.id == suggestion.place.venueId }) {
            grid.venue = v
            grid.minute = suggestion.place.start.minutes
            keepGridCursorInView()
        }
        return .edit(commands.count == 1 ? .apply(commands[0]) : .applyAll(commands))
    }

    /// Whether `a` would make a change here: a change is selected and the person acting may make it.
    var offersChange: Bool {
        guard case .reasons(let window)? = overlay else { return false }
        let (commands, refusal) = reasonsChange(window)
        return !commands.isEmpty && refusal == nil
    }

    /// After the data changed (another person's change, a reload): the window says what
    /// holds now, keeping the selected change where it still is; an idea no longer waiting
    /// closes it.
    mutating func refreshReasons() {
        guard case .reasons(let window)? = overlay else { return }
        let id = window.diagnosis.ideaId
        guard (gridReady ?? GridLayout.ready(database)).contains(where: { $0.id == id }),
              let diagnosis = PlacementDiagnosis.of(id, in: database) else {
            overlay = nil
            message = strings.diagnosis.notWaiting(window.diagnosis.title)
            return
        }
        var fresh = ReasonsWindow(diagnosis)
        fresh.selected = window.suggestion.flatMap { old in diagnosis.suggestions.firstIndex(of: old) } ?? 0
        overlay = .reasons(fresh)
    }
}
