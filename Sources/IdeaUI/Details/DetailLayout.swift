import IdeaModel

/// A detail screen at a size: its title and lines (wrapped to the width), the rows the
/// lines get, the first line shown and the selected one. Made from the state alone,
/// without drawing: `DetailView` draws it, the keys step through its links and clicks
/// find their line in it.
struct DetailLayout {
    /// The row of the first line: below the tab bar and the title row.
    static let firstRow = 2

    let title: String
    let lines: [DetailLine]
    /// Rows for the lines.
    let height: Int
    /// The first line shown: the screen's scroll, kept inside the lines.
    let top: Int
    /// The selected line: the one chosen, else the first link in view, so that Enter
    /// opens something from the start (a mentor's home opens on its first team).
    let cursor: Int?

    init(_ route: Route, _ state: AppState, size: Size) {
        (title, lines) = DetailContent.of(route, state, width: size.cols - 2)
        height = Self.height(size)
        let kept = state.details[route] ?? DetailState()
        top = max(0, min(kept.top, max(0, lines.count - height)))
        let (top, height, lines) = (top, height, lines)
        cursor = kept.cursor ?? lines.indices.first { $0 >= top && $0 < top + height && lines[$0].link != nil }
    }

    /// Rows for the lines: all but the tab bar, the title row and the status line.
    static func height(_ size: Size) -> Int { max(1, size.rows - 3) }

    /// The furthest the lines scroll.
    var bottom: Int { max(0, lines.count - height) }

    /// The lines that name another record.
    var links: [Int] { lines.indices.filter { lines[$0].link != nil } }

    /// The link of the selected line, if any.
    var selectedLink: Route? {
        guard let cursor, lines.indices.contains(cursor) else { return nil }
        return lines[cursor].link
    }

    /// The link line at a screen row, if any; only a line shown is at a row.
    func link(atRow row: Int) -> Int? {
        let at = top + row - Self.firstRow
        guard row >= Self.firstRow, row < Self.firstRow + height, lines.indices.contains(at), lines[at].link != nil else { return nil }
        return at
    }
}

/// The lines of each kind of detail screen.
enum DetailContent {
    static func of(_ route: Route, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        switch route {
        case .idea(let id): return IdeaDetail.content(id, state, width: width)
        case .person(let id): return PersonDetail.content(id, state, width: width)
        case .team(let id): return TeamDetail.content(id, state, width: width)
        case .venue(let id): return VenueDetail.content(id, state, width: width)
        case .forum(let id): return ForumDetail.content(id, state, width: width)
        case .session(let id): return SessionDetail.content(id, state, width: width)
        case .mentoring(let id): return MentorHome.content(id, state, width: width)
        case .dashboard, .list, .board, .grid: return ("", [])
        }
    }
}
