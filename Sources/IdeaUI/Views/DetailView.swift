import IdeaModel

/// One line of a detail screen: pieces of text, each with its style.
public struct DetailLine: Equatable, Sendable {
    public var pieces: [(String, Style)]

    public init(_ pieces: [(String, Style)]) { self.pieces = pieces }
    public init(_ text: String, _ style: Style = .plain) { pieces = [(text, style)] }

    public static func == (a: DetailLine, b: DetailLine) -> Bool {
        a.pieces.map(\.0) == b.pieces.map(\.0) && a.pieces.map(\.1) == b.pieces.map(\.1)
    }

    public static let blank = DetailLine("")
}

/// A record's detail: a title row and scrolling lines of sections.
enum DetailView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let (title, lines) = DetailContent.of(state.route, state, width: screen.cols - 2)
        screen.write(title, row: 1, col: 1, width: screen.cols - 2, style: Styles.heading)
        let height = screen.rows - 3
        let top = max(0, min(state.scroll[state.route] ?? 0, max(0, lines.count - height)))
        for i in 0..<height {
            guard lines.indices.contains(top + i) else { break }
            var col = 1
            for (text, style) in lines[top + i].pieces {
                col += screen.write(text, row: 2 + i, col: col, width: screen.cols - 1 - col, style: style)
            }
        }
        if lines.count > height {
            let mark = "\(top + 1)–\(min(lines.count, top + height))/\(lines.count)"
            screen.write(mark, row: 1, col: screen.cols - DisplayWidth.of(mark) - 1, style: Styles.muted)
        }
    }
}

extension DetailView {
    /// The furthest a detail can scroll at the current size: its last line at the bottom.
    static func maxScroll(_ state: AppState) -> Int {
        let (_, lines) = DetailContent.of(state.route, state, width: state.size.cols - 2)
        return max(0, lines.count - (state.size.rows - 3))
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
        case .dashboard, .list, .board: return ("", [])
        }
    }
}
