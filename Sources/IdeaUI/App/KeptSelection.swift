import IdeaModel

/// What each screen has selected, by record rather than by position: taken before the
/// data changes (someone else's save read in, or one's own) and put back after, so a
/// selection stays on its record when rows move, appear or go. A record that is gone
/// leaves the selection at the same place, on its neighbour.
struct KeptSelection {
    /// Each list's selected record (the log, whose rows never move, keeps its position).
    var lists: [ListKind: Route] = [:]
    /// Each board column's selected idea.
    var boardCards: [Int: String] = [:]
    var boardColumnIdea: String?
    /// The venue of the grid's cursor.
    var gridVenue: String?
    /// The selected line's link of each detail screen open, and the line it was on.
    var links: [Route: (link: Route, line: Int)] = [:]

    init(_ state: AppState) {
        for kind in state.lists.keys where kind != .log {
            guard let record = state.list(kind).selectedRecord else { continue }
            lists[kind] = ListSpec.of(kind, state.listContext).route(record)
        }
        let cards = BoardLayout.columns(state)
        for (c, column) in cards.enumerated() where state.board.row.indices.contains(c) {
            let at = state.board.row[c]
            if column.indices.contains(at) { boardCards[c] = state.database.ideas[column[at]].id }
        }
        boardColumnIdea = boardCards[state.board.column]
        let venues = GridLayout.venues(state.database)
        if venues.indices.contains(state.grid.venue) { gridVenue = venues[state.grid.venue].id }
        for route in state.stack where route.isDetail {
            guard let chosen = state.details[route]?.cursor else { continue }
            let lines = DetailLayout(route, state, size: state.size).lines
            if lines.indices.contains(chosen), let link = lines[chosen].link { links[route] = (link, chosen) }
        }
    }

    /// Puts the board's, the grid's and the details' selections back on their records
    /// (the lists do it as they are rebuilt, see `AppState.refreshList`).
    func restore(into state: inout AppState) {
        restoreBoard(&state)
        if let gridVenue, let at = GridLayout.venues(state.database).firstIndex(where: { $0.id == gridVenue }) {
            state.grid.venue = at
        }
        for (route, kept) in links {
            let lines = DetailLayout(route, state, size: state.size).lines
            // A record may be named on several lines (an author who is also a member):
            // the one nearest where the selection was.
            let same = lines.indices.filter { lines[$0].link == kept.link }
            guard let at = same.min(by: { abs($0 - kept.line) < abs($1 - kept.line) }) else { continue }
            state.details[route, default: DetailState()].cursor = at
            // Scrolled as little as needed to keep it in view.
            let height = DetailLayout.height(state.size)
            let top = state.details[route]?.top ?? 0
            if at < top { state.details[route]?.top = at }
            if at >= top + height { state.details[route]?.top = at - height + 1 }
        }
    }

    private func restoreBoard(_ state: inout AppState) {
        let cards = BoardLayout.columns(state)
        func place(of id: String) -> (column: Int, row: Int)? {
            for (c, column) in cards.enumerated() {
                if let r = column.firstIndex(where: { state.database.ideas[$0].id == id }) { return (c, r) }
            }
            return nil
        }
        for (c, id) in boardCards where state.board.row.indices.contains(c) {
            if let r = cards[c].firstIndex(where: { state.database.ideas[$0].id == id }) { state.board.row[c] = r }
        }
        // The selected card moved to another stage: the selection goes with it.
        if let id = boardColumnIdea, let (c, r) = place(of: id), state.board.row.indices.contains(c) {
            state.board.column = c
            state.board.row[c] = r
        }
    }
}

extension Route {
    /// A screen about one record, whose lines scroll and link to others.
    var isDetail: Bool {
        switch self {
        case .dashboard, .list, .board, .grid: return false
        case .idea, .person, .team, .venue, .forum, .session, .mentoring: return true
        }
    }
}
