import IdeaModel
@testable import IdeaUI
import Testing

/// The dashboard in Lithuanian, and its figures on the small sample season: every figure
/// is reachable with the keys, and the counts on screen are the rows the list opens with.
@Suite struct DashboardLithuanianTests {
    func state(_ size: Size = Size(cols: 80, rows: 24), lang: Lang = .en) -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: size, lang: lang, zone: TestZones.vilnius)
    }

    @Test func lithuanianDashboard() {
        let screen = render(state(lang: .lt))
        Golden.check(screen.golden, "dashboard-lt-80x24.txt")
        DashboardGoldenTests.checkShape(screen)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("suplanuota 4/100"))
        for english in ["Ideas by stage", "Sectors", "Active teams with no mentor", "Recent activity", "scheduled", "ready+"] {
            #expect(!text.contains(english), "“\(english)” on a Lithuanian screen")
        }
    }

    @Test(arguments: Stage.allCases)
    func theStageCountOnScreenIsTheRowsTheListOpensWith(stage: Stage) throws {
        var s = state()
        let items = s.dashboardLayout.items
        // The stage's row (for "scheduled" the festival's N/100 leads there too, from row 1).
        let i = try #require(items.firstIndex { $0.target == .ideas([.stage(stage)]) && $0.rect.row > 1 })
        let shown = render(s).line(items[i].rect.row)
        let expected = SampleDatabase.database.ideas.filter { $0.stage == stage }.count
        #expect(shown.hasPrefix(stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)))
        #expect(shown.contains(" \(expected) "))
        // Walk there with the keys rather than setting the selection.
        s.handle(.char("g"))
        for _ in 0..<i { s.handle(.down) }
        #expect(s.dashboard.selection == i)
        s.handle(.enter)
        #expect(s.route == .list(.ideas))
        #expect(s.list(.ideas).filters == [.stage(stage)])
        #expect(s.list(.ideas).rows.count == expected)
        s.handle(.escape)
        #expect(s.route == .dashboard)
    }

    @Test func freeMentorPlacesOpenTheMentorsWithRoom() throws {
        var s = state()
        let i = try #require(s.dashboardLayout.items.firstIndex { $0.target == .mentors([.hasRoom]) })
        s.dashboard.selection = i
        s.handle(.enter)
        #expect(s.route == .list(.mentors))
        // Mindaugas Šimkus (5 of 6) is the only mentor of the sample with room.
        #expect(s.list(.mentors).rows.count == 1)
    }

    @Test func theSelectionIsAlwaysOnAFigureAfterAResize() {
        var s = state(Size(cols: 200, rows: 50))
        s.handle(.char("G"))
        let big = s.dashboard.selection
        s.update(.resize(Size(cols: 60, rows: 18)))
        s.handle(.up)
        #expect(s.dashboard.selection < big)
        #expect(s.dashboard.selection < s.dashboardLayout.items.count)
        DashboardGoldenTests.checkShape(render(s))
    }

    @Test func aClickOutsideAnyFigureChangesNothing() {
        var s = state()
        s.handle(.down)
        let before = s.dashboard.selection
        s.update(.click(row: 13, col: 79))  // the blank row between the halves
        #expect(s.dashboard.selection == before)
    }
}
