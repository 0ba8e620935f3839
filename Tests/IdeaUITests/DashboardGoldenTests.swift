import Foundation
import IdeaModel
import IdeaUI
import Testing

@Suite struct DashboardGoldenTests {
    func state(_ size: Size, db: Database = SampleDatabase.database) -> AppState {
        AppState(database: db, path: "ideas.db.json", size: size, zone: TestZones.vilnius)
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 18), (200, 50)])
    func dashboard(_ cols: Int, _ rows: Int) {
        let screen = render(state(Size(cols: cols, rows: rows)))
        Golden.check(screen.golden, "dashboard-\(cols)x\(rows).txt")
        Self.checkShape(screen)
    }

    @Test func helpOverlay() {
        var s = state(Size(cols: 80, rows: 24))
        s.handle(.char("?"))
        let screen = render(s)
        Golden.check(screen.golden, "help-80x24.txt")
        #expect(screen.line(23).contains("Esc close"))
    }

    @Test func emptyDatabase() {
        let screen = render(state(Size(cols: 80, rows: 24), db: SampleDatabase.empty))
        Golden.check(screen.golden, "dashboard-empty-80x24.txt")
    }

    @Test(arguments: [(30, 8), (59, 18), (80, 17), (10, 3)])
    func tooSmall(_ cols: Int, _ rows: Int) {
        let screen = render(state(Size(cols: cols, rows: rows)))
        let text = screen.lines.joined(separator: "\n")
        if cols >= 20 {
            #expect(text.contains("terminal too small:"))
            #expect(text.contains("needs 60×18, have \(cols)×\(rows)"))
            #expect(text.contains("Q quit"))
        }
        Self.checkShape(screen)
        if (cols, rows) == (30, 8) { Golden.check(screen.golden, "too-small-30x8.txt") }
    }

    @Test func zeroSizeIsEmpty() {
        #expect(render(state(Size(cols: 0, rows: 0))).cells.isEmpty)
    }

    @Test func showsTheFigures() {
        let screen = render(state(Size(cols: 80, rows: 24)))
        let text = screen.lines
        #expect(text[0].contains("1 Das"))
        #expect(text[1].contains("4/100 scheduled"))
        #expect(text[1].contains("100 in 1 day"))
        #expect(text.contains { $0.contains("shared") && $0.contains("   5 ") })
        #expect(text.contains { $0.contains("Active teams with no mentor") && $0.hasSuffix(" 3") })
        #expect(text.contains { $0.contains("Mentors at capacity") && $0.hasSuffix("4 of 5") })
        // The pasted escape sequence shows as placeholders.
        let wide = render(state(Size(cols: 160, rows: 40))).lines
        #expect(wide.contains { $0.contains("note pasted from a terminal: ␛[31mred␛[0m␇") })
    }

    /// Every row is exactly as wide as the screen, and no control character is in it.
    static func checkShape(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
        for (i, line) in screen.lines.enumerated() {
            #expect(DisplayWidth.of(line) == screen.cols, "row \(i) is \(DisplayWidth.of(line)) wide", sourceLocation: sourceLocation)
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, sourceLocation: sourceLocation)
        }
    }
}

@Suite struct FixtureTests {
    static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/dashboard.db.json").standardizedFileURL

    /// The end-to-end test opens the fixture file; it must hold the same season the
    /// golden renders show. UPDATE_GOLDEN=1 writes it from `SampleDatabase`.
    @Test func fixtureFileIsTheSampleDatabase() throws {
        let bytes = DatabaseCodec.encode(SampleDatabase.database)
        if Golden.updating {
            try Data(bytes).write(to: Self.url)
        }
        let onDisk = try [UInt8](Data(contentsOf: Self.url))
        #expect(onDisk == bytes, "run UPDATE_GOLDEN=1 swift test to rewrite Tests/Fixtures/dashboard.db.json")
        let decoded = try DatabaseCodec.decode(onDisk)
        #expect(decoded == SampleDatabase.database)
    }
}
