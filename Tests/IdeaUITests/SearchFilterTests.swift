import IdeaModel
@testable import IdeaUI
import Testing

/// Search and filters are two things (issue 13, defect 4): a search moves between its
/// matches and hides nothing, and says where it is ("match 1 of 3") without calling itself
/// a filter; a "text contains" filter (`\`, or its line in the filter window) narrows the
/// list, shows among the filters above it, and `F` clears it with the others.
@Suite struct SearchFilterTests {
    func fresh(_ size: Size = Size(cols: 100, rows: 30), lang: Lang = .en) -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size, lang: lang)
    }

    func type(_ state: inout AppState, _ text: String) { for c in text { state.handle(.char(c)) } }

    /// Ideas whose searchable text has "kiem" (Kiemų šventė, Kiemo kinas, …).
    var kiem: Int { SampleDatabase.database.ideas.filter { SearchText.fold($0.title + " " + $0.summary).contains("kiem") }.count }

    @Test func aSearchIsNotCalledAFilterAndSaysWhereItsMatchesAre() throws {
        var state = fresh()
        state.handle(.char("2"))
        state.handle(.char("/"))
        type(&state, "kiem")
        state.handle(.enter)
        let list = state.list(.ideas)
        try #require(list.matches.count >= 2)
        let bar = render(state).line(1)
        #expect(!bar.contains("Filters"), "a search is not a filter: \(bar)")
        #expect(bar.contains("/kiem · match 1 of \(list.matches.count)"))
        #expect(bar.hasPrefix("Ideas · 26 of 26"))  // nothing hidden
        #expect(list.rows.count == state.database.ideas.count)
        state.handle(.char("n"))
        #expect(render(state).line(1).contains("/kiem · match 2 of \(list.matches.count)"))
        // F clears filters; a search is not one, so it stays (Esc on a new search ends it).
        state.handle(.char("F"))
        #expect(state.list(.ideas).query == "kiem")
    }

    @Test func whereTheMatchesAreNeverCoversWhatIsTyped() {
        var state = fresh(Size(cols: 60, rows: 18))
        state.handle(.char("2"))
        state.handle(.char("/"))
        let query = "kiemo kinas senamiestyje prie upės"
        type(&state, query)
        #expect(render(state).line(1).hasPrefix("Search: " + query), "\(render(state).line(1))")
        state.handle(.ctrl("u"))
        type(&state, "kiem")
        let line = render(state).line(1)
        #expect(line.hasPrefix("Search: kiem▏") && line.contains("match 1 of"), "\(line)")
    }

    @Test func theTextFilterNarrowsAsYouTypeShowsAmongTheFiltersAndFClearsIt() {
        var state = fresh()
        state.handle(.char("2"))
        state.handle(.char("\\"))
        #expect(state.keyContext == .typing)
        type(&state, "kiem")
        #expect(render(state).line(1).hasPrefix("Filter, text contains: kiem"))
        let narrowed = state.list(.ideas).rows
        #expect(narrowed.count < state.database.ideas.count && !narrowed.isEmpty)
        #expect(narrowed.allSatisfy { SearchText.fold(ListSpec.of(.ideas, state.listContext).searchText($0)).contains("kiem") })
        state.handle(.enter)
        #expect(state.list(.ideas).filters == [.text("kiem")])
        let bar = render(state).line(1)
        #expect(bar.hasPrefix("Filters: contains “kiem” — \(narrowed.count) of 26"))
        // With another filter, both show; F clears both.
        state.handle(.char("f"))
        guard case .menu(let menu)? = state.overlay else { Issue.record("no filter window"); return }
        #expect(menu.items.contains { $0.filter == .text("kiem") && $0.checked })
        state.handle(.escape)
        state.handle(.char("F"))
        #expect(state.list(.ideas).filters.isEmpty)
        #expect(state.list(.ideas).rows.count == state.database.ideas.count)
        #expect(render(state).line(1).hasPrefix("Ideas · 26 of 26"))
    }

    @Test func escPutsBackTheTextFilterThatWasThere() {
        var state = fresh()
        state.handle(.char("2"))
        state.handle(.char("\\"))
        type(&state, "kiem")
        state.handle(.enter)
        state.handle(.char("\\"))
        state.handle(.ctrl("u"))
        type(&state, "zzzz")
        #expect(state.list(.ideas).rows.isEmpty)
        state.handle(.escape)
        #expect(state.list(.ideas).filters == [.text("kiem")])
        #expect(!state.list(.ideas).rows.isEmpty)
    }

    @Test func theFilterWindowOpensTheTextLineAndTheBoardFollows() {
        var state = fresh()
        state.handle(.char("3"))
        state.handle(.char("f"))
        // The first choice is the text filter; choosing it opens the line.
        state.handle(.enter)
        #expect(state.overlay == nil && state.filterInput == "")
        type(&state, "kiem")
        #expect(render(state).line(1).hasPrefix("Filter, text contains: kiem"))
        state.handle(.enter)
        let cards = BoardLayout.columns(state).reduce(0) { $0 + $1.count }
        #expect(cards == state.list(.ideas).rows.count && cards < state.database.ideas.count)
        #expect(render(state).line(1).contains("contains “kiem”"))
    }

    @Test func everyListFiltersByTextAlikeAndTheSpecAgrees() {
        var state = fresh()
        for kind in [ListKind.people, .teams, .mentors, .venues, .forums] {
            state.openList(kind, filters: [])
            state.handle(.char("\\"))
            type(&state, "a")
            state.handle(.enter)
            let spec = ListSpec.of(kind, state.listContext)
            let expected = (0..<spec.count).filter { spec.passes($0, .text("a")) }
            #expect(Set(state.list(kind).rows) == Set(expected), "\(kind)")
            state.handle(.char("F"))
            #expect(state.list(kind).rows.count == spec.count, "\(kind)")
        }
    }

    @Test func lithuanianWords() {
        var state = fresh(lang: .lt)
        state.handle(.char("2"))
        state.handle(.char("\\"))
        type(&state, "kiem")
        #expect(render(state).line(1).hasPrefix("Filtras, tekstas: kiem"))
        state.handle(.enter)
        #expect(render(state).line(1).hasPrefix("Filtrai: su tekstu „kiem“"))
        state.handle(.char("F"))
        state.handle(.char("/"))
        type(&state, "kiem")
        state.handle(.enter)
        #expect(render(state).line(1).contains("/kiem · radinys 1 iš"))
        #expect(!render(state).line(1).contains("Filtrai"))
    }
}
