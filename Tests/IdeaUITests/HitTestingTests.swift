import IdeaModel
import Testing
@testable import IdeaUI

/// Clicks find what is at a cell from each screen's layout, computed without drawing.
@Suite struct HitTestingTests {
    static let db = Generator.database(ideas: 120, seed: 9)

    func fresh(_ size: Size) -> AppState {
        AppState(database: Self.db, path: "ideas.db.json", size: size, today: Self.db.festival.day, actor: "p-0001")
    }

    /// The right end of the status line shows the file and the count, not a key: a click
    /// there selects nothing — not the row, card or line just below the last one shown.
    @Test(arguments: [Size(cols: 80, rows: 24), Size(cols: 100, rows: 31)])
    func aClickOnTheStatusLineBelowTheLastRowShownSelectsNothing(size: Size) throws {
        let row = size.rows - 1, col = size.cols - 2
        var list = fresh(size)
        list.handle(.char("2"))
        try #require(list.list(.ideas).rows.count > list.listHeight + 1)
        #expect(StatusLine.binding(at: row, col: col, in: list) == nil)
        let before = list
        list.update(.click(row: row, col: col))
        #expect(list.list(.ideas).selected == before.list(.ideas).selected)
        #expect(list.list(.ideas).top == before.list(.ideas).top)

        // Column 0 of the status line is before its first key; below the first stage's cards.
        var board = fresh(size)
        board.handle(.char("3"))
        try #require(BoardLayout.columns(board)[0].count > BoardLayout.cardsVisible(size))
        #expect(StatusLine.binding(at: row, col: 0, in: board) == nil)
        let boardBefore = render(board)
        board.update(.click(row: row, col: 0))
        #expect(render(board) == boardBefore)

        // An idea whose line just below the view names another record.
        let height = size.rows - 3
        let idea = try #require(Self.db.ideas.first { idea in
            let lines = DetailContent.of(.idea(idea.id), fresh(size), width: size.cols - 2).1
            return lines.count > height && lines[height].link != nil
        })
        var detail = fresh(size)
        detail.handle(.char("2"))
        detail.push(.idea(idea.id))
        let detailBefore = render(detail)
        detail.update(.click(row: row, col: col))
        #expect(render(detail) == detailBefore)
    }
}
