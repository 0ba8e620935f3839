import IdeaModel

/// The board at a size: the ideas of each stage column (the ones the ideas list shows,
/// in its order), the columns that fit and the first one shown, the cards that fit and
/// the first shown in each column. Made from the state alone, without drawing:
/// `BoardView` draws it and clicks find their card in it.
struct BoardLayout {
    static let minColumnWidth = 20
    /// Rows above the cards: tab bar, filter line, column headers.
    static let cardsTop = 3
    static let cardHeight = 2

    /// Record positions of the ideas in each stage column.
    let cards: [[Int]]
    let size: Size
    /// Columns shown, and the width each takes (the last takes what is left).
    let visible: Int
    let width: Int
    /// The first column shown, so that the selected one is on screen.
    let left: Int
    /// Cards a column shows.
    let cardsVisible: Int
    /// The first card shown in each column, so that its selected card is on screen.
    let tops: [Int]

    init(_ state: AppState, size: Size) {
        self.init(cards: Self.columns(state), board: state.board, size: size)
    }

    init(cards: [[Int]], board: BoardState, size: Size) {
        self.cards = cards
        self.size = size
        visible = Self.visibleColumns(size)
        width = size.cols / visible
        left = Self.left(board, visible: visible)
        let shown = Self.cardsVisible(size)
        cardsVisible = shown
        tops = cards.indices.map { c in
            let selected = board.row.indices.contains(c) ? board.row[c] : 0
            return max(0, selected - shown + 1)
        }
    }

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
    static func left(_ board: BoardState, visible: Int) -> Int {
        var left = min(board.left, Stage.allCases.count - visible)
        if board.column < left { left = board.column }
        if board.column >= left + visible { left = board.column - visible + 1 }
        return max(0, left)
    }

    /// The first card shown in a column.
    func top(_ column: Int) -> Int { tops.indices.contains(column) ? tops[column] : 0 }

    /// The card at a cell: its column and its place in the column. Only a card shown is
    /// at a cell (not the one below the last, under the status line).
    func card(atRow row: Int, col: Int) -> (column: Int, card: Int)? {
        let c = left + min(visible - 1, col / max(1, width))
        guard row >= Self.cardsTop, (row - Self.cardsTop) / Self.cardHeight < cardsVisible, cards.indices.contains(c) else { return nil }
        let at = top(c) + (row - Self.cardsTop) / Self.cardHeight
        guard cards[c].indices.contains(at) else { return nil }
        return (c, at)
    }
}
