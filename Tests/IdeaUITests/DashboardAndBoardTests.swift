import IdeaModel
@testable import IdeaUI
import Testing

/// Every dashboard figure leads to the list behind it; the board moves and opens.
@Suite struct DashboardAndBoardTests {
    static let db = Generator.database(ideas: 120, seed: 9)

    func fresh(_ size: Size = Size(cols: 100, rows: 30)) -> AppState {
        AppState(database: Self.db, path: "ideas.db.json", size: size, today: Self.db.festival.day)
    }

    func select(_ state: inout AppState, _ target: DashboardLayout.Target) -> Bool {
        guard let i = state.dashboardLayout.items.firstIndex(where: { $0.target == target }) else { return false }
        state.dashboard.selection = i
        return true
    }

    @Test(arguments: Stage.allCases)
    func aStageRowOpensItsIdeas(stage: Stage) throws {
        var state = fresh()
        try #require(select(&state, .ideas([.stage(stage)])))
        state.handle(.enter)
        #expect(state.route == .list(.ideas))
        #expect(state.list(.ideas).filters == [.stage(stage)])
        #expect(state.list(.ideas).rows.count == Self.db.ideas.filter { $0.stage == stage }.count)
    }

    @Test func sectorsDistrictsTeamsMentorsAndTheFestivalLeadSomewhere() throws {
        var state = fresh()
        try #require(select(&state, .ideas([.sector(.youth)])))
        state.handle(.enter)
        #expect(state.list(.ideas).rows.count == Self.db.ideas.filter { $0.sectors.contains(.youth) }.count)

        state = fresh()
        try #require(select(&state, .teams([.needsMentor])))
        state.handle(.enter)
        #expect(state.route == .list(.teams))
        #expect(state.list(.teams).rows.count == state.stats.teamsWithoutMentor.count)

        state = fresh()
        try #require(select(&state, .mentors([.atCapacity])))
        state.handle(.enter)
        #expect(state.route == .list(.mentors))
        #expect(state.list(.mentors).rows.count == state.stats.mentorsAtCapacity)

        state = fresh()
        try #require(select(&state, .ideas([.stage(.scheduled)])))
        // The festival's N/100 (row 1) leads to the same list as the stage's row.
        #expect(state.dashboardLayout.items.contains { $0.rect.row == 1 && $0.target == .ideas([.stage(.scheduled)]) })
        state.handle(.enter)
        #expect(state.list(.ideas).rows.count == Self.db.ideas.filter { $0.stage == .scheduled }.count)

        state = fresh()
        let district = try #require(state.stats.districtsByCount.first?.district)
        try #require(select(&state, .ideas([.district(district)])))
        state.handle(.enter)
        #expect(state.list(.ideas).rows.allSatisfy { Self.db.ideas[$0].district == district })
    }

    @Test func recentActivityOpensTheIdea() throws {
        var state = fresh()
        let entry = try #require(state.recent.first { $0.ideaId != nil })
        let id = try #require(entry.ideaId)
        try #require(select(&state, .idea(id)))
        state.handle(.enter)
        #expect(state.route == .idea(id))
        state.handle(.escape)
        #expect(state.route == .dashboard)
    }

    @Test func arrowsWalkTheFiguresAndTheSelectionIsDrawn() {
        var state = fresh()
        let count = state.dashboardLayout.items.count
        #expect(count > 20)
        state.handle(.end)
        #expect(state.dashboard.selection == count - 1)
        state.handle(.home)
        #expect(state.dashboard.selection == 0)
        state.handle(.down)
        #expect(state.dashboard.selection == 1)
        let item = state.dashboardLayout.items[1]
        let screen = render(state)
        #expect(screen[item.rect.row, item.rect.col].style.reverse)
        state.handle(.right)
        #expect(state.dashboardLayout.items[state.dashboard.selection].rect.col >= state.size.cols / 2)
        state.handle(.left)
        #expect(state.dashboardLayout.items[state.dashboard.selection].rect.col < state.size.cols / 2)
    }

    @Test func aClickSelectsAFigureAndADoubleClickOpensIt() throws {
        var state = fresh()
        let items = state.dashboardLayout.items
        let i = try #require(items.firstIndex { $0.target == .ideas([.stage(.team)]) })
        state.update(.click(row: items[i].rect.row, col: items[i].rect.col + 1))
        #expect(state.dashboard.selection == i)
        state.update(.doubleClick(row: items[i].rect.row, col: items[i].rect.col + 1))
        #expect(state.route == .list(.ideas))
        #expect(state.list(.ideas).filters == [.stage(.team)])
    }

    @Test func boardColumnsHoldEachStagesIdeasAndEnterOpensTheCard() throws {
        var state = fresh()
        state.handle(.char("3"))
        #expect(state.route == .board)
        let columns = BoardLayout.columns(state)
        for (c, stage) in Stage.allCases.enumerated() {
            #expect(columns[c].count == Self.db.ideas.filter { $0.stage == stage }.count)
        }
        state.handle(.right)
        state.handle(.right)
        state.handle(.down)
        #expect(state.board.column == 2)
        let expected = Self.db.ideas[columns[2][1]].id
        #expect(state.boardSelectedRoute == .idea(expected))
        state.handle(.enter)
        #expect(state.route == .idea(expected))
        state.handle(.escape)
        #expect(state.route == .board)
        #expect(state.board.column == 2)
    }

    @Test func theBoardScrollsSidewaysToKeepTheSelectedColumnInView() {
        var state = fresh(Size(cols: 60, rows: 18))
        state.handle(.char("3"))
        for _ in 0..<9 { state.handle(.right) }
        #expect(state.board.column == Stage.allCases.count - 1)
        let screen = render(state)
        #expect(screen.line(2).contains("withdrawn"))
        #expect(!screen.line(2).contains("shared"))
        for _ in 0..<9 { state.handle(.left) }
        #expect(render(state).line(2).contains("shared"))
    }

    @Test func theBoardFollowsTheIdeasListFilters() {
        var state = fresh()
        state.openList(.ideas, filters: [.sector(.business)])
        state.handle(.char("3"))
        let shown = BoardLayout.columns(state).joined()
        #expect(shown.allSatisfy { Self.db.ideas[$0].sectors.contains(.business) })
        #expect(render(state).line(1).contains("Filters:"))
    }

    @Test func theIdeaDetailShowsWhatIsMissingForTheNextStage() throws {
        var state = fresh()
        let index = DatabaseIndex(Self.db)
        let idea = try #require(Self.db.ideas.first { idea in
            idea.stage == .team && (index.teamOfIdea[idea.id].map { Self.db.teams[$0].mentorIds.isEmpty } ?? false)
        })
        state.push(.idea(idea.id))
        let text = (0..<6).map { _ -> String in
            defer { state.update(.pageDown) }
            return render(state).lines.joined(separator: "\n")
        }.joined(separator: "\n")
        #expect(text.contains("To move on to mentored"))
        #expect(text.contains("✗ the team has no mentor yet"))
        #expect(text.contains(idea.title))
    }

    @Test func anUnknownIdeaSaysSo() {
        var state = fresh()
        state.push(.idea("idea-nope"))
        #expect(render(state).lines.joined().contains("Nothing here has the id “idea-nope”"))
    }
}
