import IdeaModel

/// The board: one column per stage (the pipeline, then parked and withdrawn) with its
/// count, and a card per idea showing its title and sectors. It shows the ideas the
/// ideas list shows, in its order and with its filters. Columns scroll sideways when
/// they do not all fit; each column scrolls to keep its selected card in view. Where the
/// columns and cards go is `BoardLayout`'s.
enum BoardView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let layout = BoardLayout(state, size: screen.size)
        let cards = layout.cards
        let parts = ListView.filterParts(state.list(.ideas), state)
        let shown = cards.reduce(0) { $0 + $1.count }
        if ListView.typingLine(state, room: screen.cols, into: &screen) != nil {
            // The text filter being typed (the board shows the ideas list's filters).
        } else if parts.isEmpty {
            screen.write("\(s.board) · \(s.ideaCount(shown))", row: 1, col: 0, width: screen.cols, style: Styles.heading)
        } else {
            let w = screen.write(s.filtersLabel + " ", row: 1, col: 0, width: screen.cols, style: Styles.key)
            screen.write(parts.joined(separator: " · ") + " · " + s.ideaCount(shown), row: 1, col: w, width: screen.cols - w)
        }
        let visible = layout.visible
        let width = layout.width
        let first = layout.left
        for v in 0..<visible {
            let c = first + v
            guard cards.indices.contains(c) else { break }
            let stage = Stage.allCases[c]
            let x = v * width
            let w = (v == visible - 1 ? screen.cols - x : width) - 1
            let current = c == state.board.column
            let header = "\(s.stage(stage)) (\(cards[c].count))"
            screen.write(header, row: 2, col: x, exactly: w, style: current ? Style(.stage(stage), bold: true, underline: true)
                         : Style(.stage(stage), bold: true))
            if c > first { for row in 2..<max(2, screen.rows - 1) { screen.write("│", row: row, col: x - 1, style: Styles.rule) } }
            let top = layout.top(c)
            for i in 0..<layout.cardsVisible {
                let at = top + i
                guard cards[c].indices.contains(at) else { break }
                let idea = state.database.ideas[cards[c][at]]
                let row = BoardLayout.cardsTop + i * BoardLayout.cardHeight
                let selected = current && at == (state.board.row.indices.contains(c) ? state.board.row[c] : 0)
                if state.marks.contains(.record(.idea(idea.id))) {
                    // Changed by someone else a moment ago: marked as the lists mark rows.
                    let mark = screen.write(ListView.changedMark + " ", row: row, col: x, width: w,
                                            style: selected ? Styles.selected : Styles.changed)
                    screen.write(idea.title, row: row, col: x + mark, exactly: w - mark, style: selected ? Styles.selected : .plain)
                } else {
                    screen.write(idea.title, row: row, col: x, exactly: w, style: selected ? Styles.selected : .plain)
                }
                var col = x
                for (n, sector) in idea.sectors.enumerated() where col < x + w {
                    let word = (n > 0 ? " " : "") + s.sector(sector)
                    col += screen.write(word, row: row + 1, col: col, width: x + w - col,
                                        style: selected ? Style(.sector(sector), reverse: true) : Style(.sector(sector)))
                }
                if selected && col < x + w { screen.write(String(repeating: " ", count: x + w - col), row: row + 1, col: col, style: Styles.selected) }
            }
            if top > 0 { screen.write("↑", row: 2, col: x + w - 1, style: Styles.muted) }
            if top + layout.cardsVisible < cards[c].count {
                screen.write("↓", row: screen.rows - 2, col: x + w - 1, style: Styles.muted)
            }
        }
    }
}
