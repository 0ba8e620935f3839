import IdeaModel
@testable import IdeaUI
import Testing

/// Titles, names and places written to hurt a terminal — escape sequences, BEL, C1
/// controls, bidi overrides, zero-width and combining characters, 10,000 characters —
/// on every screen at several sizes: nothing raw reaches the screen and every line keeps
/// the terminal's width.
@Suite struct HostileTextTests {
    static let hostile = [
        "\u{1B}[2J\u{1B}[31mred\u{1B}[0m clear", "bell\u{07}\u{07}", "\u{1B}]0;pwned\u{07}title", "c1 \u{9B}2J csi",
        "a\u{202E}evil\u{202C}b \u{2066}iso\u{2069}", "zero\u{200B}width\u{200D}join\u{FEFF}", "e" + String(repeating: "\u{0301}", count: 60),
        String(repeating: "Ilgas ", count: 1_700), "👩‍👩‍👧 šeima 漢字", "tab\there\nnew line\r\u{0}nul\u{7F}",
    ]

    static let database: Database = {
        var db = Generator.database(ideas: 60, seed: 9)
        func bad(_ i: Int) -> String { hostile[i % hostile.count] + " \(i)" }
        for i in db.ideas.indices {
            db.ideas[i].title = bad(i)
            db.ideas[i].summary = bad(i + 1)
            db.ideas[i].tags = [bad(i + 2)]
        }
        for i in db.people.indices { db.people[i].name = bad(i) }
        for i in db.venues.indices { db.venues[i].name = bad(i + 3) }
        for i in db.forums.indices {
            db.forums[i].title = bad(i + 4)
            for d in db.forums[i].discussions.indices { db.forums[i].discussions[d].outcome = bad(i + d + 5) }
        }
        for i in db.teams.indices { for m in db.teams[i].members.indices { db.teams[i].members[m].role = bad(m + 6) } }
        for i in db.log.indices { db.log[i].summary = bad(i + 7) }
        return db
    }()

    static var routes: [Route] {
        let db = database
        return [.dashboard, .board, .grid] + ListKind.allCases.map(Route.list)
            + db.ideas.prefix(12).map { .idea($0.id) } + db.people.prefix(10).map { .person($0.id) }
            + db.teams.prefix(6).map { .team($0.id) } + db.venues.prefix(6).map { .venue($0.id) }
            + db.forums.prefix(4).map { .forum($0.id) } + db.sessions.prefix(3).map { .session($0.id) }
            + db.people.filter { $0.mentor != nil }.prefix(3).map { .mentoring($0.id) }
    }

    static func isRaw(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    @Test(arguments: [Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 200, rows: 50), Size(cols: 30, rows: 8)])
    func everyScreenShowsHostileTextSafely(_ size: Size) {
        for lang in [Lang.en, .lt] {
            var state = AppState(database: Self.database, path: "ideas.db.json", size: size, lang: lang, today: Self.database.festival.day)
            for route in Self.routes {
                state.push(route)
                for help in [false, true] {
                    if help { state.handle(.char("?")) }
                    let screen = render(state)
                    #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.cols }, "\(route) \(size)")
                    #expect(!screen.text.unicodeScalars.contains { $0 != "\n" && Self.isRaw($0.value) }, "\(route) \(size)")
                    if help { state.handle(.escape) }
                }
            }
        }
    }

    /// The hostile text is really on screen, made visible: ␛ for ESC, ⸮ for a bidi control.
    @Test func controlsAreShownAsVisibleSigns() {
        var state = AppState(database: Self.database, path: "ideas.db.json", size: Size(cols: 200, rows: 50), today: Self.database.festival.day)
        state.push(.list(.ideas))
        let text = render(state).text
        #expect(text.contains("␛[2J") && text.contains("⸮evil⸮") && text.contains("bell␇␇"))
    }

    /// The same text through the search line and a form: typed and pasted, it is shown
    /// safely too.
    @Test func typedAndPastedHostileTextIsShownSafely() {
        var state = AppState(database: Self.database, path: "ideas.db.json", size: Size(cols: 80, rows: 24), today: Self.database.festival.day)
        state.handle(.char("2"))
        state.handle(.char("/"))
        for text in Self.hostile { state.handle(.paste(text)) }
        let screen = render(state)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == 80 })
        #expect(!screen.text.unicodeScalars.contains { $0 != "\n" && Self.isRaw($0.value) })
    }
}
