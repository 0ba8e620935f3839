import IdeaModel
@testable import IdeaUI
import Testing

/// Golden renders of the screens issue 13 changed, in English and Lithuanian, at 80×24
/// and 60×18: the dashboard, a search and a text filter, the filter window and its help,
/// the Venues and Mentors lists, the festival grid with its help and the place picker, a
/// mentor's home, a team's detail, a long message and the message log, and the board
/// while its text filter is typed.
@Suite struct ExplainGoldenTests {
    static let db = Generator.database(ideas: 60, seed: 3)

    static func state(_ db: Database, _ size: Size, _ lang: Lang, actor: String = "p-ruta") -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, lang: lang, today: db.festival.day, actor: actor)
    }

    static func press(_ s: inout AppState, _ keys: [Key]) { for key in keys { s.handle(key) } }
    static func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// The cursor where some ready ideas fit and some do not (the first such place).
    static func mixedPlace(_ s: inout AppState) {
        let ready = GridLayout.ready(s.database), f = s.database.festival
        for (v, venue) in GridLayout.venues(s.database).enumerated() {
            for minute in stride(from: f.dayStart.minutes, to: f.dayEnd.minutes, by: f.gridMinutes) {
                let fits = ready.map { PlacementRules.violations(placing: $0, at: venue, start: ClockTime(minutes: minute), in: s.database).isEmpty }
                if fits.contains(true) && fits.contains(false) {
                    s.grid.venue = v
                    s.grid.minute = minute
                    s.keepGridCursorInView()
                    return
                }
            }
        }
    }

    static let scenarios: [(String, @Sendable (Size, Lang) -> AppState)] = [
        ("dashboard", { size, lang in state(SampleDatabase.database, size, lang) }),
        ("ideas-search", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("2"), .char("/")] + typed("kiem") + [.enter, .char("n")])
            return s
        }),
        ("ideas-text-filter", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("2"), .char("\\")] + typed("kiem") + [.enter])
            return s
        }),
        ("filters", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("2"), .char("f"), .down, .char(" ")])
            return s
        }),
        ("filters-help", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("2"), .char("f"), .char("?")])
            return s
        }),
        ("venues", { size, lang in
            var s = state(Generator.sample(zone: TestZones.vilnius), size, lang)
            press(&s, [.char("7")])
            return s
        }),
        ("mentors", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("6")])
            return s
        }),
        ("grid", { size, lang in
            var s = state(Generator.sample(zone: TestZones.vilnius), size, lang)
            press(&s, [.char("9")])
            return s
        }),
        ("grid-help", { size, lang in
            var s = state(Generator.sample(zone: TestZones.vilnius), size, lang)
            press(&s, [.char("9"), .char("?"), .end])
            return s
        }),
        ("grid-place", { size, lang in
            var s = state(Generator.sample(zone: TestZones.vilnius), size, lang)
            press(&s, [.char("9")])
            mixedPlace(&s)
            press(&s, [.char("p")])
            return s
        }),
        ("mentor-home", { size, lang in
            var s = state(SampleDatabase.database, size, lang, actor: "p-mindaugas")
            s.openHomeForActor()
            return s
        }),
        ("team-detail", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("5"), .enter])
            return s
        }),
        ("message", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("2")])
            s.message = s.strings.edit.readyMovesBySchedule + " · " + s.strings.edit.saved("“Kiemo kinas” placed at Laisvės alėjos skveras")
            return s
        }),
        ("messages-window", { size, lang in
            var s = state(db, size, lang)
            s.message = s.strings.edit.readyMovesBySchedule
            s.message = s.strings.edit.saved("Algirdas Bagdonas now mentors “Kalbų kavinė naujiems kauniečiams Žaliakalnyje”")
            press(&s, [.char("~")])
            return s
        }),
        ("board-text-filter", { size, lang in
            var s = state(db, size, lang)
            press(&s, [.char("3"), .char("\\")] + typed("kiem"))
            return s
        }),
    ]

    @Test(arguments: [Lang.en, .lt], [Size(cols: 80, rows: 24), Size(cols: 60, rows: 18)])
    func screens(_ lang: Lang, _ size: Size) {
        for (name, make) in Self.scenarios {
            let screen = render(make(size, lang))
            Golden.check(screen.golden, "explain-\(name)-\(lang.rawValue)-\(size.cols)x\(size.rows).txt")
            DashboardGoldenTests.checkShape(screen)
        }
    }
}
