import IdeaModel

/// The dashboard's selected figure, as an index into `DashboardLayout.items`.
public struct DashboardState: Equatable, Sendable {
    public var selection = 0

    public init() {}

    /// ↑/↓, paging, Home and End: along the figures, top to bottom, left half first.
    mutating func move(by delta: Int, in layout: DashboardLayout) {
        selection = max(0, min(layout.items.count - 1, selection + delta.clamped(to: -1000...1000)))
    }

    /// ←/→: the figure in the other half nearest to the selected one's row.
    mutating func moveSideways(_ delta: Int, in layout: DashboardLayout) {
        if let nearest = layout.sideways(from: selection, delta) { selection = nearest }
    }

    /// Selects the figure at a cell; true when there was one.
    mutating func select(row: Int, col: Int, in layout: DashboardLayout) -> Bool {
        guard let hit = layout.item(atRow: row, col: col) else { return false }
        selection = hit
        return true
    }

    /// After a resize or a change of the data: still one of the figures. With none (too
    /// small to lay any out) the selection waits for a size that has them.
    mutating func keepInside(_ layout: DashboardLayout) {
        if !layout.items.isEmpty { selection = max(0, min(selection, layout.items.count - 1)) }
    }

    /// Where the selected figure leads.
    func target(in layout: DashboardLayout) -> DashboardLayout.Target? {
        layout.items.indices.contains(selection) ? layout.items[selection].target : nil
    }
}

extension AppState {
    /// The dashboard laid out at the current size.
    var dashboardLayout: DashboardLayout { DashboardLayout(self, size: size) }

    /// Enter on the dashboard: the list (or record) behind the selected figure.
    mutating func openDashboardFigure() {
        switch dashboard.target(in: dashboardLayout) {
        case .ideas(let filters)?: openList(.ideas, filters: filters)
        case .teams(let filters)?: openList(.teams, filters: filters)
        case .mentors(let filters)?: openList(.mentors, filters: filters)
        case .idea(let id)?: push(.idea(id))
        case .person(let id)?: push(.person(id))
        case nil: break
        }
    }
}
