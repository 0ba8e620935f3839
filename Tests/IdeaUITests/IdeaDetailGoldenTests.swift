import IdeaModel
@testable import IdeaUI
import Testing

/// The idea detail on a narrow terminal and in Lithuanian, and the parts of it that the
/// wider goldens (ScreenGoldenTests) do not reach: a parked idea's reason, the idea's own
/// log, newest first, and pasted control characters made visible.
@Suite struct IdeaDetailGoldenTests {
    func state(_ size: Size, lang: Lang = .en) -> AppState {
        AppState(database: ScreenGoldenTests.db, path: "ideas.db.json", size: size, lang: lang,
                 today: ScreenGoldenTests.db.festival.day, zone: TestZones.vilnius)
    }

    func sample(_ db: Database = SampleDatabase.database, size: Size = Size(cols: 120, rows: 40)) -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, zone: TestZones.vilnius)
    }

    /// Every line of a detail, scrolled through page by page.
    func allLines(_ state: AppState) -> [String] {
        var s = state
        var out: [String] = []
        for _ in 0..<20 {
            out += render(s).lines.dropFirst(2).dropLast()
            s.update(.pageDown)
        }
        return out
    }

    @Test func narrowIdeaDetail() {
        var s = state(Size(cols: 60, rows: 18))
        s.push(.idea(ScreenGoldenTests.richIdea))
        let screen = render(s)
        Golden.check(screen.golden, "idea-60x18.txt")
        DashboardGoldenTests.checkShape(screen)
    }

    @Test func lithuanianIdeaDetail() {
        var s = state(Size(cols: 80, rows: 24), lang: .lt)
        s.push(.idea(ScreenGoldenTests.richIdea))
        let screen = render(s)
        Golden.check(screen.golden, "idea-lt-80x24.txt")
        let text = screen.lines.joined(separator: "\n")
        for english in [" Stage ", " Sectors ", " District ", " Author ", " Problem ─", " Members (", "To move on"] {
            #expect(!text.contains(english), "“\(english)” on a Lithuanian screen")
        }
    }

    @Test func aParkedIdeaShowsWhyAndThatItCannotMoveOn() throws {
        var s = sample()
        s.push(.idea("i25"))
        let lines = allLines(s)
        #expect(lines.contains { $0.contains("waiting for a summer venue") })
        #expect(!lines.contains { $0.contains("To move on to") })
        let noNext = try #require(lines.firstIndex { $0.contains("No next stage.") })
        #expect(lines[noNext + 1].contains("it is parked; reopen it first"))
    }

    @Test func theIdeasOwnLogNewestFirstAndNoOtherIdeas() throws {
        var db = SampleDatabase.database
        db.log.append(LogEntry(id: "l13", at: SampleDatabase.at(5, 1, 8), by: "p-ruta", kind: "note", ideaId: "i06",
                               summary: "first talk with the school"))
        db.log.append(LogEntry(id: "l14", at: SampleDatabase.at(5, 30, 8), by: "p-ruta", kind: "note", ideaId: "i06",
                               summary: "the stairs are booked"))
        var s = sample(db)
        s.push(.idea("i06"))
        let lines = allLines(s)
        let newest = try #require(lines.firstIndex { $0.contains("the stairs are booked") })
        let middle = try #require(lines.firstIndex { $0.contains("moved from shared to refined") })
        let oldest = try #require(lines.firstIndex { $0.contains("first talk with the school") })
        #expect(newest < middle && middle < oldest)
        #expect(!lines.contains { $0.contains("moved from refined to team") })  // i10's entry
    }

    @Test func pastedControlCharactersInTheLogAreVisiblePlaceholders() {
        var s = sample()
        s.push(.idea("i18"))
        let lines = allLines(s)
        #expect(lines.contains { $0.contains("note pasted from a terminal: ␛[31mred␛[0m␇") })
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func aTeamStageIdeaWithoutAMentorSaysSoInTheGate() throws {
        var s = sample()
        s.push(.idea("i10"))
        let lines = allLines(s)
        let gate = try #require(lines.firstIndex { $0.contains("To move on to mentored") })
        #expect(lines[gate + 1].contains("✗ the team has no mentor yet"))
    }

    @Test(arguments: [Size(cols: 60, rows: 18), Size(cols: 80, rows: 24), Size(cols: 200, rows: 50)])
    func everyLineFitsAtEverySize(_ size: Size) {
        var s = state(size)
        s.push(.idea(ScreenGoldenTests.richIdea))
        for _ in 0..<8 {
            DashboardGoldenTests.checkShape(render(s))
            s.update(.pageDown)
        }
    }
}
