import IdeaModel

extension AppState {
    /// Takes in what became of a requested change: the new database, and a message or a
    /// window that says what happened. Nothing typed is lost: a form stays open (or comes
    /// back) until its change is saved, whatever went wrong.
    public mutating func finish(_ request: EditRequest, _ result: EditResult) {
        let e = strings.edit
        switch result {
        case .saved(let db, let entry, let change, let notice):
            setDatabase(db)
            if case .form(let form)? = overlay {
                overlay = nil
                // A new idea opens, so its author sees it and can go on with it.
                if form.kind == .newIdea, let id = entry?.ideaId { push(.idea(id)) }
            }
            if case .conflict? = overlay { overlay = nil }
            let said: String
            switch request {
            case .keepTheirs:
                if let form = heldForm {
                    // Their version stays; the form comes back to be checked and saved again.
                    heldForm = nil
                    overlay = .form(form)
                    message = strings.saving.keptTheirsFormBack
                    return
                }
                said = e.keptTheirs
            case .applyAll(let commands): said = strings.saving.savedAsOne(commands.count)
            case .apply, .undo, .redo, .keepOurs, .makeRoom: said = change.map(saying) ?? e.saved(entry?.summary ?? "")
            }
            heldForm = nil
            message = notice.map { said + " · " + strings.model.notice($0) } ?? said
        case .refused(let violation):
            let lines = strings.model.lines(violation)
            if showInForm(lines) { return }
            overlay = .notice(Notice(title: e.refusedTitle, lines: lines))
            message = e.notSaved
        case .conflict(let conflict):
            // The form waits under the conflict panel; keeping theirs brings it back.
            if case .form(let form)? = overlay { heldForm = form }
            overlay = .conflict(conflict)
            message = e.notSaved
        case .failed(let failure):
            switch failure {
            case .nothingToUndo: message = e.nothingToUndo
            case .nothingToRedo: message = e.nothingToRedo
            case .refused(let violation): finish(request, .refused(violation))
            case .store, .busy:
                let why = strings.model.failure(failure)
                if showInForm([strings.saving.notSavedTextKept(why)]) { return }
                overlay = .notice(Notice(title: strings.saving.notSavedTitle, lines: [why]))
                message = e.notSaved
            }
        case .noActor:
            message = e.chooseYourselfFirst
        }
    }

    /// What a saved step did, in this language, after "saved", "undone" or "redone".
    func saying(_ change: EditSession.Change) -> String {
        let e = strings.edit, model = strings.model
        switch change {
        case .made(let done): return e.saved(model.summaries(done))
        case .undo(let done, forced: false): return e.undone(model.summaries(done))
        case .redo(let done, forced: false): return e.redone(model.summaries(done))
        case .undo, .redo, .keptOwn: return e.saved(model.change(change))
        }
    }

    /// Shows why a change was not made at the foot of the open form (or of the form held
    /// under a conflict, which comes back); false when no form is open.
    private mutating func showInForm(_ lines: [String]) -> Bool {
        let open: Form?
        if case .form(let form)? = overlay { open = form } else { open = heldForm }
        guard var form = open else { return false }
        form.refusal = lines
        overlay = .form(form)
        heldForm = nil
        message = strings.edit.notSaved
        return true
    }

    // MARK: The idea a key acts on

    /// The idea the current screen is about or has selected, if any.
    public var selectedIdeaId: String? {
        switch route {
        case .idea(let id): return id
        case .list(.ideas):
            guard let row = list(.ideas).selectedRecord, database.ideas.indices.contains(row) else { return nil }
            return database.ideas[row].id
        case .board:
            if case .idea(let id)? = boardSelectedRoute { return id }
            return nil
        default:
            return nil
        }
    }

    var selectedIdea: Idea? {
        guard let id = selectedIdeaId, let i = index.idea[id] else { return nil }
        return database.ideas[i]
    }

    // MARK: Stage moves

    /// `>`: the next stage, or what its gate still misses.
    mutating func moveForward() -> Effect {
        guard let idea = selectedIdea else {
            message = strings.edit.noIdeaSelected
            return .none
        }
        guard let move = StageMove.choices(for: idea).first(where: { if case .forward = $0 { return true } else { return false } }) else {
            message = idea.stage == .ready ? strings.edit.readyMovesBySchedule : strings.edit.noMoves
            return .none
        }
        return choose(move, for: idea)
    }

    /// `<`: one stage back, asking why.
    mutating func moveBack() -> Effect {
        guard let idea = selectedIdea else {
            message = strings.edit.noIdeaSelected
            return .none
        }
        guard let move = StageMove.choices(for: idea).first(where: { if case .back = $0 { return true } else { return false } }) else {
            message = strings.edit.noMoves
            return .none
        }
        return choose(move, for: idea)
    }

    /// `m`: every move open to the idea, in a menu.
    mutating func openMoveMenu() {
        guard let idea = selectedIdea else {
            message = strings.edit.noIdeaSelected
            return
        }
        let moves = StageMove.choices(for: idea)
        guard !moves.isEmpty else {
            message = strings.edit.noMoves
            return
        }
        let items = moves.map { Menu.Item(label: $0.label(strings), isHeading: false, checked: false, move: $0) }
        overlay = .menu(Menu(title: strings.edit.moveTitle(idea.title), purpose: .moves(ideaId: idea.id), items: items, selected: 0))
    }

    /// A move chosen: forward goes at once when the gate is open (else says what is
    /// missing); the others ask for a reason first.
    mutating func choose(_ move: StageMove, for idea: Idea) -> Effect {
        let s = strings
        // Whether they may comes before what the gate misses or why they move it.
        if refuses(move.command(idea.id, reason: "")) { return .none }
        if case .forward(let stage) = move {
            let missing = Gates.conditions(for: idea, to: stage, in: database, today: today).filter { !$0.met }
            guard missing.isEmpty else {
                overlay = .notice(Notice(title: s.edit.cannotMoveTo(idea.title, s.stage(stage)),
                                         lines: missing.map { "✗ " + s.gate($0.condition) }))
                return .none
            }
            overlay = nil
            return .edit(.apply(move.command(idea.id, reason: "")))
        }
        overlay = .prompt(Prompt(title: s.edit.moveTitle(idea.title), question: move.question(s),
                                 label: s.edit.reasonLabel, purpose: .move(move, ideaId: idea.id)))
        return .none
    }

    // MARK: Prompts

    /// Keys while a prompt is open: Enter answers, Esc cancels, the rest edit the line.
    mutating func typeInPrompt(_ key: Key) -> Effect {
        guard case .prompt(var prompt)? = overlay else { return .none }
        switch key {
        case .escape:
            cancelPrompt()
            return .none
        case .enter:
            return answer(prompt)
        case .ctrl("l"):
            return .redrawAll
        default:
            if prompt.editor.handle(key) { prompt.problem = nil }
            overlay = .prompt(prompt)
            return .none
        }
    }

    /// Esc (or "cancel" clicked): the prompt closes. Making room is a step of resolving a
    /// conflict: Esc goes back to it.
    mutating func cancelPrompt() {
        guard case .prompt(let prompt)? = overlay else { return }
        if case .makeRoom(let conflict, _) = prompt.purpose { overlay = .conflict(conflict) } else { overlay = nil }
    }

    /// Enter (or "confirm" clicked): the prompt's answer.
    mutating func answerPrompt() -> Effect {
        guard case .prompt(let prompt)? = overlay else { return .none }
        return answer(prompt)
    }

    private mutating func answer(_ prompt: Prompt) -> Effect {
        // Every prompt asks for a reason, and none is taken empty.
        let reason = prompt.editor.text.trimmedForModel
        guard !reason.isEmpty else {
            var again = prompt
            again.problem = strings.edit.reasonNeeded
            overlay = .prompt(again)
            return .none
        }
        overlay = nil
        switch prompt.purpose {
        case .move(let move, let ideaId):
            return .edit(.apply(move.command(ideaId, reason: reason)))
        case .letGo(let teamId, let mentorId):
            return .edit(.apply(.removeMentor(teamId: teamId, mentorId: mentorId, reason: reason)))
        case .makeRoom(let conflict, let dropping):
            return .edit(.makeRoom(conflict, dropping: dropping, reason: reason))
        }
    }

    // MARK: Conflicts

    mutating func resolveConflict(keepMine: Bool) -> Effect {
        guard case .conflict(let conflict)? = overlay else { return .none }
        if keepMine && !conflict.canKeepOurs { return .none }
        overlay = nil
        return .edit(keepMine ? .keepOurs(conflict) : .keepTheirs(conflict))
    }
}

extension String {
    /// Without white space at either end: what the model stores from a typed answer.
    var trimmedForModel: String {
        var rest = Substring(self)
        while let first = rest.first, first.isWhitespace { rest.removeFirst() }
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        return String(rest)
    }
}

extension AppState {
    /// `a`: the activity log, of the idea on screen or selected, else of everything.
    mutating func openActivity() {
        let filters: Set<FilterToken> = selectedIdeaId.map { [.idea($0)] } ?? []
        openList(.log, filters: filters)
    }
}
