import IdeaModel

/// The board: one column per stage (the pipeline, then parked and withdrawn) with its
/// count, and a card per idea showing its title and sectors. It shows the ideas the
/// ideas list shows, in its order and with its filters. Columns scroll sideways when
/// they do not all fit; each column scrolls to keep its selected card in view.
enum BoardView {
    static let minColumnWidth = 20
    /// Rows above the cards: tab bar, filter line, column headers.
    static let cardsTop = 3
    static let cardHeight = 2

    /// Record positions of the ideas in each stage column.
    static func columns(_ state: AppState) -> [[Int]] {
        var byStage = Array(repeating: [Int](), count: Stage.allCases.count)
        for row in state.list(.ideas).rows {
            if let c = Stage.allCases.firstIndex(of: state.database.ideas[row].stage) { byStage[c].append(row) }
        }
        return byStage
    }

    static func visibleColumns(_ size: Size) -> Int { max(1, min(Stage.allCases.count, size.cols / minColumnWidth)) }

    static func cardsVisible(_ size: Size) -> Int { max(1, (size.rows - cardsTop - 1) / cardHeight) }

    /// The first column shown, so that the selected one is on screen.
    static func left(_ state: AppState) -> Int {
        let visible = visibleColumns(state.size)
        var left = min(state.boardLeft, Stage.allCases.count - visible)
        if state.boardColumn < left { left = state.boardColumn }
        if state.boardColumn >= left + visible { left = state.boardColumn - visible + 1 }
        return max(0, left)
    }

    /// The first card shown in a column, so that its selected card is on screen.
    static func top(_ state: AppState, column: Int) -> Int {
        let selected = state.boardRow.indices.contains(column) ? state.boardRow[column] : 0
        return max(0, selected - cardsVisible(state.size) + 1)
    }

    static func draw(_ state: AppState, into screen: inout Screen) {
        let s = state.strings
        let cards = columns(state)
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
        let visible = visibleColumns(screen.size)
        let width = screen.cols / visible
        let first = left(state)
        for v in 0..<visible {
            let c = first + v
            guard cards.indices.contains(c) else { break }
            let stage = Stage.allCases[c]
            let x = v * width
            let w = (v == visible - 1 ? screen.cols - x : width) - 1
            let current = c == state.boardColumn
            let header = "\(s.stage(stage)) (\(cards[c].count))"
            screen.write(header, row: 2, col: x, exactly: w, style: current ? Style(.stage(stage), bold: true, underline: true)
                         : Style(.stage(stage), bold: true))
            if c > first { for row in 2..<max(2, screen.rows - 1) { screen.write("│", row: row, col: x - 1, style: Styles.rule) } }
            let top = top(state, column: c)
            for i in 0..<cardsVisible(screen.size) {
                let at = top + i
                guard cards[c].indices.contains(at) else { break }
                let idea = state.database.ideas[cards[c][at]]
                let row = cardsTop + i * cardHeight
                let selected = current && at == (state.boardRow.indices.contains(c) ? state.boardRow[c] : 0)
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
            if top + cardsVisible(screen.size) < cards[c].count {
                screen.write("↓", row: screen.rows - 2, col: x + w - 1, style: Styles.muted)
            }
        }
    }

    static func move(_ state: inout AppState, rows delta: Int) {
        let cards = columns(state)
        let c = state.boardColumn
        guard cards.indices.contains(c), state.boardRow.indices.contains(c) else { return }
        let step = delta.clamped(to: -1_000_000...1_000_000)
        state.boardRow[c] = max(0, min(cards[c].count - 1, state.boardRow[c] + step))
    }

    static func move(_ state: inout AppState, columns delta: Int) {
        state.boardColumn = max(0, min(Stage.allCases.count - 1, state.boardColumn + delta))
        state.boardLeft = left(state)
        let cards = columns(state)
        let c = state.boardColumn
        if state.boardRow.indices.contains(c) { state.boardRow[c] = max(0, min(cards[c].count - 1, state.boardRow[c])) }
    }

    static func selectedRoute(_ state: AppState) -> Route? {
        let cards = columns(state)
        let c = state.boardColumn
        guard cards.indices.contains(c), state.boardRow.indices.contains(c), cards[c].indices.contains(state.boardRow[c]) else { return nil }
        return .idea(state.database.ideas[cards[c][state.boardRow[c]]].id)
    }

    /// Selects the card under the mouse; true when there was one.
    static func select(_ state: inout AppState, row: Int, col: Int) -> Bool {
        let visible = visibleColumns(state.size)
        let width = state.size.cols / visible
        let c = left(state) + min(visible - 1, col / max(1, width))
        let cards = columns(state)
        guard row >= cardsTop, cards.indices.contains(c) else { return false }
        let at = top(state, column: c) + (row - cardsTop) / cardHeight
        guard cards[c].indices.contains(at), state.boardRow.indices.contains(c) else { return false }
        state.boardColumn = c
        state.boardRow[c] = at
        state.boardLeft = left(state)
        return true
    }
}
