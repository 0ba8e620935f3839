import IdeaModel

/// The board's selection: the selected column (a stage), the selected card in each
/// column, and the first column shown when they do not all fit.
public struct BoardState: Equatable, Sendable {
    public var column = 0
    /// The selected card of each column, by its place in the column.
    public var row: [Int] = Array(repeating: 0, count: Stage.allCases.count)
    public var left = 0

    public init() {}

    /// ↑/↓ and paging: along the selected column's cards.
    mutating func move(rows delta: Int, cards: [[Int]]) {
        let c = column
        guard cards.indices.contains(c), row.indices.contains(c) else { return }
        let step = delta.clamped(to: -1_000_000...1_000_000)
        row[c] = max(0, min(cards[c].count - 1, row[c] + step))
    }

    /// ←/→: to the next column, scrolled into view.
    mutating func move(columns delta: Int, cards: [[Int]], visible: Int) {
        column = max(0, min(Stage.allCases.count - 1, column + delta))
        left = BoardLayout.left(self, visible: visible)
        let c = column
        if row.indices.contains(c) { row[c] = max(0, min(cards[c].count - 1, row[c])) }
    }

    /// Selects the card under the mouse; true when there was one.
    mutating func select(row: Int, col: Int, in layout: BoardLayout) -> Bool {
        guard let (c, at) = layout.card(atRow: row, col: col), self.row.indices.contains(c) else { return false }
        column = c
        self.row[c] = at
        left = BoardLayout.left(self, visible: layout.visible)
        return true
    }

    /// Each column's selected card is one of its cards (or 0 when it has none), and the
    /// selected column is in view.
    mutating func keepInside(cards: [[Int]], visible: Int) {
        column = max(0, min(column, cards.count - 1))
        for c in row.indices {
            row[c] = cards.indices.contains(c) ? max(0, min(row[c], cards[c].count - 1)) : 0
        }
        left = BoardLayout.left(self, visible: visible)
    }

    /// The record position of the selected card, if the column has one.
    func selected(in cards: [[Int]]) -> Int? {
        guard cards.indices.contains(column), row.indices.contains(column), cards[column].indices.contains(row[column]) else {
            return nil
        }
        return cards[column][row[column]]
    }
}

extension AppState {
    /// The board laid out at the current size.
    var boardLayout: BoardLayout { BoardLayout(self, size: size) }

    /// The idea of the board's selected card.
    var boardSelectedRoute: Route? {
        board.selected(in: BoardLayout.columns(self)).map { .idea(database.ideas[$0].id) }
    }

    mutating func moveBoard(rows delta: Int) {
        board.move(rows: delta, cards: BoardLayout.columns(self))
    }

    mutating func moveBoard(columns delta: Int) {
        board.move(columns: delta, cards: BoardLayout.columns(self), visible: BoardLayout.visibleColumns(size))
    }

    /// After a resize or a change of the data or the ideas list's filters.
    mutating func keepBoardSelectionInside() {
        board.keepInside(cards: BoardLayout.columns(self), visible: BoardLayout.visibleColumns(size))
    }
}
