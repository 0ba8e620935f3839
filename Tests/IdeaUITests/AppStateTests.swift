import IdeaModel
import IdeaUI
import Testing

@Suite struct AppStateTests {
    func fresh(_ size: Size = Size(cols: 80, rows: 24)) -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size)
    }

    @Test func quitsOnQ() {
        var state = fresh()
        #expect(state.handle(.char("q")) == .quit)
        #expect(!state.isRunning)
    }

    @Test func helpOpensAndClosesWithoutQuitting() {
        var state = fresh()
        var expected = state
        #expect(state.handle(.char("?")) == .none)
        expected.overlay = .help
        #expect(state == expected)
        #expect(state.keyContext == .help)
        #expect(state.handle(.escape) == .none)
        expected.overlay = nil
        #expect(state == expected)
        state.handle(.function(1))
        #expect(state.overlay == .help)
        state.handle(.char("?"))
        #expect(state.overlay == nil)
        state.handle(.char("?"))
        state.handle(.char("q"))  // q closes the help, it does not quit
        #expect(state.overlay == nil)
        #expect(state.isRunning)
    }

    @Test func capitalQQuitsFromInsideHelp() {
        var state = fresh()
        let effects = [Key.char("?"), .char("Q")].map { state.handle($0) }
        #expect(effects == [.none, .quit])
        #expect(!state.isRunning)
    }

    @Test func ctrlLAsksForAFullRedrawAndChangesNothing() {
        var state = fresh()
        let before = state
        #expect(state.handle(.ctrl("l")) == .redrawAll)
        #expect(state == before)
    }

    @Test func resizeKeepsTheNewSize() {
        var state = fresh()
        state.update(.resize(Size(cols: 30, rows: 8)))
        #expect(state.size == Size(cols: 30, rows: 8))
        #expect(!state.fits)
        state.update(.resize(Size(cols: 120, rows: 40)))
        #expect(state.fits)
        // Keys still work while the terminal is too small.
        state.update(.resize(Size(cols: 10, rows: 3)))
        #expect(state.handle(.char("q")) == .quit)
    }

    @Test func unknownKeysChangeNothing() {
        var state = fresh()
        let before = state
        for key in [Key.char("x"), .escape, .ctrl("c"), .function(5), .char("ž")] {
            #expect(state.handle(key) == .none)
        }
        #expect(state == before)
    }

    @Test func escapeOnTheDashboardDoesNotQuit() {
        var state = fresh()
        #expect(state.handle(.escape) == .none)
        #expect(state.isRunning)
    }

    @Test func clickingAStatusLabelActsLikeItsKey() throws {
        var state = fresh()
        let items = StatusLine.items(state)
        let help = try #require(items.first { $0.binding.action == .toggleHelp })
        #expect(state.update(.click(row: 23, col: help.cols.lowerBound)) == .none)
        #expect(state.overlay == .help)
        #expect(state.update(.click(row: 10, col: 10)) == .none)  // not on the status line
        #expect(state.overlay == .help)
        let close = try #require(StatusLine.items(state).first { $0.binding.action == .closeOverlay })
        #expect(state.update(.click(row: 23, col: close.cols.upperBound - 1)) == .none)
        #expect(state.overlay == nil)
        let quit = try #require(StatusLine.items(state).first { $0.binding.word == .quit })
        #expect(state.update(.click(row: 23, col: quit.cols.upperBound - 1)) == .quit)
    }

    @Test func statusLineOffersOnlyBoundKeys() throws {
        let state = fresh()
        let screen = render(state)
        let status = screen.line(23)
        for (binding, _) in StatusLine.items(state) {
            let key = try #require(binding.keys.first)
            #expect(status.contains("\(key.label) \(state.strings.label(binding.word))"))
            #expect(state.keyMap.action(for: key, in: .dashboard) == binding.action)
        }
        #expect(!status.contains("close"))  // a help-only key is not offered on the dashboard
        // A wide terminal has room for every key the dashboard offers.
        var wide = state
        wide.update(.resize(Size(cols: 160, rows: 40)))
        #expect(StatusLine.items(wide).count == wide.keyMap.statusBindings(in: .dashboard).count)
    }

    @Test func settingTheDatabaseRecomputesFigures() {
        var state = AppState(database: SampleDatabase.empty, path: "x", size: Size(cols: 80, rows: 24))
        #expect(state.stats.ideaCount == 0)
        state.setDatabase(SampleDatabase.database)
        #expect(state.stats.ideaCount == 26)
        #expect(state.stats.scheduled == 4)
        #expect(state.recent.first?.id == "l12")
    }

    @Test(arguments: [(UInt32(27), Key.escape), (12, .ctrl("l")), (13, .enter), (10, .enter), (9, .tab), (127, .backspace),
                      (113, .char("q")), (0x17E, .char("ž")), (63, .char("?"))])
    func keyCodes(_ code: UInt32, _ key: Key) {
        #expect(Key(code: code) == key)
    }
}
