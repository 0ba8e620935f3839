import IdeaModel
@testable import IdeaUI
import Testing

/// The board beyond the goldens of ScreenGoldenTests: first and last card, the mouse,
/// columns that fit the width, the filter in the header, and Lithuanian.
@Suite struct BoardKeyTests {
    static let db = ScreenGoldenTests.db

    func board(_ size: Size = Size(cols: 80, rows: 24), lang: Lang = .en) -> AppState {
        var s = AppState(database: Self.db, path: "ideas.db.json", size: size, lang: lang, today: Self.db.festival.day)
        s.update(.goToTab(3))
        return s
    }

    @Test func lithuanianBoard() {
        var s = board(lang: .lt)
        s.update(.right)
        let screen = render(s)
        Golden.check(screen.golden, "board-lt-80x24.txt")
        #expect(screen.line(1).hasPrefix("Lenta · idėjų: \(Self.db.ideas.count)"))
        #expect(screen.line(2).contains("pasidalinta ("))
    }

    @Test func gAndGGoToTheFirstAndLastCardOfTheColumn() throws {
        var s = board()
        let cards = BoardLayout.columns(s)[0]
        try #require(cards.count > 3)
        s.handle(.char("G"))
        #expect(s.board.row[0] == cards.count - 1)
        #expect(s.boardSelectedRoute == .idea(Self.db.ideas[cards[cards.count - 1]].id))
        // The last card is drawn, selected, on the last row of cards.
        let screen = render(s)
        let lastRow = BoardLayout.cardsTop + (BoardLayout.cardsVisible(s.size) - 1) * BoardLayout.cardHeight
        #expect(screen[lastRow, 0].style.reverse)
        #expect(screen.line(2).contains("↑"))
        s.handle(.char("g"))
        #expect(s.board.row[0] == 0)
        s.handle(.pageDown)
        #expect(s.board.row[0] > 0)
        s.handle(.pageUp)
        #expect(s.board.row[0] == 0)
    }

    @Test func eachColumnKeepsItsOwnCard() {
        var s = board()
        s.handle(.char("j"))
        s.handle(.char("j"))
        s.handle(.char("l"))
        s.handle(.char("j"))
        s.handle(.char("h"))
        #expect(s.board.column == 0)
        #expect(s.board.row[0] == 2)
        #expect(s.board.row[1] == 1)
    }

    @Test func aClickSelectsTheCardAndADoubleClickOpensIt() throws {
        var s = board()
        let width = s.size.cols / BoardLayout.visibleColumns(s.size)
        let cards = BoardLayout.columns(s)[1]
        try #require(cards.count > 2)
        let row = BoardLayout.cardsTop + 2 * BoardLayout.cardHeight + 1  // the sector line of the third card
        s.update(.click(row: row, col: width + 3))
        #expect(s.board.column == 1)
        #expect(s.board.row[1] == 2)
        #expect(s.route == .board)
        s.update(.doubleClick(row: row, col: width + 3))
        #expect(s.route == .idea(Self.db.ideas[cards[2]].id))
        // A click on a column header selects nothing.
        var t = board()
        t.update(.click(row: 2, col: width + 3))
        #expect(t.board.column == 0)
    }

    @Test(arguments: [(60, 3), (80, 4), (120, 6), (200, 10)])
    func asManyColumnsAsFit(_ cols: Int, _ columns: Int) {
        let s = board(Size(cols: cols, rows: 24))
        #expect(BoardLayout.visibleColumns(s.size) == columns)
        let header = render(s).line(2)
        #expect(header.components(separatedBy: "│").count == columns)
    }

    @Test func aFilteredBoardSaysSoAndCountsWhatItShows() {
        var s = board()
        s.openList(.ideas, filters: [.sector(.youth)])
        s.update(.goToTab(3))
        let youth = Self.db.ideas.filter { $0.sectors.contains(.youth) }.count
        let line = render(s).line(1)
        #expect(line.hasPrefix("Filters: youth · \(youth) ideas"))
        #expect(BoardLayout.columns(s).joined().count == youth)
    }

    @Test func cardsFollowTheIdeasListOrder() {
        var s = board()
        let order = s.list(.ideas).rows
        for column in BoardLayout.columns(s) {
            let positions = column.compactMap { order.firstIndex(of: $0) }
            #expect(positions == positions.sorted())
        }
        // Sorting the list by title the other way round turns every column round.
        s.update(.goToTab(2))
        s.update(.openSort)
        s.update(.open)  // the title column again: descending
        s.update(.goToTab(3))
        let reversed = s.list(.ideas).rows
        #expect(reversed != order)
        for column in BoardLayout.columns(s) {
            let positions = column.compactMap { reversed.firstIndex(of: $0) }
            #expect(positions == positions.sorted())
        }
    }

    @Test(arguments: [Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 200, rows: 50), Size(cols: 97, rows: 31)])
    func everyRowIsWholeWhileMoving(_ size: Size) {
        var s = board(size)
        for key in [Key.right, .down, .down, .right, .right, .right, .right, .right, .char("G"), .right, .right, .right, .right, .left] {
            s.handle(key)
            DashboardGoldenTests.checkShape(render(s))
        }
    }
}
