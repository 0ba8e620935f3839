import IdeaModel

extension AppState {
    /// Applies one action. Pure: the result depends only on the state and the action.
    @discardableResult
    public mutating func update(_ action: Action) -> Effect {
        if let effect = actionWhileWorking(action) { return effect }
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
        case .gridAuto: return autoScheduleAsk()
        case .gridLonger: return changeLengthAtCursor(by: 1)
        case .gridShorter: return changeLengthAtCursor(by: -1)
        }
        return .none
    }

    /// A key press: typed into the search line when one is open, else looked up in the
    /// key map for the current context. Keys that mean nothing here change nothing.
    @discardableResult
    public mutating func handle(_ key: Key) -> Effect {
        if isWorking { return keyWhileWorking(key) }
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

    // MARK: Moving

    private mutating func move(_ delta: Int) {
        if isHelpOpen {
            helpTop = max(0, min(helpTop + delta.clamped(to: -100...100), HelpView.maxTop(self)))
            return
        }
        if case .menu(var menu)? = overlay {
            menu.move(by: delta)
            overlay = .menu(menu)
            return
        }
        switch route {
        case .dashboard:
            dashboardSelection = max(0, min(DashboardItems.count(self) - 1, dashboardSelection + delta.clamped(to: -1000...1000)))
        case .list(let kind):
            editList(kind) { $0.selected = max(0, min($0.rows.count - 1, $0.selected + delta.clamped(to: -1_000_000...1_000_000))) }
        case .board:
            // A page on the board is the cards a column shows, not the list's page.
            BoardView.move(&self, rows: abs(delta) == page ? delta.signum() * BoardView.cardsVisible(size) : delta)
        case .grid:
            // Home and End go to the day's start and end; PgUp/PgDn a screen of venues.
            if abs(delta) > 100_000 {
                moveGrid(columns: delta.signum() * 10_000)
            } else {
                moveGrid(venues: abs(delta) == page ? delta.signum() * GridLayout.visibleRows(self) : delta)
            }
        default:
            DetailView.move(&self, by: delta)
        }
    }

    private mutating func moveSideways(_ delta: Int) {
        switch route {
        case .dashboard: DashboardItems.moveSideways(&self, delta)
        case .board: BoardView.move(&self, columns: delta)
        case .grid: moveGrid(columns: delta)
        default: break
        }
    }

    private mutating func open() -> Effect {
        if case .menu(let menu)? = overlay { return choose(in: menu) }
        switch route {
        case .dashboard:
            DashboardItems.open(&self)
        case .list(let kind):
            let state = list(kind)
            guard let record = state.selectedRecord else { return .none }
            push(ListSpec.of(kind, listContext).route(record))
        case .board:
            if let route = BoardView.selectedRoute(self) { push(route) }
        case .grid:
            if grid.carrying != nil { return takeOrDrop() }
            if let slot = GridLayout.slotAtCursor(self) { push(.idea(slot.ideaId)) }
        default:
            if let link = DetailView.selectedLink(self) { push(link) }
        }
        return .none
    }

    /// Opens a list with only these filters on (from a dashboard figure).
    mutating func openList(_ kind: ListKind, filters: Set<FilterToken>) {
        editList(kind) {
            $0.filters = filters
            $0.selected = 0
            $0.top = 0
        }
        refreshList(kind)
        push(.list(kind))
    }

    // MARK: Search

    /// The list a search runs over: the one on screen, or the ideas from elsewhere.
    var searchKind: ListKind {
        if case .list(let kind) = route { return kind }
        return .ideas
    }

    private mutating func startSearch() {
        if case .list = route {} else { push(.list(.ideas)) }
        searchInput = ""
        filterInput = nil
        overlay = nil
    }

    /// A key on the line being typed: the search's or the text filter's.
    mutating func typeInLine(_ key: Key) -> Effect {
        filterInput != nil ? typeInFilter(key) : typeInSearch(key)
    }

    private mutating func typeInSearch(_ key: Key) -> Effect {
        guard var text = searchInput else { return .none }
        switch key {
        case .escape:
            searchInput = nil
            setQuery("", jump: false)
            return .none
        case .enter:
            searchInput = nil
            let state = list(searchKind)
            if state.matches.isEmpty, !text.isEmpty { message = strings.noMatches(text) }
            return .none
        case .ctrl("l"):
            return .redrawAll
        default:
            guard AppState.edit(&text, with: key) else { return .none }
        }
        searchInput = text
        setQuery(text, jump: true)
        return .none
    }

    /// Sets the search of the current list and moves to the first match at or after
    /// the selection (incremental search).
    private mutating func setQuery(_ text: String, jump: Bool) {
        let kind = searchKind
        let texts = searchTexts(kind, ListSpec.of(kind, listContext))
        editList(kind) { state in
            state.query = text
            state.matches = AppState.matches(of: text, in: state.rows, texts: texts)
            if jump, let first = state.matches.first { state.selected = first }
        }
        let state = list(kind)
        // Where the matches are shows beside the list; only "none" is a message.
        message = text.isEmpty || !state.matches.isEmpty ? nil : strings.noMatches(text)
    }

    private mutating func jumpToMatch(forward: Bool) {
        guard case .list(let kind) = route else { return }
        let state = list(kind)
        guard !state.matches.isEmpty else {
            message = state.query.isEmpty ? nil : strings.noMatches(state.query)
            return
        }
        let next = forward ? state.matches.first { $0 > state.selected } ?? state.matches[0]
            : state.matches.last { $0 < state.selected } ?? state.matches[state.matches.count - 1]
        editList(kind) { $0.selected = next }
        message = nil
    }

    // MARK: Mouse

    private mutating func click(row: Int, col: Int, open openIt: Bool) -> Effect {
        if let hit = StatusLine.binding(at: row, col: col, in: self) { return update(hit.action) }
        guard fits, overlay == nil else { return .none }
        if row == 0, let tab = TabBar.tab(at: col, in: self) {
            push(tab)
            return .none
        }
        switch route {
        case .list(let kind):
            let state = list(kind)
            let i = state.top + row - Layout.listFirstRow
            guard row >= Layout.listFirstRow, state.rows.indices.contains(i) else { return .none }
            editList(kind) { $0.selected = i }
            if openIt { return open() }
        case .board:
            if BoardView.select(&self, row: row, col: col), openIt { return open() }
        case .dashboard:
            if DashboardItems.select(&self, row: row, col: col), openIt { return open() }
        case .grid:
            if selectGridCell(row: row, col: col), openIt { return open() }
        default:
            if DetailView.select(&self, row: row), openIt { return open() }
        }
        return .none
    }
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
