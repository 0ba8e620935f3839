import IdeaModel
@testable import IdeaUI
import Testing

/// Golden renders of the list screens, the board and an idea's detail at 80×24 and
/// 120×40 (text and styles), in English and Lithuanian.
@Suite struct ScreenGoldenTests {
    static let db = Generator.database(ideas: 60, seed: 3, zone: TestZones.vilnius)

    func state(_ size: Size, lang: Lang = .en) -> AppState {
        AppState(database: Self.db, path: "ideas.db.json", size: size, lang: lang, today: Self.db.festival.day,
                 zone: TestZones.vilnius)
    }

    /// The activity log: newest first (▼), on the festival's clock, in both languages.
    @Test(arguments: Lang.allCases)
    func activityLog(_ lang: Lang) {
        var s = state(Size(cols: 80, rows: 24), lang: lang)
        s.update(.activity)
        Golden.check(render(s).golden, "activity\(lang == .lt ? "-lt" : "")-80x24.txt")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyListScreen(_ cols: Int, _ rows: Int) {
        for (n, route) in Route.tabs.enumerated() {
            guard case .list(let kind) = route else { continue }
            var s = state(Size(cols: cols, rows: rows))
            s.update(.goToTab(n + 1))
            Golden.check(render(s).golden, "list-\(kind.rawValue)-\(cols)x\(rows).txt")
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 18)])
    func board(_ cols: Int, _ rows: Int) {
        var s = state(Size(cols: cols, rows: rows))
        s.update(.goToTab(3))
        s.update(.right)
        s.update(.down)
        Golden.check(render(s).golden, "board-\(cols)x\(rows).txt")
    }

    /// A scheduled idea with a team, mentors and a slot: the richest detail.
    static var richIdea: String {
        let index = DatabaseIndex(db)
        return db.ideas.first { idea in
            idea.stage == .scheduled && (index.teamOfIdea[idea.id].map { !db.teams[$0].mentorIds.isEmpty } ?? false)
                && (index.pledged[idea.id] ?? 0) > 0
        }?.id ?? db.ideas[0].id
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func ideaDetail(_ cols: Int, _ rows: Int) {
        var s = state(Size(cols: cols, rows: rows))
        s.push(.idea(Self.richIdea))
        Golden.check(render(s).golden, "idea-\(cols)x\(rows).txt")
        s.update(.pageDown)
        Golden.check(render(s).golden, "idea-page2-\(cols)x\(rows).txt")
    }

    @Test func lithuanianIdeasList() {
        var s = state(Size(cols: 80, rows: 24), lang: .lt)
        s.update(.goToTab(2))
        Golden.check(render(s).golden, "list-ideas-lt-80x24.txt")
    }
}
