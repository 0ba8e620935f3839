import IdeaModel

/// The arrows, paging and Enter, on whatever screen or menu is in front.
extension AppState {
    mutating func move(_ delta: Int) {
        if isHelpOpen {
            helpTop = max(0, min(helpTop + delta.clamped(to: -100...100), HelpView.maxTop(self)))
            return
        }
        if case .menu(var menu)? = overlay {
            menu.move(by: delta)
            overlay = .menu(menu)
            return
        }
        if case .reasons? = overlay { return moveReasons(delta) }
        switch route {
        case .dashboard:
            dashboard.move(by: delta, in: dashboardLayout)
        case .list(let kind):
            editList(kind) { $0.selected = max(0, min($0.rows.count - 1, $0.selected + delta.clamped(to: -1_000_000...1_000_000))) }
        case .board:
            // A page on the board is the cards a column shows, not the list's page.
            moveBoard(rows: abs(delta) == page ? delta.signum() * BoardLayout.cardsVisible(size) : delta)
        case .grid:
            // Home and End go to the day's start and end; PgUp/PgDn a screen of venues.
            if abs(delta) > 100_000 {
                moveGrid(columns: delta.signum() * 10_000)
            } else {
                moveGrid(venues: abs(delta) == page ? delta.signum() * GridLayout.visibleRows(self) : delta)
            }
        default:
            moveDetail(by: delta)
        }
    }

    mutating func moveSideways(_ delta: Int) {
        switch route {
        case .dashboard: dashboard.moveSideways(delta, in: dashboardLayout)
        case .board: moveBoard(columns: delta)
        case .grid: moveGrid(columns: delta)
        default: break
        }
    }

    mutating func open() -> Effect {
        if case .menu(let menu)? = overlay { return choose(in: menu) }
        switch route {
        case .dashboard:
            openDashboardFigure()
        case .list(let kind):
            let state = list(kind)
            guard let record = state.selectedRecord else { return .none }
            push(ListSpec.of(kind, listContext).route(record))
        case .board:
            if let route = boardSelectedRoute { push(route) }
        case .grid:
            if grid.carrying != nil { return takeOrDrop() }
            if let slot = GridLayout.slotAtCursor(self) { push(.idea(slot.ideaId)) }
        default:
            if let link = detailSelectedLink { push(link) }
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
}
