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
        case .closeOverlay: return closeWindow()
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
        case .clearLine: clearLine()
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
        case .submit: return submitWindow()
        case .nextField: focusFormField(by: 1)
        case .previousField: focusFormField(by: -1)
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
        case .gridWhy: openWhy()
        case .applyChange: return applyChange()
        }
        return .none
    }

    var page: Int { max(1, listHeight - 1) }
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
