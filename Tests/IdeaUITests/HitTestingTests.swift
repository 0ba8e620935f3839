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

/// The layouts answer "what is at this cell" by themselves: nothing here draws a screen.
@Suite struct LayoutHitTestingTests {
    static let db = HitTestingTests.db
    static let sizes = [Size(cols: 80, rows: 24), Size(cols: 200, rows: 50)]

    func state(_ size: Size) -> AppState {
        AppState(database: Self.db, path: "ideas.db.json", size: size, today: Self.db.festival.day, actor: "p-0001")
    }

    // MARK: Dashboard

    @Test(arguments: sizes)
    func aCellOfTheDashboardIsTheFigureDrawnThere(size: Size) throws {
        let layout = DashboardLayout(state(size), size: size)
        let leftWidth = (size.cols - 2) / 2
        // The first stage's row, across the left half; the festival's N/100 at the right of row 1.
        for col in [0, leftWidth / 2, leftWidth - 1] {
            let i = try #require(layout.item(atRow: 3, col: col))
            #expect(layout.items[i].target == .ideas([.stage(.shared)]))
        }
        let figure = try #require(layout.item(atRow: 1, col: size.cols - 1))
        #expect(layout.items[figure].target == .ideas([.stage(.scheduled)]))
        #expect(layout.item(atRow: 1, col: 0) == nil)  // the festival's title leads nowhere
        // The sectors beside the stages, in the right half.
        let sector = try #require(layout.item(atRow: 3, col: leftWidth + 2))
        #expect(layout.items[sector].target == .ideas([.sector(.youth)]))
        // The gap between the halves, the tab bar, the headings and the status line.
        #expect(layout.item(atRow: 3, col: leftWidth) == nil)
        #expect(layout.item(atRow: 0, col: 5) == nil)
        #expect(layout.item(atRow: 2, col: 5) == nil)
        #expect(layout.item(atRow: size.rows - 1, col: 5) == nil)
        // Every figure is found at each of its cells, and at no cell outside the items.
        for (i, item) in layout.items.enumerated() {
            #expect(layout.item(atRow: item.rect.row, col: item.rect.col) == i)
            #expect(layout.item(atRow: item.rect.row, col: item.rect.right - 1) == i)
        }
        // The mentors' load shows on a tall terminal only, each leading to the mentor.
        let people = layout.items.filter { if case .person = $0.target { return true } else { return false } }
        #expect(people.isEmpty == (size.rows < 50))
        if let first = people.first, case .person(let id) = first.target {
            #expect(layout.loads?.loads.first?.personId == id)
        }
    }

    @Test(arguments: sizes)
    func theDashboardsSelectionFollowsItsLayout(size: Size) throws {
        let layout = DashboardLayout(state(size), size: size)
        var dashboard = DashboardState()
        let district = try #require(layout.items.firstIndex { if case .ideas(let f) = $0.target, case .district? = f.first { true } else { false } })
        let hit = dashboard.select(row: layout.items[district].rect.row, col: 1, in: layout)
        #expect(hit)
        #expect(dashboard.selection == district)
        let miss = dashboard.select(row: 0, col: 1, in: layout)
        #expect(!miss)
        #expect(dashboard.selection == district)
        dashboard.moveSideways(1, in: layout)
        #expect(layout.items[dashboard.selection].rect.col >= size.cols / 2)
        dashboard.move(by: 10_000, in: layout)
        #expect(dashboard.selection == layout.items.count - 1)
    }

    // MARK: Board

    /// Ten stage columns with 15, 3, 0, 1 … cards (record positions made up).
    static let cards: [[Int]] = [Array(0..<15), Array(15..<18), [], [18], [19, 20], [], [21], [], [22], []]

    @Test(arguments: sizes)
    func aCellOfTheBoardIsTheCardDrawnThere(size: Size) throws {
        let layout = BoardLayout(cards: Self.cards, board: BoardState(), size: size)
        let width = layout.width, shown = layout.cardsVisible
        #expect(layout.visible == min(10, size.cols / 20))
        #expect(shown == (size.rows - 4) / 2)
        // A card is two rows: its title and its sectors.
        #expect(layout.card(atRow: 3, col: 0).map { [$0.column, $0.card] } == [0, 0])
        #expect(layout.card(atRow: 4, col: width - 1).map { [$0.column, $0.card] } == [0, 0])
        #expect(layout.card(atRow: 5, col: 3).map { [$0.column, $0.card] } == [0, 1])
        #expect(layout.card(atRow: 3, col: width).map { [$0.column, $0.card] } == [1, 0])
        #expect(layout.card(atRow: 7, col: width).map { [$0.column, $0.card] } == [1, 2])
        #expect(layout.card(atRow: 9, col: width) == nil)  // the second stage has three cards
        #expect(layout.card(atRow: 3, col: 2 * width) == nil)  // and the third none
        // The last card shown, and nothing below it: the spare row, the status line.
        let last = 3 + 2 * (shown - 1)
        #expect(layout.card(atRow: last + 1, col: 0).map { [$0.column, $0.card] } == (shown <= 15 - 1 ? [0, shown - 1] : nil))
        #expect(layout.card(atRow: 3 + 2 * shown, col: 0) == nil)
        #expect(layout.card(atRow: size.rows - 1, col: 0) == nil)
        // The tab bar, the filter line and the column headers.
        for row in 0..<3 { #expect(layout.card(atRow: row, col: 0) == nil) }
    }

    @Test(arguments: sizes)
    func theBoardScrollsAndTheCellsFollow(size: Size) throws {
        var board = BoardState()
        board.row[0] = 14  // the last card of the first column, scrolled into view
        board.column = 8
        let layout = BoardLayout(cards: Self.cards, board: board, size: size)
        let shown = layout.cardsVisible
        #expect(layout.top(0) == max(0, 14 - shown + 1))
        #expect(layout.left == max(0, 8 - layout.visible + 1))
        if layout.left == 0 {
            #expect(layout.card(atRow: 3, col: 0).map { [$0.column, $0.card] } == [0, layout.top(0)])
        } else {
            // Scrolled sideways: the first column shown is the sixth stage, with no card.
            #expect(layout.left == 5)
            #expect(layout.card(atRow: 3, col: 0) == nil)
            #expect(layout.card(atRow: 3, col: layout.width).map { [$0.column, $0.card] } == [6, 0])
        }
        let hit = board.select(row: 3, col: (8 - layout.left) * layout.width, in: layout)
        #expect(hit)
        #expect(board.column == 8)
        #expect(board.row[8] == 0)
    }

    // MARK: Details

    /// An idea whose detail, at this size, is taller than the screen, with links in view;
    /// one with a link on the line just below the view when there is one.
    func longIdea(_ size: Size) -> (AppState, Route)? {
        var s = state(size)
        s.handle(.char("2"))
        let height = DetailLayout.height(size)
        let long = Self.db.ideas.map { ($0.id, DetailLayout(.idea($0.id), s, size: size).lines) }.filter { _, lines in
            lines.count > height + 1 && lines.prefix(height).contains { $0.link != nil }
        }
        guard let (id, _) = long.first(where: { $0.1[height].link != nil }) ?? long.first else { return nil }
        s.push(.idea(id))
        return (s, .idea(id))
    }

    @Test(arguments: sizes)
    func aRowOfADetailIsTheLineDrawnThere(size: Size) throws {
        let (s, route) = try #require(longIdea(size))
        let layout = DetailLayout(route, s, size: size)
        #expect(layout.height == size.rows - 3)
        #expect(layout.top == 0)
        for row in 0..<size.rows {
            let line = row - 2
            let expected = row >= 2 && line < layout.height && layout.lines[line].link != nil ? line : nil
            #expect(layout.link(atRow: row) == expected, "row \(row)")
        }
        // The first link in view is selected until one is chosen.
        let first = try #require(layout.links.first { $0 < layout.height })
        #expect(layout.cursor == first)
        #expect(layout.selectedLink == layout.lines[first].link)
        // The line below the view (a link at 80×24) is at no row.
        #expect(layout.lines.count > layout.height)
        if size.cols == 80 { #expect(layout.lines[layout.height].link != nil) }
        #expect(layout.link(atRow: 2 + layout.height) == nil)
    }

    @Test(arguments: sizes)
    func aScrolledDetailsRowsAreItsLaterLines(size: Size) throws {
        var (s, route) = try #require(longIdea(size))
        s.details[route] = DetailState(top: 3)
        let layout = DetailLayout(route, s, size: size)
        #expect(layout.top == min(3, layout.bottom))
        let link = try #require(layout.links.first { $0 >= layout.top && $0 < layout.top + layout.height })
        let row = 2 + link - layout.top
        #expect(layout.link(atRow: row) == link)
        var detail = s.details[route] ?? DetailState()
        let hit = detail.select(row: row, in: layout)
        #expect(hit)
        #expect(detail.cursor == link)
        let miss = detail.select(row: 1, in: layout)  // the title
        #expect(!miss)
        #expect(detail.cursor == link)
    }
}
