import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// Why a ready idea is not on the festival grid, from the grid: `w` chooses one of the
/// ideas waiting, a window names the closest places with what is in the way and the
/// changes that let it in; `a`, then `y`, makes the selected one through the session
/// (saved, one undo, facilitators only). Golden renders at fixed sizes, key sequences.
@Suite(.serialized) struct ReasonsWindowTests {
    /// The sample, made tight: "Kiemo kinas" needs two hours and a stage, and the only
    /// venue with a stage (Santakos parkas, open 10:00–13:00) has "Jaunimo teatro etiudai"
    /// at 11:00–12:00, which could go elsewhere (their teams share nobody). "Mokslo šou
    /// vaikams" fits as things stand.
    static var tight: Database {
        var db = SampleDatabase.database
        if let v = db.venues.firstIndex(where: { $0.id == "v-santaka" }) { db.venues[v].closes = ClockTime(13) }
        if let s = db.festival.slots.firstIndex(where: { $0.ideaId == "i24" }) {
            db.festival.slots[s].start = ClockTime(11)
            db.festival.slots[s].end = ClockTime(12)
        }
        if let i = db.ideas.firstIndex(where: { $0.id == "i19" }) {
            db.ideas[i].plan = InterventionPlan(durationMinutes: 120, features: [.outdoor, .stage], audience: 40, districts: ["Šančiai"])
        }
        // Teams of their own, so that no person stands in the way.
        for (idea, lead, mentor) in [("i19", "p-dovydas", "p-aiste"), ("i24", "p-yuki", "p-tomas")] {
            guard let t = db.teams.firstIndex(where: { $0.ideaId == idea }) else { continue }
            db.teams[t].leadId = lead
            db.teams[t].members = []
            db.teams[t].mentorIds = [mentor]
        }
        return db
    }

    static func bench(actor: String = "p-ruta", size: Size = Size(cols: 80, rows: 24), lang: Lang = .en) throws -> EditBench {
        var bench = try EditBench(Self.tight, actor: actor, size: size, lang: lang)
        bench.press(.char("9"))
        return bench
    }

    /// `w`, then the idea typed and chosen.
    static func open(_ bench: inout EditBench, _ typed: String = "kiemo") {
        bench.press(.char("w"))
        bench.type(typed)
        bench.press(.enter)
    }

    static func window(_ bench: EditBench) -> ReasonsWindow? {
        if case .reasons(let window)? = bench.state.overlay { return window }
        return nil
    }

    @Test func theTightFestivalLoads() throws {
        #expect(Validator.problems(in: Self.tight).isEmpty)
    }

    @Test(arguments: [(Size(cols: 80, rows: 24), Lang.en), (Size(cols: 120, rows: 40), .en), (Size(cols: 60, rows: 18), .lt),
                      (Size(cols: 100, rows: 30), .lt)])
    func golden(_ size: Size, _ lang: Lang) throws {
        var state = Self.state(size: size, lang: lang)
        #expect(state.keyContext == .reasons)
        Golden.check(render(state).golden, "reasons-\(lang)-\(size.cols)x\(size.rows).txt")
        state.handle(.down)
        state.handle(.char("a"))
        #expect(state.keyContext == .reasonsQuestion)
        Golden.check(render(state).golden, "reasons-asking-\(lang)-\(size.cols)x\(size.rows).txt")
    }

    /// The window of "Kiemo kinas" over the grid, on a state with a fixed path (for renders).
    static func state(size: Size = Size(cols: 80, rows: 24), lang: Lang = .en) -> AppState {
        var state = AppState(database: Self.tight, path: "ideas.db.json", size: size, lang: lang, today: EditBench.now.day, actor: "p-ruta")
        for key in [Key.char("9"), .char("w")] + "kiemo".map(Key.char) + [.enter] { state.handle(key) }
        return state
    }

    @Test func thePickerListsTheIdeasWaitingAndTheWindowSaysWhy() throws {
        var bench = try Self.bench(size: Size(cols: 100, rows: 30))
        #expect(bench.screen.lines.last?.contains("w why") == true)
        bench.press(.char("w"))
        guard case .picker(let picker)? = bench.state.overlay else { Issue.record("expected the ideas waiting"); return }
        #expect(picker.purpose == .diagnose)
        #expect(picker.options.map(\.id) == ["i19", "i20"])
        bench.type("kiemo")
        bench.press(.enter)
        let window = try #require(Self.window(bench))
        #expect(window.diagnosis.ideaId == "i19")
        #expect(window.diagnosis.reason == .allTaken)
        #expect(window.diagnosis.suggestions.map(\.change.kind) == [.move, .addFeature])
        let text = bench.screen.text
        #expect(text.contains("Why “Kiemo kinas” is not on the grid"))
        let said = window.lines(bench.state.strings).map(\.text)
        #expect(said.contains("• Santakos parkas 10:00–12:00: “Jaunimo teatro etiudai” is there 11:00–12:00"))
        #expect(said.contains("move “Jaunimo teatro etiudai” from Santakos parkas 11:00–12:00 to Žaliakalnio kiemas 11:00–12:00; "
            + "then it fits at Santakos parkas 10:00–12:00"))
        #expect(text.contains("› move “Jaunimo teatro etiudai”"))
        #expect(bench.screen.lines.last?.contains("a apply") == true)
        // ↓ and ↑ choose the change; the selection stays inside the list.
        bench.press(.down, .down, .down)
        #expect(Self.window(bench)?.selected == 1)
        bench.press(.up)
        #expect(Self.window(bench)?.selected == 0)
        // Esc goes back to the grid, nothing changed.
        bench.press(.escape)
        #expect(bench.state.overlay == nil && bench.state.route == .grid)
        #expect(bench.onDisk == Self.tight)
    }

    @Test func theChangeIsAskedThenMadeAndUndoneAsOne() throws {
        var bench = try Self.bench()
        Self.open(&bench)
        let suggestion = try #require(Self.window(bench)?.suggestion)
        bench.press(.char("a"))
        #expect(Self.window(bench)?.asking == true)
        #expect(bench.screen.text.contains("Make this change and place “Kiemo kinas”?"))
        #expect(bench.screen.lines.last?.contains("y/Enter yes") == true)
        // n goes back to the window, nothing saved.
        bench.press(.char("n"))
        #expect(Self.window(bench)?.asking == false)
        #expect(bench.onDisk == Self.tight)
        bench.press(.char("a"), .char("y"))
        #expect(bench.state.overlay == nil)
        let after = try #require(bench.onDisk)
        let placed = try #require(after.festival.slots.first { $0.ideaId == "i19" })
        #expect(placed.venueId == suggestion.place.venueId && placed.start == suggestion.place.start)
        #expect(after.ideas.first { $0.id == "i19" }?.stage == .scheduled)
        guard case .move(_, _, _, let to) = suggestion.change else { Issue.record("expected a move"); return }
        let moved = try #require(after.festival.slots.first { $0.ideaId == "i24" })
        #expect(moved.venueId == to.venueId && moved.start == to.start)
        #expect(after.log.count == Self.tight.log.count + 2)
        // The grid's cursor is on the idea, now on the grid; the list of ideas waiting no longer has it.
        #expect(GridLayout.slotAtCursor(bench.state)?.ideaId == "i19")
        #expect(!bench.screen.text.contains("■ Kiemo kinas"))
        // One undo takes both back.
        bench.press(.char("u"))
        let undone = try #require(bench.onDisk)
        #expect(undone.festival.slots == Self.tight.festival.slots)
        #expect(undone.ideas.first { $0.id == "i19" }?.stage == .ready)
    }

    @Test func theOtherChangeBringsTheFeature() throws {
        var bench = try Self.bench()
        Self.open(&bench)
        bench.press(.down)
        guard case .addFeature(let feature, let venueId, _)? = Self.window(bench)?.suggestion?.change else {
            Issue.record("expected a feature brought"); return
        }
        bench.press(.enter, .enter)
        let after = try #require(bench.onDisk)
        #expect(after.venues.first { $0.id == venueId }?.features.contains(feature) == true)
        #expect(after.festival.slots.first { $0.ideaId == "i19" }?.venueId == venueId)
    }

    @Test func anIdeaThatFitsNeedsNoChange() throws {
        var bench = try Self.bench()
        Self.open(&bench, "mokslo")
        let window = try #require(Self.window(bench))
        #expect(window.diagnosis.reason == nil && window.diagnosis.misses.isEmpty)
        #expect(window.suggestion?.change == PlacementDiagnosis.Change.none)
        #expect(bench.screen.text.contains("a place is free for it as things stand"))
        bench.press(.char("a"), .char("y"))
        #expect(bench.onDisk?.festival.slots.contains { $0.ideaId == "i20" } == true)
    }

    /// Scheduling is for facilitators: anyone may read why, only a facilitator is offered
    /// the change, and `a` says who may.
    @Test func onlyFacilitatorsAreOfferedTheChange() throws {
        var bench = try Self.bench(actor: "p-jonas")
        Self.open(&bench)
        #expect(Self.window(bench) != nil)
        #expect(bench.screen.lines.last?.contains("a apply") == false)
        bench.press(.char("a"))
        #expect(Self.window(bench)?.asking == false)
        #expect(bench.state.message == ModelStrings.en.permission(PermissionDenial(.facilitatorsSchedule, who: "Jonas Petraitis")))
        #expect(bench.onDisk == Self.tight)
    }

    @Test func theHelpExplainsTheWindowAndGoesBackToIt() throws {
        var bench = try Self.bench()
        Self.open(&bench)
        bench.press(.char("?"))
        #expect(bench.state.keyContext == .help)
        let text = bench.screen.text
        #expect(text.contains("Keys · Why “Kiemo kinas” is not on the grid"))
        #expect(text.contains("make the selected change and place the idea"))
        #expect(text.contains("The closest places are the venues and times"))
        bench.press(.escape)
        #expect(Self.window(bench) != nil)
        var state = Self.state()
        state.handle(.char("?"))
        Golden.check(render(state).golden, "reasons-help-en-80x24.txt")
    }

    /// Someone else places the idea while the window is open: the window closes and says so.
    @Test func anIdeaPlacedMeanwhileClosesTheWindow() throws {
        var state = AppState(database: Self.tight, path: "ideas.db.json", size: Size(cols: 80, rows: 24), actor: "p-ruta")
        state.handle(.char("9"))
        state.handle(.char("w"))
        for c in "mokslo" { state.handle(.char(c)) }
        state.handle(.enter)
        guard case .reasons(let window)? = state.overlay, let place = window.suggestion?.place else {
            Issue.record("expected the window"); return
        }
        var db = Self.tight
        try db.apply(.schedule(ideaId: "i20", venueId: place.venueId, start: place.start),
                     context: CommandContext(actor: "p-ruta", now: EditBench.now, today: EditBench.now.day))
        state.setDatabase(db)
        #expect(state.overlay == nil)
        #expect(state.message == "“Mokslo šou vaikams” no longer waits for a place")
    }
}
