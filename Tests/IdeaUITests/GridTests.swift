import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// The festival grid (screen 9): golden renders, and placing, moving, pinning, taking
/// off and auto-scheduling by keys, each saved to a real file or refused with every
/// broken rule named.
@Suite(.serialized) struct GridTests {
    static func bench(size: Size = Size(cols: 120, rows: 30)) throws -> EditBench {
        var bench = try EditBench(size: size)
        bench.press(.char("9"))
        return bench
    }

    @Test(arguments: [Size(cols: 80, rows: 24), Size(cols: 120, rows: 40)])
    func golden(_ size: Size) {
        var state = AppState(database: Generator.database(ideas: 60, seed: 3), path: "ideas.db.json", size: size)
        state.handle(.char("9"))
        let screen = render(state)
        Golden.check(screen.golden, "grid-\(size.cols)x\(size.rows).txt")
        DashboardGoldenTests.checkShape(screen)
    }

    @Test func theHeaderAlwaysSaysHowManyAndTheBalance() throws {
        let bench = try Self.bench()
        let header = bench.screen.lines[1...2].joined(separator: "\n")
        #expect(header.contains("4/100 scheduled") && header.contains("venues in use 3/3"))
        // Each sector's share of the scheduled beside its share of the ideas ready or later.
        let balance = SectorBalance(bench.state.database)
        for share in balance.shares {
            #expect(header.contains("\(share.sector.rawValue) \(share.scheduledPercent)%/\(share.readyOrLaterPercent)%"), "\(share.sector)")
        }
        #expect(bench.screen.text.contains("Ready, not scheduled (2)"))
    }

    /// Down to 60 columns the counts and all five sectors with their shares stay on
    /// screen (the sectors on a line or two of their own), in both languages, and where
    /// the venues leave room below, the ready ideas are listed there.
    @Test(arguments: [Size(cols: 60, rows: 20), Size(cols: 80, rows: 24), Size(cols: 100, rows: 30)], [Lang.en, .lt])
    func narrowScreensKeepTheCountsAndTheBalance(_ size: Size, _ lang: Lang) throws {
        // The sample's counts (59 scheduled, 20–32 a sector) make the longest header.
        var state = AppState(database: Generator.sample(zone: TestZones.vilnius), path: "ideas.db.json", size: size, lang: lang)
        state.handle(.char("9"))
        let s = state.strings
        let header = render(state).lines[1...3].joined(separator: "\n")
        #expect(header.contains(s.festival.scheduledOf(59, 100)) && header.contains(s.festival.venuesInUse(14, 14)))
        for sector in Sector.allCases {  // the name and its two whole shares, not cut off
            #expect(header.range(of: "(?m)" + s.sector(sector) + " [0-9]+%/[0-9]+%▼?( |$)", options: .regularExpression) != nil, "\(sector)")
        }
        if size.rows >= 30 { #expect(render(state).text.contains(s.festival.readyTitle(9))) }
    }

    @Test func placingNamesEveryBrokenRuleThenPlacesWhereItFits() throws {
        var bench = try Self.bench()
        // Laisvės alėja at 10:00: "Kiemo kinas" (60 minutes) would run into the pinned 11:00 slot.
        bench.press(.char("p"), .enter)
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected the broken rules"); return }
        #expect(notice.title == "“Kiemo kinas” cannot go there")
        #expect(notice.lines.contains { $0.hasPrefix("✗ it would clash with") && $0.contains("15 minutes to change over") })
        #expect(bench.onDisk?.festival.slots.count == 4)
        bench.press(.enter)
        // 14:30: two of its people are at another intervention at 15:00.
        for _ in 0..<18 { bench.press(.right) }
        bench.press(.char("p"), .enter)
        guard case .notice(let people)? = bench.state.overlay else { Issue.record("expected the people's clash"); return }
        #expect(people.lines == ["✗ Jonas Petraitis is already at “Bendruomenės daržas” (Žaliakalnio kiemas, 15:00–16:00)",
                                 "✗ Lukas Čepas is already at “Bendruomenės daržas” (Žaliakalnio kiemas, 15:00–16:00)"])
        bench.press(.enter)
        // 16:30 fits: half an hour after they leave Žaliakalnis.
        for _ in 0..<8 { bench.press(.right) }
        bench.press(.char("p"), .enter)
        let slot = try #require(bench.onDisk?.festival.slots.first { $0.ideaId == "i19" })
        #expect(slot.venueId == "v-laisves" && slot.start == ClockTime(16, 30) && slot.end == ClockTime(17, 30))
        #expect(bench.idea("i19")?.stage == .scheduled)
        #expect(bench.screen.lines[1].contains("5/100 scheduled"))
        // The list of ready ideas follows the change (it is kept between frames).
        #expect(bench.screen.text.contains("Ready, not scheduled (1)") && !bench.screen.text.contains("■ Kiemo kinas"))
    }

    @Test func movingTakesThenDropsKeepingThePin() throws {
        var bench = try Self.bench()
        for _ in 0..<4 { bench.press(.right) }  // 11:00, the pinned slot
        bench.press(.char("v"))
        #expect(bench.state.grid.carrying == "i21")
        bench.press(.down)  // Santakos parkas, 11:00
        bench.press(.char("v"))
        let slot = try #require(bench.onDisk?.festival.slots.first { $0.ideaId == "i21" })
        #expect(slot.venueId == "v-santaka" && slot.start == ClockTime(11) && slot.pinned)
        #expect(bench.state.grid.carrying == nil)
        // Esc while carrying puts it down where it was.
        bench.press(.char("v"), .escape)
        #expect(bench.state.grid.carrying == nil && bench.state.route == .grid)
    }

    @Test func pinningAndTakingOff() throws {
        var bench = try Self.bench()
        for _ in 0..<12 { bench.press(.right) }  // 13:00, "Verslumo pusryčiai"
        bench.press(.char("!"))
        #expect(bench.onDisk?.festival.slots.first { $0.ideaId == "i22" }?.pinned == true)
        bench.press(.char("x"))
        guard case .prompt? = bench.state.overlay else { Issue.record("expected the reason"); return }
        bench.type("Lyja")
        bench.press(.enter)
        #expect(bench.onDisk?.festival.slots.contains { $0.ideaId == "i22" } == false)
        #expect(bench.idea("i22")?.stage == .ready)
        #expect(bench.onDisk?.log.last?.reason == "Lyja")
    }

    @Test func lengthChangesByOneStepUntilARuleStopsIt() throws {
        var bench = try Self.bench()
        for _ in 0..<4 { bench.press(.right) }  // 11:00, "Laisvės alėjos piešiniai", 11:00–12:00
        bench.press(.char(">"), .char(">"), .char(">"))
        let slot = try #require(bench.onDisk?.festival.slots.first { $0.ideaId == "i21" })
        #expect(slot.start == ClockTime(11) && slot.end == ClockTime(12, 45) && slot.pinned)
        #expect(bench.idea("i21")?.plan?.durationMinutes == 105)
        // One more step would leave no changeover before "Verslumo pusryčiai" at 13:00.
        bench.press(.char(">"))
        guard case .notice(let notice)? = bench.state.overlay else { Issue.record("expected the broken rule"); return }
        #expect(notice.title == "“Laisvės alėjos piešiniai” cannot last 120 minutes")
        #expect(notice.lines.contains { $0.hasPrefix("✗ it would clash with “Verslumo pusryčiai”") })
        #expect(bench.onDisk?.festival.slots.first { $0.ideaId == "i21" }?.end == ClockTime(12, 45))
        bench.press(.enter)
        for _ in 0..<6 { bench.press(.char("<")) }
        #expect(bench.onDisk?.festival.slots.first { $0.ideaId == "i21" }?.end == ClockTime(11, 15))
        bench.press(.char("<"))
        #expect(bench.state.message == "it cannot be shorter than one 15-minute step")
        // Undo gives the last step back.
        bench.press(.char("u"))
        #expect(bench.onDisk?.festival.slots.first { $0.ideaId == "i21" }?.end == ClockTime(11, 30))
    }

    @Test func aClickPutsTheCursorOnAVenueAndTimeAndADoubleClickOpens() throws {
        var bench = try Self.bench()
        let first = GridLayout.firstRow(bench.state), name = GridLayout.nameWidth(bench.state)
        bench.workspace.update(.click(row: first + 1, col: name + 4 * GridLayout.cellWidth + 2))
        #expect(bench.state.grid.venue == 1 && bench.state.grid.minute == ClockTime(11).minutes)
        bench.workspace.update(.click(row: first + 2, col: 3))  // a venue's name: that venue, same time
        #expect(bench.state.grid.venue == 2 && bench.state.grid.minute == ClockTime(11).minutes)
        bench.workspace.update(.click(row: first + 40, col: name))  // below the venues: nothing
        #expect(bench.state.grid.venue == 2)
        bench.workspace.update(.doubleClick(row: first, col: name + 12 * GridLayout.cellWidth))  // 13:00, "Verslumo pusryčiai"
        #expect(bench.state.route == .idea("i22"))
    }

    @Test func zoomCyclesAndAutoSchedulingAsksFirst() throws {
        var bench = try Self.bench()
        bench.press(.char("z"))
        #expect(bench.state.grid.zoom == 30)
        bench.press(.char("z"), .char("z"))
        #expect(bench.state.grid.zoom == 15)
        // End and Home go to the end and the start of the day; ↓ to the next venue.
        bench.press(.end)
        #expect(bench.state.grid.minute == bench.state.database.festival.dayEnd.minutes - 15)
        bench.press(.home, .down)
        #expect(bench.state.grid.minute == bench.state.database.festival.dayStart.minutes && bench.state.grid.venue == 1)
        let expected = AutoScheduler.run(bench.state.database)
        try #require(!expected.placements.isEmpty)
        bench.press(.char("A"))
        guard case .notice(let ask)? = bench.state.overlay else { Issue.record("expected the question"); return }
        #expect(ask.confirm != nil)
        // Ideas left out point to the grid's w, which says what is in their way.
        #expect(ask.lines.contains(bench.state.strings.festival.autoWhyHint) == !expected.unplaced.isEmpty)
        bench.press(.char("y"))
        let saved = try #require(bench.onDisk)
        #expect(saved.festival.slots.count == 4 + expected.placements.count)
        #expect(Validator.problems(in: saved).isEmpty)
    }
}
