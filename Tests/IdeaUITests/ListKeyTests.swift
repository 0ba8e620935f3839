import IdeaModel
@testable import IdeaUI
import Testing

/// Key sequences on the list screens: tabs, sort, filters, incremental search, open and back.
@Suite struct ListKeyTests {
    func fresh(_ size: Size = Size(cols: 100, rows: 30), lang: Lang = .en) -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size, lang: lang)
    }

    func press(_ state: inout AppState, _ keys: [Key]) {
        for key in keys { state.handle(key) }
    }

    func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Moves the open menu's selection down to `item` and presses Enter.
    func choose(_ state: inout AppState, item: Int) {
        for _ in 0..<100 {
            guard case .menu(let menu)? = state.overlay, menu.selected < item else { break }
            state.handle(.down)
        }
        state.handle(.enter)
    }

    func titles(_ state: AppState) -> [String] {
        state.list(.ideas).rows.map { state.database.ideas[$0].title }
    }

    @Test func numberKeysAndTabSwitchScreens() {
        var state = fresh()
        press(&state, [.char("2")])
        #expect(state.route == .list(.ideas))
        press(&state, [.tab])
        #expect(state.route == .board)
        press(&state, [.backTab, .backTab])
        #expect(state.route == .dashboard)
        press(&state, [.backTab])
        #expect(state.route == .grid)
        press(&state, [.char("q")])
        #expect(state.route == .dashboard)
        #expect(state.isRunning)
    }

    @Test func ideasAreSortedByTitleInLithuanianOrder() {
        var state = fresh()
        press(&state, [.char("2")])
        let shown = titles(state)
        #expect(shown == shown.sorted(by: LithuanianOrder.less))
        #expect(shown.count == state.database.ideas.count)
    }

    @Test func sortMenuChoosesAColumnAndAgainReverses() throws {
        var state = fresh()
        press(&state, [.char("2"), .char("s")])
        guard case .menu(let menu)? = state.overlay else { Issue.record("no sort menu"); return }
        let district = try #require(menu.items.firstIndex { $0.column == "district" })
        choose(&state, item: district)
        #expect(state.overlay == nil)
        let districts = state.list(.ideas).rows.map { state.database.ideas[$0].district }
        #expect(districts == districts.sorted(by: LithuanianOrder.less))
        #expect(state.list(.ideas).sortColumn == "district")
        // Again on the same column: descending.
        press(&state, [.char("s")])
        choose(&state, item: district)
        let reversed = state.list(.ideas).rows.map { state.database.ideas[$0].district }
        #expect(reversed == districts.reversed() || reversed == reversed.sorted { LithuanianOrder.less($1, $0) })
        #expect(!state.list(.ideas).ascending)
        #expect(render(state).line(2).contains("District ▼"))
    }

    @Test func filtersCombineAndShowInTheBar() throws {
        var state = fresh()
        press(&state, [.char("2"), .char("f")])
        guard case .menu(let menu)? = state.overlay else { Issue.record("no filter menu"); return }
        let team = try #require(menu.items.firstIndex { $0.filter == .stage(.team) })
        let mentored = try #require(menu.items.firstIndex { $0.filter == .stage(.mentored) })
        let youth = try #require(menu.items.firstIndex { $0.filter == .sector(.youth) })
        choose(&state, item: team)
        choose(&state, item: mentored)
        choose(&state, item: youth)
        press(&state, [.escape])
        let expected = state.database.ideas.filter { [.team, .mentored].contains($0.stage) && $0.sectors.contains(.youth) }
        #expect(Set(state.list(.ideas).rows.map { state.database.ideas[$0].id }) == Set(expected.map(\.id)))
        #expect(!expected.isEmpty)
        let bar = render(state).line(1)
        #expect(bar.contains("Filters:"))
        #expect(bar.contains("team | mentored") || bar.contains("mentored | team"))
        #expect(bar.contains("youth"))
        press(&state, [.char("F")])
        #expect(state.list(.ideas).rows.count == state.database.ideas.count)
    }

    @Test func incrementalSearchIgnoresDiacriticsAndNMovesBetweenMatches() {
        var state = fresh()
        press(&state, [.char("2"), .char("/")] + typed("zalia"))
        #expect(state.searchInput == "zalia")
        let list = state.list(.ideas)
        let matching = list.rows.indices.filter { SearchText.fold(state.database.ideas[list.rows[$0]].title + " " + state.database.ideas[list.rows[$0]].district).contains("zalia") }
        #expect(!list.matches.isEmpty)
        #expect(Set(matching).isSubset(of: Set(list.matches)))
        #expect(list.selected == list.matches[0])
        #expect(render(state).line(1).hasPrefix("Search: zalia"))
        press(&state, [.enter])
        #expect(state.searchInput == nil)
        #expect(state.list(.ideas).query == "zalia")
        if list.matches.count > 1 {
            press(&state, [.char("n")])
            #expect(state.list(.ideas).selected == list.matches[1])
            press(&state, [.char("N")])
            #expect(state.list(.ideas).selected == list.matches[0])
        }
        // Enter again opens the match; Esc comes back to it.
        let id = state.database.ideas[list.rows[list.matches[0]]].id
        press(&state, [.enter])
        #expect(state.route == .idea(id))
        press(&state, [.escape])
        #expect(state.route == .list(.ideas))
        #expect(state.list(.ideas).selected == list.matches[0])
    }

    @Test func searchFromTheDashboardSearchesIdeas() {
        var state = fresh()
        press(&state, [.char("/")] + typed("KNYG"))
        #expect(state.route == .list(.ideas))
        let selected = state.list(.ideas).selectedRecord.map { state.database.ideas[$0].title } ?? ""
        #expect(SearchText.fold(selected).contains("knyg"))
    }

    @Test func aSearchWithoutMatchesSaysSo() {
        var state = fresh()
        press(&state, [.char("2"), .char("/")] + typed("qqqq") + [.enter])
        #expect(state.message == "no match for “qqqq”")
        #expect(render(state).line(29).contains("no match for “qqqq”"))
    }

    @Test func escapeCancelsTheSearch() {
        var state = fresh()
        press(&state, [.char("2"), .char("/")] + typed("kiem") + [.escape])
        #expect(state.searchInput == nil)
        #expect(state.list(.ideas).query.isEmpty)
        #expect(state.list(.ideas).matches.isEmpty)
    }

    @Test func movingStaysInsideTheListAndOnScreen() {
        var state = fresh(Size(cols: 80, rows: 24))
        press(&state, [.char("2"), .char("G")])
        let count = state.list(.ideas).rows.count
        #expect(state.list(.ideas).selected == count - 1)
        #expect(state.list(.ideas).top == max(0, count - state.listHeight))
        press(&state, [.down, .down])
        #expect(state.list(.ideas).selected == count - 1)
        press(&state, [.char("g"), .up])
        #expect(state.list(.ideas).selected == 0)
        #expect(state.list(.ideas).top == 0)
        press(&state, [.pageDown])
        #expect(state.list(.ideas).selected == state.page)
        // A smaller terminal keeps the selection visible.
        state.update(.resize(Size(cols: 60, rows: 18)))
        let list = state.list(.ideas)
        #expect(list.selected >= list.top && list.selected < list.top + state.listHeight)
    }

    @Test func mouseSelectsOpensAndScrolls() {
        var state = fresh()
        press(&state, [.char("2")])
        state.update(.click(row: Layout.listFirstRow + 2, col: 10))
        #expect(state.list(.ideas).selected == 2)
        state.update(.scroll(row: 10, col: 10, by: 3))
        #expect(state.list(.ideas).selected == 5)
        let record = state.list(.ideas).rows[4]
        state.update(.doubleClick(row: Layout.listFirstRow + 4, col: 10))
        #expect(state.route == .idea(state.database.ideas[record].id))
        // A click on a tab switches screens.
        let people = TabBar.items(state).first { $0.route == .list(.people) }
        if let people { state.update(.click(row: 0, col: people.cols.lowerBound)) }
        #expect(state.route == .list(.people))
    }

    @Test func helpListsTheKeysOfTheScreenFromTheKeyMap() {
        var state = fresh()
        press(&state, [.char("2"), .char("?")])
        // The list has more keys than the help box has rows: scrolling shows them all.
        var text = render(state).lines.joined(separator: "\n")
        for _ in 0..<30 {
            press(&state, [.down])
            text += render(state).lines.joined(separator: "\n")
        }
        #expect(state.overlay == .help)
        for line in state.keyMap.helpLines(in: .list) {
            #expect(text.contains(state.strings.explanation(line.word)), "\(line.word) missing from the help")
        }
        #expect(text.contains("choose filters"))
        #expect(!text.contains("move between columns"))  // a board key, not a list key
    }

    @Test func lithuanianInterface() {
        var state = fresh(lang: .lt)
        press(&state, [.char("2")])
        let screen = render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Idėjos"))
        #expect(screen.contains("Pavadinimas"))
        #expect(screen.contains("ieškoti"))
        #expect(!screen.contains(" search"))
    }

    @Test func everyListRendersAtEverySizeWithoutOverflow() {
        for kind in ListKind.allCases {
            for size in [Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 200, rows: 50)] {
                var state = fresh(size)
                if let tab = Route.tabs.firstIndex(of: .list(kind)) {
                    state.update(.goToTab(tab + 1))
                } else {
                    state.update(.activity)  // the log is not a tab
                }
                #expect(state.route == .list(kind))
                let screen = render(state)
                #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.cols })
                #expect(screen.line(2).contains(ListSpec.of(kind, state.listContext).columns[0].title))
            }
        }
    }
}

/// The first frame builds no list (at 50,000 ideas sorting one costs a good part of a
/// frame); a list is built when its screen, or the board, first shows.
@Suite struct LazyListTests {
    @Test func theBoardShowsEveryActiveIdeaThoughNoListWasOpened() {
        var state = AppState(database: SampleDatabase.database, path: "ideas.db.json", size: Size(cols: 120, rows: 40))
        #expect(state.list(.ideas).rows.isEmpty)
        state.handle(.char("3"))
        #expect(state.route == .board)
        #expect(state.list(.ideas).rows.count == state.database.ideas.count)
        let title = String(state.database.ideas.first { $0.stage == .shared }?.title.prefix(8) ?? "?")
        #expect(render(state).lines.joined().contains(title))
    }
}
