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

/// A record's detail: a title row and scrolling lines of sections, laid out by
/// `DetailLayout`.
enum DetailView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let layout = DetailLayout(state.route, state, size: screen.size)
        let (title, lines, height, top) = (layout.title, layout.lines, layout.height, layout.top)
        screen.write(title, row: 1, col: 1, width: screen.cols - 2, style: Styles.heading)
        let cursor = layout.cursor
        for i in 0..<height {
            guard lines.indices.contains(top + i) else { break }
            var col = 1
            for (text, style) in lines[top + i].pieces {
                col += screen.write(text, row: DetailLayout.firstRow + i, col: col, width: screen.cols - 1 - col, style: style)
            }
            if top + i == cursor, lines[top + i].link != nil {
                screen.highlight(Rect(row: DetailLayout.firstRow + i, col: 0, width: screen.cols, height: 1))
            }
        }
        if lines.count > height {
            let mark = "\(top + 1)–\(min(lines.count, top + height))/\(lines.count)"
            screen.write(mark, row: 1, col: screen.cols - DisplayWidth.of(mark) - 1, style: Styles.muted)
        }
    }
}
