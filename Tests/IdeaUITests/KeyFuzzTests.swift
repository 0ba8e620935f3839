import IdeaModel
@testable import IdeaUI
import Testing

/// Thousands of random keys, clicks, wheel turns and resizes: no crash, every frame
/// exactly the terminal's width, and after every step what `ScreenOracle` works out from
/// the database: each list holds exactly the records its filters pass, its selection is
/// inside it and in view, the grid's cursor is inside the venues and the day and in view.
@Suite struct KeyFuzzTests {
    static let db = Generator.database(ideas: 40, seed: 5)
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
        .char("q"), .char("/"), .char("n"), .char("N"), .char("f"), .char("F"), .char("s"), .char("?"), .char("g"),
        .char("G"), .char("j"), .char("k"), .char("h"), .char("l"), .char(" "), .char("ž"), .char("a"), .char("漢"),
        .char("1"), .char("2"), .char("3"), .char("4"), .char("5"), .char("6"), .char("7"), .char("8"), .function(1),
        .ctrl("l"), .ctrl("u"), .char("9"), .char("9"), .char("z"), .char("M"), .char("p"), .char("c"),
    ]
    static let sizes = [Size(cols: 80, rows: 24), Size(cols: 60, rows: 18), Size(cols: 20, rows: 5), Size(cols: 1, rows: 1),
                        Size(cols: 200, rows: 50), Size(cols: 61, rows: 19)]

    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
    func randomInputNeverBreaksTheScreen(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var state = AppState(database: Self.db, path: "x", size: Size(cols: 80, rows: 24), today: Self.db.festival.day)
        for step in 0..<1000 {
            let roll = rng.next() % 100
            if roll < 3 {
                state.update(.resize(Self.sizes[Int(rng.next() % UInt64(Self.sizes.count))]))
            } else if roll < 8 {
                let row = Int(rng.next() % UInt64(max(1, state.size.rows))), col = Int(rng.next() % UInt64(max(1, state.size.cols)))
                switch rng.next() % 3 {
                case 0: state.update(.click(row: row, col: col))
                case 1: state.update(.doubleClick(row: row, col: col))
                default: state.update(.scroll(row: row, col: col, by: rng.next() % 2 == 0 ? -3 : 3))
                }
            } else {
                let key = Self.keys[Int(rng.next() % UInt64(Self.keys.count))]
                // Q would end the run early; keep going instead.
                if key == .char("q") && state.route == .dashboard && state.overlay == nil && state.searchInput == nil { continue }
                state.handle(key)
            }
            // Checked before drawing: a state the oracle rejects may also be one that
            // cannot be drawn, and the run should report it rather than trap.
            let problems = ScreenOracle.problems(state)
            #expect(problems.isEmpty, "step \(step): \(problems)")
            if !problems.isEmpty { return }
            let screen = render(state)
            #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == state.size.cols }, "step \(step)")
            #expect(state.isRunning, "step \(step)")
            if !state.isRunning { return }
        }
    }
}
