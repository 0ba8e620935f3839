import Testing
@testable import IdeaModel

/// Changing a venue or the festival: checked like any command, and refused, with every
/// scheduled intervention it would break named, before anything changes.
@Suite struct FestivalSettingsTests {
    static let db = Generator.database(ideas: 180, seed: 2027)
    static var ctx: CommandContext {
        let facilitator = db.people.first { $0.has(.facilitator) }?.id ?? ""
        return CommandContext(actor: facilitator, now: Timestamp(day: db.festival.day, hour: 8), today: db.festival.day)
    }

    @Test func aVenueChangesWhenNothingScheduledThereBreaks() throws {
        var db = Self.db
        let venue = try #require(db.venues.first)
        var changed = venue
        changed.name = "  Nauja vieta  "
        changed.capacity += 10
        let entry = try db.apply(.editVenue(changed), context: Self.ctx)
        #expect(entry.summary == "changed the venue Nauja vieta")
        #expect(db.venues.first?.name == "Nauja vieta" && db.venues.first?.capacity == venue.capacity + 10)
    }

    @Test func shorterHoursAreRefusedNamingTheSlotsTheyWouldBreak() throws {
        let db = Self.db
        let slot = try #require(db.festival.slots.filter { s in db.ideas.first { $0.id == s.ideaId }?.stage == .scheduled }
            .max { $0.end < $1.end })
        let venue = try #require(db.venues.first { $0.id == slot.venueId })
        var changed = venue
        changed.closes = slot.start
        let title = try #require(db.ideas.first { $0.id == slot.ideaId }?.title)
        let message = Fx.message(.editVenue(changed), on: db, context: Self.ctx)
        #expect(message.hasPrefix("Cannot change the venue “\(venue.name)”: “\(title)” at \(slot.start.text): \(venue.name) is open only"))
        var untouched = db
        _ = try? untouched.apply(.editVenue(changed), context: Self.ctx)
        #expect(untouched == db)
    }

    @Test func theFestivalSettingsChangeAndAreChecked() throws {
        var db = Self.db
        var s = FestivalSettings(db.festival)
        s.title = "100 per dieną"
        s.target = 120
        try db.apply(.setFestival(s), context: Self.ctx)
        #expect(db.festival.title == "100 per dieną" && db.festival.target == 120)

        var bad = FestivalSettings(db.festival)
        bad.gridMinutes = 7
        bad.maxMentorsPerTeam = 0
        bad.dayEnd = bad.dayStart
        let message = Fx.message(.setFestival(bad), on: db, context: Self.ctx)
        #expect(message.contains("the grid must be 5, 10, 15, 20, 30 or 60 minutes, not 7"))
        #expect(message.contains("a team must be allowed at least 1 mentor"))
        #expect(message.contains("the day starts at \(bad.dayStart.text) but ends at \(bad.dayEnd.text)"))
    }

    @Test func aShorterDayNamesTheInterventionsItWouldCut() throws {
        let db = Self.db
        var s = FestivalSettings(db.festival)
        s.dayEnd = ClockTime(12)
        let message = Fx.message(.setFestival(s), on: db, context: Self.ctx)
        #expect(message.contains("is outside the festival day, 10:00–12:00"))
    }

    @Test func onlyFacilitatorsChangeTheFestival() throws {
        let db = Self.db
        let talent = try #require(db.people.first { !$0.has(.facilitator) })
        let ctx = CommandContext(actor: talent.id, now: Self.ctx.now, today: Self.ctx.today)
        #expect(Fx.message(.setFestival(FestivalSettings(db.festival)), on: db, context: ctx)
            .contains("only facilitators change the festival's settings"))
    }
}
