import IdeaModel

/// A click selects what is under it (a double click also opens it); a click on the
/// status line acts like its key, on the tab bar opens the tab.
extension AppState {
    mutating func click(row: Int, col: Int, open openIt: Bool) -> Effect {
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
            guard row >= Layout.listFirstRow, row < Layout.listFirstRow + listHeight, state.rows.indices.contains(i) else { return .none }
            editList(kind) { $0.selected = i }
            if openIt { return open() }
        case .board:
            if board.select(row: row, col: col, in: boardLayout), openIt { return open() }
        case .dashboard:
            if dashboard.select(row: row, col: col, in: dashboardLayout), openIt { return open() }
        case .grid:
            if selectGridCell(row: row, col: col), openIt { return open() }
        default:
            if selectDetailLine(row: row), openIt { return open() }
        }
        return .none
    }
}
