import Foundation
import IdeaModel
@testable import IdeaUI
import Testing

/// Venues and the festival's settings through their forms, saved to a real file.
@Suite(.serialized) struct FestivalFormTests {
    /// Opens the actions menu item whose label starts with `label`.
    static func act(_ bench: inout EditBench, _ label: String) -> Bool {
        bench.press(.char("c"))
        guard case .menu(let menu)? = bench.state.overlay, let at = menu.items.firstIndex(where: { $0.label.hasPrefix(label) }) else { return false }
        for _ in 0..<at { bench.press(.down) }
        bench.press(.enter)
        return true
    }

    @Test func aNewVenueIsAddedFromTheVenuesList() throws {
        var bench = try EditBench()
        bench.press(.char("7"))
        try #require(Self.act(&bench, "New venue"))
        bench.type("Kiemo scena „Ąžuolas“")
        bench.press(.tab, .enter)
        bench.type("sanc")
        bench.press(.enter, .tab)
        bench.type("Vytauto pr. 1")
        bench.press(.tab)
        bench.type("80")
        bench.press(.tab, .enter)
        bench.type("outd")
        bench.press(.tab, .enter)
        bench.press(.ctrl("s"))
        let saved = try #require(bench.onDisk)
        let venue = try #require(saved.venues.first { $0.name == "Kiemo scena „Ąžuolas“" })
        #expect(venue.district == "Šančiai" && venue.capacity == 80 && venue.features == [.outdoor] && venue.address == "Vytauto pr. 1")
        #expect(venue.opens == saved.festival.dayStart && venue.closes == saved.festival.dayEnd)
    }

    @Test func shorterHoursAtAVenueInUseAreRefusedInTheForm() throws {
        var bench = try EditBench()
        let db = bench.state.database
        let slot = try #require(db.festival.slots.first { s in db.ideas.first { $0.id == s.ideaId }?.stage == .scheduled })
        bench.workspace.update(.goToTab(7))
        let rows = bench.state.list(.venues).rows
        let at = try #require(rows.firstIndex { db.venues[$0].id == slot.venueId })
        for _ in 0..<at { bench.press(.down) }
        bench.press(.enter)
        try #require(Self.act(&bench, "Edit the venue"))
        for _ in 0..<6 { bench.press(.tab) }
        bench.press(.ctrl("u"))
        bench.type(slot.start.text)
        bench.press(.ctrl("s"))
        let form = try #require(bench.state.overlayForm)
        let title = try #require(db.ideas.first { $0.id == slot.ideaId }?.title)
        #expect(form.refusal?.contains { $0.contains("“\(title)” at \(slot.start.text)") } == true)
        #expect(bench.onDisk?.venues == db.venues)
    }

    @Test func theFestivalSettingsAreEditedFromTheDashboard() throws {
        var bench = try EditBench()
        try #require(Self.act(&bench, "Festival settings"))
        bench.press(.tab, .tab)
        bench.press(.ctrl("u"))
        bench.type("120")
        bench.press(.ctrl("s"))
        #expect(bench.onDisk?.festival.target == 120)
        #expect(bench.screen.text.contains("/120 scheduled"))
    }
}
