import IdeaModel

extension AppState {
    /// Applies one action. Pure: the result depends only on the state and the action.
    @discardableResult
    public mutating func update(_ action: Action) -> Effect {
        if action.changesData && actor == nil && overlay == nil {
            // Every change says who made it: ask first, then the user tries again.
            askWhoYouAre()
            message = strings.edit.chooseYourselfFirst
            return .none
        }
        switch action {
        case .quit:
            isRunning = false
            return .quit
        case .back:
            if route == .grid, grid.carrying != nil {
                grid.carrying = nil
                message = nil
                return .none
            }
            if pop() { return .none }
            isRunning = false
            return .quit
        case .resize(let newSize):
            fitToSize(newSize)
            return .none
        case .redraw:
            return .redrawAll
        case .toggleHelp:
            toggleHelp()
        case .closeOverlay:
            switch overlay {
            case .help?, .helpOver?: toggleHelp()
            case .form?: return typeInForm(.escape)
            case .picker?: return typeInPicker(.escape)
            case nil where searchInput != nil || filterInput != nil: return typeInLine(.escape)
            default: overlay = nil
            }
        case .up: move(-1)
        case .down: move(1)
        case .pageUp: move(-page)
        case .pageDown: move(page)
        case .first: move(-Int.max / 2)
        case .last: move(Int.max / 2)
        case .left: moveSideways(-1)
        case .right: moveSideways(1)
        case .open: return open()
        case .nextTab: cycleTab(1)
        case .previousTab: cycleTab(-1)
        case .goToTab(let n): goToTab(n)
        case .startSearch: startSearch()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .openFilters: openMenu(filters: true)
        case .openSort: openMenu(filters: false)
        case .clearFilters: clearFilters()
        case .startTextFilter: startTextFilter()
        case .clearLine: return typeInLine(.ctrl("u"))
        case .showMessages: showMessages()
        case .click(let row, let col): return click(row: row, col: col, open: false)
        case .doubleClick(let row, let col): return click(row: row, col: col, open: true)
        case .scroll(_, _, let by): move(by)
        case .undo: return .edit(.undo)
        case .redo: return .edit(.redo)
        case .moveForward: return moveForward()
        case .moveBack: return moveBack()
        case .moveMenu: openMoveMenu()
        case .activity: openActivity()
        case .keepMine: return resolveConflict(keepMine: true)
        case .keepTheirs: return resolveConflict(keepMine: false)
        case .makeRoom: openMakeRoom()
        case .takeDraft: return takeDraft()
        case .dropDraft: return dropDraft()
        case .submit:
            if overlay == nil, searchInput != nil || filterInput != nil { return typeInLine(.enter) }
            switch overlay {
            case .prompt?: return typeInPrompt(.enter)
            case .form?: return typeInForm(.ctrl("s"))
            case .picker?: return typeInPicker(.enter)
            case .notice(let notice)?:
                overlay = nil
                if let command = notice.confirm { return .edit(.apply(command)) }
            default: break
            }
        case .nextField: return typeInForm(.tab)
        case .previousField: return typeInForm(.backTab)
        case .newIdea: openNewIdea()
        case .editRecord: openEdit()
        case .actions: openActions()
        case .takeTeam: takeSelectedTeam()
        case .letGoTeam: letSelectedTeamGo()
        case .mentorHome: openMentorHome()
        case .applySuggestions: return applySuggestions()
        case .gridPlace: placeAtCursor()
        case .gridMove: return takeOrDrop()
        case .gridRemove: removeAtCursor()
        case .gridPin: return pinAtCursor()
        case .gridZoom: zoomGrid()
        case .gridAuto: autoScheduleAsk()
        case .gridLonger: return changeLengthAtCursor(by: 1)
        case .gridShorter: return changeLengthAtCursor(by: -1)
        }
        return .none
    }

    /// A key press: typed into the search line when one is open, else looked up in the
    /// key map for the current context. Keys that mean nothing here change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect {
        if isHelpOpen {
            guard let action = keyMap.action(for: key, in: .help) else { return .none }
            return update(action)
        }
        if let line = searchInput ?? filterInput {
            return asksForHelp(key, freeToAsk: line.isEmpty) ? update(.toggleHelp) : typeInLine(key)
        }
        switch overlay {
        case .prompt(let prompt)?:
            if asksForHelp(key, freeToAsk: prompt.editor.text.isEmpty) { return update(.toggleHelp) }
            if key != .enter, keyMap.action(for: key, in: .prompt) == nil { return typeInPrompt(key) }
        case .form(let form)?:
            // Forms read every key themselves (so Q and Tab type or move as they should).
            if key == .ctrl("l") { return .redrawAll }
            return asksForHelp(key, freeToAsk: form.questionMarkIsFree) ? update(.toggleHelp) : typeInForm(key)
        case .picker(let picker)?:
            if key == .ctrl("l") { return .redrawAll }
            return asksForHelp(key, freeToAsk: picker.query.text.isEmpty) ? update(.toggleHelp) : typeInPicker(key)
        default:
            break
        }
        guard let action = keyMap.action(for: key, in: keyContext) else { return .none }
        return update(action)
    }

    /// Where text is typed, F1 opens the help, and `?` only where it would not be typed
    /// into text (at the start of an empty line, on a list field).
    private func asksForHelp(_ key: Key, freeToAsk: Bool) -> Bool {
        key == .function(1) || (key == .char("?") && freeToAsk)
    }

    /// `?` and F1: the help of what is in front, over it; again (or Esc) closes it.
    mutating func toggleHelp() {
        switch overlay {
        case .help?: overlay = nil
        case .helpOver(let under)?: overlay = under
        case nil: overlay = .help
        case let other?: overlay = .helpOver(other)
        }
    }

    var page: Int { max(1, listHeight - 1) }
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
