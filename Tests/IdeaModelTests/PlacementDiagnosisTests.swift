import Testing
@testable import IdeaModel

/// Why a ready idea is off the grid: each kind of obstacle as the nearest miss, each kind
/// of single change found — and checked by making it with the model's own commands, after
/// which the idea is on the grid — and a festival where no single change is enough.
@Suite struct PlacementDiagnosisTests {
    typealias D = PlacementDiagnosis
    typealias F = DiagnosisFixture

    /// The change made by the commands the app sends: the idea ends up scheduled at the
    /// suggested place, and the file it would write loads without a problem.
    func expectApplies(_ suggestion: D.Suggestion, _ ideaId: String, in fixture: F) throws {
        let after = try fixture.applying(suggestion, placing: ideaId)
        let slot = after.festival.slots.first { $0.ideaId == ideaId }
        #expect(slot?.venueId == suggestion.place.venueId)
        #expect(slot?.start == suggestion.place.start)
        #expect(slot?.end == suggestion.place.end)
        #expect(after.ideas.first { $0.id == ideaId }?.stage == .scheduled)
        #expect(Validator.problems(in: after).isEmpty)
    }

    /// The one venue fitting it is taken by an intervention that can go elsewhere (the
    /// other venue lacks the stage only our idea needs): that is the nearest miss, and
    /// moving it is the change, before bringing a stage to the other venue.
    @Test func anInterventionInTheWayIsMovedAside() throws {
        var f = F([F.venue(1, features: [.stage]), F.venue(2, "Šančiai")])
        let other = f.scheduled(2, "Jaunimo debatų klubas", F.plan(120), team: [3, 4], at: 1, ClockTime(11))
        let idea = f.ready(1, "Kiemo koncertas", F.plan(120, features: [.stage]), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .allTaken)
        #expect(d.misses.first == D.NearMiss(
            place: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(10), end: ClockTime(12)),
            obstacles: [.occupied(idea: "Jaunimo debatų klubas", start: ClockTime(11), end: ClockTime(13), changeover: 15)]))
        // The one venue with a stage has no two free hours: it is full all day.
        #expect(d.misses.dropFirst().first?.obstacles == [.lacksFeature(.stage, withIt: 1, full: .init(from: ClockTime(10), to: ClockTime(14)))])
        #expect(d.suggestions.map(\.change.kind) == [.move, .addFeature])
        let move = try #require(d.suggestions.first)
        #expect(move.change == .move(ideaId: other, idea: "Jaunimo debatų klubas",
                                     from: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(11), end: ClockTime(13)),
                                     to: .init(venueId: "venue-02", venue: "Santakos pievelė", start: ClockTime(11), end: ClockTime(13))))
        #expect(move.place == .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(10), end: ClockTime(12)))
        for suggestion in d.suggestions { try expectApplies(suggestion, idea, in: f) }
    }

    /// Its lead is at another intervention all day, which has nowhere else to go: the
    /// lead is what is in the way, and no single change helps.
    @Test func itsLeadIsElsewhereAndNothingSingleHelps() throws {
        var f = F([F.venue(1), F.venue(2, "Šančiai")])
        f.scheduled(2, "Jaunimo debatų klubas", F.plan(240), team: [3, 2], at: 2, ClockTime(10))
        f.scheduled(3, "Tylos valanda", F.plan(240), team: [5], at: 1, ClockTime(10))
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60), team: [2, 4])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .allTaken)
        #expect(d.misses.map(\.place.venueId) == ["venue-02", "venue-01"])
        #expect(d.misses.first?.obstacles == [.occupied(idea: "Jaunimo debatų klubas", start: ClockTime(10), end: ClockTime(14), changeover: 15)])
        #expect(d.misses.last?.obstacles == [
            .occupied(idea: "Tylos valanda", start: ClockTime(10), end: ClockTime(14), changeover: 15),
            .personBusy(person: "Goda Adomaitienė", role: .lead, idea: "Jaunimo debatų klubas", venue: "Santakos pievelė",
                        start: ClockTime(10), end: ClockTime(14)),
        ])
        #expect(d.suggestions.isEmpty)
    }

    /// A person busy at the same time is the nearest miss when it is the only thing in
    /// the way; the intervention they are at moves to later at its own venue (or the
    /// idea's window could end later).
    @Test func aPersonAtTheSameTimeAndTheirInterventionMoves() throws {
        var f = F([F.venue(1), F.venue(2)])
        let other = f.scheduled(2, "Jaunimo debatų klubas", F.plan(60), team: [3], mentors: [2], at: 2, ClockTime(10))
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, latest: ClockTime(11)), team: [4], mentors: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .allTaken)
        #expect(d.misses.first == D.NearMiss(
            place: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(10), end: ClockTime(11)),
            obstacles: [.personBusy(person: "Goda Adomaitienė", role: .mentor, idea: "Jaunimo debatų klubas",
                                    venue: "Santakos pievelė", start: ClockTime(10), end: ClockTime(11))]))
        #expect(d.misses.dropFirst().first?.place.venueId == "venue-02")
        #expect(d.misses.dropFirst().first?.obstacles.map(\.kind) == [.occupied])
        #expect(d.suggestions.map(\.change) == [
            .move(ideaId: other, idea: "Jaunimo debatų klubas",
                  from: .init(venueId: "venue-02", venue: "Santakos pievelė", start: ClockTime(10), end: ClockTime(11)),
                  to: .init(venueId: "venue-02", venue: "Santakos pievelė", start: ClockTime(11), end: ClockTime(12))),
            .laterEnd(latest: ClockTime(12), was: ClockTime(11)),
        ])
        for suggestion in d.suggestions { try expectApplies(suggestion, idea, in: f) }
    }

    /// Its mentor comes from another district too late; half an hour less and it fits.
    @Test func travelTimeIsInTheWayAndAShorterPlanFits() throws {
        var f = F([F.venue(1), F.venue(2, "Šančiai")], dayEnd: ClockTime(12, 30))
        f.scheduled(2, "Jaunimo debatų klubas", F.plan(60), team: [3], mentors: [2], at: 2, ClockTime(10), pinned: true)
        f.db.venues[1].closes = ClockTime(11)
        let idea = f.ready(1, "Kiemo koncertas", F.plan(90, earliest: ClockTime(11)), team: [4], mentors: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .allTaken)
        #expect(d.misses.first == D.NearMiss(
            place: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(11), end: ClockTime(12, 30)),
            obstacles: [.personTravel(person: "Goda Adomaitienė", role: .mentor, idea: "Jaunimo debatų klubas",
                                      venue: "Santakos pievelė", start: ClockTime(10), end: ClockTime(11), travel: 30)]))
        #expect(d.suggestions == [D.Suggestion(change: .shorterPlan(minutes: 60, was: 90),
                                               place: .init(venueId: "venue-01", venue: "Kiemo scena",
                                                            start: ClockTime(11, 30), end: ClockTime(12, 30)))])
        let after = try f.applying(try #require(d.suggestions.first), placing: idea)
        #expect(after.ideas.first { $0.id == idea }?.plan?.durationMinutes == 60)
        try expectApplies(try #require(d.suggestions.first), idea, in: f)
    }

    /// The only venue with sound opens later than the day and has free time, just no gap
    /// long enough: the span said is its hours, not the day's (it is not "full all day").
    @Test func aFeaturesVenueWithoutALongEnoughGapIsToldByItsHours() throws {
        var f = F([F.venue(1, features: [.sound], opens: ClockTime(11), closes: ClockTime(14)), F.venue(2, "Šančiai")])
        f.scheduled(2, "Jaunimo debatų klubas", F.plan(60), team: [3], at: 1, ClockTime(11), pinned: true)
        f.scheduled(3, "Kiemo šokiai", F.plan(60), team: [4], at: 1, ClockTime(13), pinned: true)
        let idea = f.ready(1, "Kiemo koncertas", F.plan(90, features: [.sound]), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        let feature = try #require(d.misses.first { $0.place.venueId == "venue-02" })
        #expect(feature.obstacles == [.lacksFeature(.sound, withIt: 1, full: .init(from: ClockTime(11), to: ClockTime(14)))])
    }

    /// The only venue with sound is taken all day by a pinned intervention: the venue
    /// without sound says that only one has it and it is full; bringing sound is the change.
    @Test func aFeatureOnlyFullVenuesHaveIsBroughtToAnother() throws {
        var f = F([F.venue(1, features: [.sound, .outdoor]), F.venue(2, "Šančiai", features: [.outdoor])])
        f.scheduled(2, "Jaunimo debatų klubas", F.plan(240), team: [3], at: 1, ClockTime(10), pinned: true)
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, features: [.sound, .outdoor]), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .allTaken)
        let feature = try #require(d.misses.first { $0.place.venueId == "venue-02" })
        #expect(feature.obstacles == [.lacksFeature(.sound, withIt: 1, full: .init(from: ClockTime(10), to: ClockTime(14)))])
        #expect(d.suggestions.map(\.change) == [.addFeature(.sound, venueId: "venue-02", venue: "Santakos pievelė")])
        try expectApplies(try #require(d.suggestions.first), idea, in: f)
    }

    /// Being outdoors is what a place is: a venue indoors is never offered "outdoor".
    @Test func outdoorIsNotBrought() throws {
        var f = F([F.venue(1, features: [.indoor])])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, features: [.outdoor]), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .noVenueHasFeatures([.outdoor]))
        #expect(d.misses.first?.obstacles == [.lacksFeature(.outdoor, withIt: 0, full: nil)])
        #expect(d.suggestions.isEmpty)
    }

    /// No venue holds the audience: the biggest is the nearest miss, and nothing single
    /// lets it in.
    @Test func tooBigForEveryVenueHasNoSingleChange() throws {
        var f = F([F.venue(1, capacity: 60), F.venue(2, "Šančiai", capacity: 120)])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, audience: 150), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .noVenueHolds(150))
        #expect(d.misses.map(\.place.venueId) == ["venue-02", "venue-01"])
        #expect(d.misses.first?.obstacles == [.tooSmall(holds: 120, expects: 150)])
        #expect(d.suggestions.isEmpty)
    }

    /// Open two hours for a three-hour plan: the hours are in the way; an hour shorter fits.
    @Test func theVenuesHoursAndAShorterPlan() throws {
        var f = F([F.venue(1, opens: ClockTime(12))])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(180), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == .noVenueOpenLongEnough(minutes: 180))
        #expect(d.misses.first?.obstacles == [.closed(opens: ClockTime(12), closes: ClockTime(14))])
        #expect(d.suggestions == [D.Suggestion(change: .shorterPlan(minutes: 120, was: 180),
                                               place: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(12), end: ClockTime(14)))])
        try expectApplies(try #require(d.suggestions.first), idea, in: f)
    }

    /// "Not before 13:15" leaves no hour in a day that ends at 14:00: a quarter earlier
    /// does, and so does a plan a quarter shorter.
    @Test func anEarlierWindow() throws {
        var f = F([F.venue(1)])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, earliest: ClockTime(13, 15)), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.misses.first == D.NearMiss(place: .init(venueId: "venue-01", venue: "Kiemo scena", start: ClockTime(13), end: ClockTime(14)),
                                             obstacles: [.tooEarly(earliest: ClockTime(13, 15))]))
        #expect(d.suggestions.map(\.change) == [.earlierStart(earliest: ClockTime(13), was: ClockTime(13, 15)),
                                                  .shorterPlan(minutes: 45, was: 60)])
        for suggestion in d.suggestions { try expectApplies(suggestion, idea, in: f) }
        let after = try f.applying(try #require(d.suggestions.first), placing: idea)
        #expect(after.ideas.first { $0.id == idea }?.plan?.earliest == ClockTime(13))
    }

    /// "Over by 11:00" at a venue that opens at 11:00: ending an hour later does.
    @Test func aLaterWindow() throws {
        var f = F([F.venue(1, opens: ClockTime(11))])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, latest: ClockTime(11)), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.misses.first?.obstacles == [.tooLate(latest: ClockTime(11))])
        #expect(d.suggestions.map(\.change) == [.laterEnd(latest: ClockTime(12), was: ClockTime(11))])
        try expectApplies(try #require(d.suggestions.first), idea, in: f)
    }

    /// Nothing in the way: no misses, and the change is none — it goes where it fits.
    @Test func aFreePlaceNeedsNoChange() throws {
        var f = F([F.venue(1), F.venue(2, "Šančiai")])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(60, districts: ["Šančiai"]), team: [2])
        let d = try #require(D.of(idea, in: f.db))
        #expect(d.reason == nil)
        #expect(d.misses.isEmpty)
        #expect(d.suggestions == [D.Suggestion(change: .none, place: .init(venueId: "venue-02", venue: "Santakos pievelė",
                                                                            start: ClockTime(10), end: ClockTime(11)))])
        try expectApplies(try #require(d.suggestions.first), idea, in: f)
    }

    /// An idea with no plan or an off-grid length says only that.
    @Test func noPlanOrOffGridSaysOnlyThat() throws {
        var f = F([F.venue(1)])
        let idea = f.ready(1, "Kiemo koncertas", F.plan(50), team: [2])
        #expect(D.of(idea, in: f.db) == D(ideaId: idea, title: "Kiemo koncertas", reason: .lengthOffGrid(minutes: 50, grid: 15),
                                          misses: [], suggestions: []))
        f.db.ideas[0].plan = nil
        #expect(D.of(idea, in: f.db)?.reason == .noPlan)
        #expect(D.of("idea-0404", in: f.db) == nil)
    }
}
