import IdeaModel
@testable import IdeaUI
import Testing

/// A resize never changes what a list holds and never leaves a cursor where the screen or
/// the day no longer is; no key, click or resize after a shrink can trap.
@Suite struct ResizeTests {
    static let db = Generator.database(ideas: 120, seed: 7)
    static let listTabs: [(Int, ListKind)] = [(2, .ideas), (4, .people), (5, .teams), (6, .mentors), (7, .venues), (8, .forums)]

    func fresh(_ size: Size) -> AppState {
        AppState(database: Self.db, path: "x", size: size, today: Self.db.festival.day)
    }

    /// Issue 13, defect 1: a resize before a list was first opened left it empty.
    @Test(arguments: listTabs)
    func aListOpenedAfterAResizeHoldsEveryRecord(tab: Int, kind: ListKind) {
        var state = fresh(Size(cols: 100, rows: 30))
        state.update(.resize(Size(cols: 100, rows: 31)))
        state.handle(.char(Character(String(tab))))
        let expected = ScreenOracle.expectedRows(kind, filters: [], in: Self.db).count
        #expect(expected > 0)
        #expect(state.list(kind).rows.count == expected)
        #expect(render(state).line(1).hasSuffix("1/\(expected)"))
        #expect(ScreenOracle.problems(state).isEmpty)
    }

    /// A list that was open before keeps its rows, selection and filters through resizes.
    @Test func aResizeKeepsAnOpenListsRowsAndSelection() {
        var state = fresh(Size(cols: 100, rows: 30))
        state.handle(.char("4"))
        for _ in 0..<40 { state.handle(.down) }
        let rows = state.list(.people).rows, selected = state.list(.people).selected
        for size in [Size(cols: 60, rows: 18), Size(cols: 20, rows: 5), Size(cols: 200, rows: 50)] {
            state.update(.resize(size))
            #expect(state.list(.people).rows == rows)
            #expect(state.list(.people).selected == selected)
            #expect(ScreenOracle.problems(state).isEmpty)
        }
    }

    /// Issue 13, defect 2: at 200×50, 9, End, shrink to 120×40, Home or ←: the cursor was
    /// drawn from a scroll position past the screen's edge and `highlight` trapped.
    @Test(arguments: [Key.home, .left, .right, .end, .up, .down, .pageUp, .pageDown])
    func theGridAfterAShrinkKeepsItsCursorInView(key: Key) {
        var state = fresh(Size(cols: 200, rows: 50))
        state.handle(.char("9"))
        state.handle(.end)
        state.handle(.pageDown)
        state.update(.resize(Size(cols: 120, rows: 40)))
        #expect(ScreenOracle.gridProblems(state).isEmpty)
        _ = render(state)
        state.handle(key)
        #expect(ScreenOracle.gridProblems(state).isEmpty)
        let screen = render(state)
        // The cursor's cell is on screen: a reversed cell right of the venue names.
        let first = GridLayout.firstRow(state), row = first + state.grid.venue - state.grid.top
        let reversed = (GridLayout.nameWidth(state)..<screen.cols).filter { screen[row, $0].style.reverse }
        #expect(!reversed.isEmpty)
    }

    /// The grid grown again shows no empty columns past the day's end.
    @Test func theGridGrownAgainDoesNotScrollPastTheDay() {
        var state = fresh(Size(cols: 120, rows: 40))
        state.handle(.char("9"))
        state.handle(.end)
        state.update(.resize(Size(cols: 400, rows: 40)))
        let f = Self.db.festival
        #expect(state.grid.left == f.dayStart.minutes)
        #expect(state.grid.minute == f.dayEnd.minutes - 15)
        #expect(ScreenOracle.gridProblems(state).isEmpty)
    }

    /// Every screen at 200×50, scrolled to its end (End, G, PgDn), shrunk to the smallest
    /// size that fits and below it, then keys and clicks everywhere: nothing traps and the
    /// oracle holds after each.
    @Test(arguments: Array(1...9))
    func aShrinkAfterScrollingToTheEndBreaksNoScreen(tab: Int) {
        var state = fresh(Size(cols: 200, rows: 50))
        state.handle(.char(Character(String(tab))))
        for key in [Key.end, .char("G"), .pageDown, .pageDown, .right, .right] { state.handle(key) }
        _ = render(state)
        for size in [Size(cols: 60, rows: 18), Size(cols: 59, rows: 17), Size(cols: 1, rows: 1), Size(cols: 61, rows: 19)] {
            state.update(.resize(size))
            #expect(ScreenOracle.problems(state).isEmpty, "\(size)")
            #expect(render(state).lines.allSatisfy { DisplayWidth.of($0) == size.cols })
        }
        for key in [Key.home, .end, .left, .right, .up, .down, .pageUp, .pageDown, .char("G"), .char("g")] {
            state.handle(key)
            #expect(ScreenOracle.problems(state).isEmpty, "\(key)")
            _ = render(state)
        }
        for row in stride(from: 0, to: 18, by: 3) {  // not the status line: it has "q quit"
            for col in stride(from: 0, to: 61, by: 7) {
                state.update(.click(row: row, col: col))
                // A click may open a record or a tab; come back to the screen under test.
                if state.route != Route.tabs[tab - 1] { state.handle(.char(Character(String(tab)))) }
                #expect(ScreenOracle.problems(state).isEmpty, "click \(row) \(col)")
                _ = render(state)
            }
        }
    }

    /// The dashboard shows fewer figures on a smaller screen: the selection moves to one
    /// it shows (it was left past them, where Enter and ←/→ did nothing).
    @Test func theDashboardsSelectionStaysOnAFigureItShows() {
        var state = fresh(Size(cols: 200, rows: 50))
        state.handle(.end)
        let wide = state.dashboardLayout.items.count
        state.update(.resize(Size(cols: 60, rows: 18)))
        let narrow = state.dashboardLayout.items.count
        #expect(narrow < wide)
        #expect(state.dashboard.selection == narrow - 1)
        #expect(ScreenOracle.problems(state).isEmpty)
        // Too small to show any: the selection waits for a size that fits.
        state.update(.resize(Size(cols: 20, rows: 5)))
        #expect(state.dashboard.selection == narrow - 1)
    }

    /// A filter that takes cards away from the board's column keeps its selection on one
    /// of the cards left.
    @Test func theBoardsSelectionStaysOnACardAfterAFilter() {
        var state = fresh(Size(cols: 120, rows: 40))
        state.handle(.char("3"))
        state.handle(.end)
        let column = state.board.column, before = state.board.row[column]
        #expect(before > 0)
        state.openList(.ideas, filters: [.sector(.youth)])
        let cards = BoardLayout.columns(state)[column].count
        #expect(cards <= before)
        #expect(state.board.row[column] == max(0, cards - 1))
        #expect(ScreenOracle.problems(state).isEmpty)
    }
}
