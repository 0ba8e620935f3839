import IdeaModel

/// One line of a detail screen: pieces of text, each with its style.
public struct DetailLine: Equatable, Sendable {
    public var pieces: [(String, Style)]
    /// The record this line names, opened with Enter when the line is selected.
    public var link: Route?

    public init(_ pieces: [(String, Style)], link: Route? = nil) {
        self.pieces = pieces
        self.link = link
    }

    public init(_ text: String, _ style: Style = .plain) { pieces = [(text, style)] }

    public static func == (a: DetailLine, b: DetailLine) -> Bool {
        a.pieces.map(\.0) == b.pieces.map(\.0) && a.pieces.map(\.1) == b.pieces.map(\.1) && a.link == b.link
    }

    public static let blank = DetailLine("")
}

/// A record's detail: a title row and scrolling lines of sections.
enum DetailView {
    /// Rows for the lines: all but the tab bar, the title row and the status line.
    static func height(_ size: Size) -> Int { max(1, size.rows - 3) }

    /// Moves within a detail. With links on the screen, ↑/↓ step from link to link
    /// (scrolling to keep the selected one in view) and paging scrolls and selects the
    /// first link in view; without links, every move scrolls.
    static func move(_ state: inout AppState, by delta: Int) {
        let route = state.route
        let lines = DetailContent.of(route, state, width: state.size.cols - 2).1
        let height = height(state.size)
        let bottom = max(0, lines.count - height)
        var top = min(state.scroll[route] ?? 0, bottom)
        let links = lines.indices.filter { lines[$0].link != nil }
        let step = delta.clamped(to: -1_000_000...1_000_000)
        if links.isEmpty || abs(step) > 1 {
            top = max(0, min(bottom, top + step))
            state.scroll[route] = top
            if !links.isEmpty {
                let inView = links.filter { $0 >= top && $0 < top + height }
                state.detailCursor[route] = step > 0 ? inView.last ?? state.detailCursor[route] : inView.first ?? state.detailCursor[route]
            }
            return
        }
        let current = cursor(state, lines: lines)
        let next: Int?
        if let current {
            next = step > 0 ? links.first { $0 > current } : links.last { $0 < current }
        } else {
            next = links.first { $0 >= top }
        }
        guard let target = next else {
            // No link further that way: scroll instead, so the rest can still be read.
            state.scroll[route] = max(0, min(bottom, top + step))
            return
        }
        state.detailCursor[route] = target
        if target < top { top = target }
        if target >= top + height { top = target - height + 1 }
        state.scroll[route] = max(0, min(bottom, top))
    }

    /// The selected line: the one chosen, else the first link in view, so that Enter
    /// opens something from the start (a mentor's home opens on its first team).
    static func cursor(_ state: AppState, lines: [DetailLine]) -> Int? {
        let route = state.route
        if let chosen = state.detailCursor[route] { return chosen }
        let height = height(state.size)
        let top = max(0, min(state.scroll[route] ?? 0, max(0, lines.count - height)))
        return lines.indices.first { $0 >= top && $0 < top + height && lines[$0].link != nil }
    }

    /// The link of the selected line, if any.
    static func selectedLink(_ state: AppState) -> Route? {
        let lines = DetailContent.of(state.route, state, width: state.size.cols - 2).1
        guard let cursor = cursor(state, lines: lines) else { return nil }
        return lines.indices.contains(cursor) ? lines[cursor].link : nil
    }

    /// Selects the link line under the mouse; true when there was one.
    static func select(_ state: inout AppState, row: Int) -> Bool {
        let lines = DetailContent.of(state.route, state, width: state.size.cols - 2).1
        let bottom = max(0, lines.count - height(state.size))
        let at = min(state.scroll[state.route] ?? 0, bottom) + row - 2
        guard row >= 2, lines.indices.contains(at), lines[at].link != nil else { return false }
        state.detailCursor[state.route] = at
        return true
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let (title, lines) = DetailContent.of(state.route, state, width: screen.cols - 2)
        screen.write(title, row: 1, col: 1, width: screen.cols - 2, style: Styles.heading)
        let height = DetailView.height(screen.size)
        let top = max(0, min(state.scroll[state.route] ?? 0, max(0, lines.count - height)))
        let cursor = cursor(state, lines: lines)
        for i in 0..<height {
            guard lines.indices.contains(top + i) else { break }
            var col = 1
            for (text, style) in lines[top + i].pieces {
                col += screen.write(text, row: 2 + i, col: col, width: screen.cols - 1 - col, style: style)
            }
            if top + i == cursor, lines[top + i].link != nil {
                screen.highlight(Rect(row: 2 + i, col: 0, width: screen.cols, height: 1))
            }
        }
        if lines.count > height {
            let mark = "\(top + 1)–\(min(lines.count, top + height))/\(lines.count)"
            screen.write(mark, row: 1, col: screen.cols - DisplayWidth.of(mark) - 1, style: Styles.muted)
        }
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
