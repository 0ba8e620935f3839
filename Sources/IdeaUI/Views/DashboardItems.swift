import IdeaModel

/// The figures of the dashboard that lead somewhere: moving between them, opening the
/// list (or record) behind one, and finding the one under the mouse.
enum DashboardItems {
    static func items(_ state: AppState) -> [DashboardView.Item] {
        var scratch = Screen(size: state.size)
        return DashboardView.layout(state, into: &scratch)
    }

    static func count(_ state: AppState) -> Int { items(state).count }

    /// ←/→: the figure in the other half nearest to the selected one's row.
    static func moveSideways(_ state: inout AppState, _ delta: Int) {
        let all = items(state)
        guard all.indices.contains(state.dashboardSelection) else { return }
        let here = all[state.dashboardSelection].rect
        let middle = state.size.cols / 2
        let others = all.indices.filter { delta > 0 ? all[$0].rect.col >= middle : all[$0].rect.col < middle }
        guard let nearest = others.min(by: { abs(all[$0].rect.row - here.row) < abs(all[$1].rect.row - here.row) }) else { return }
        state.dashboardSelection = nearest
    }

    static func open(_ state: inout AppState) {
        let all = items(state)
        guard all.indices.contains(state.dashboardSelection) else { return }
        switch all[state.dashboardSelection].target {
        case .ideas(let filters): state.openList(.ideas, filters: filters)
        case .teams(let filters): state.openList(.teams, filters: filters)
        case .mentors(let filters): state.openList(.mentors, filters: filters)
        case .idea(let id): state.push(.idea(id))
        case .person(let id): state.push(.person(id))
        }
    }

    /// Selects the figure at a cell; true when there was one.
    static func select(_ state: inout AppState, row: Int, col: Int) -> Bool {
        let all = items(state)
        guard let hit = all.firstIndex(where: { $0.rect.row == row && $0.rect.col <= col && col < $0.rect.right }) else { return false }
        state.dashboardSelection = hit
        return true
    }
}
