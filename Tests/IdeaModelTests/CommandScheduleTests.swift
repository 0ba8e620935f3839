import Testing
@testable import IdeaModel

@Suite("Scheduling on the festival grid")
struct CommandScheduleTests {
    private func schedule(_ venue: String, _ start: ClockTime, pinned: Bool = false) -> Command {
        .schedule(ideaId: "idea-0001", venueId: venue, start: start, pinned: pinned)
    }

    @Test("a ready idea is placed, moves to scheduled, and the log says where")
    func placesReadyIdea() throws {
        var (db, id) = Fx.ideaAt(.ready)
        let entry = try db.apply(schedule("venue-01", ClockTime(12), pinned: true), context: Fx.ctx)
        #expect(db.festival.slots == [Slot(id: "slot-0001", ideaId: id, venueId: "venue-01",
                                           start: ClockTime(12), end: ClockTime(13), pinned: true)])
        #expect(db.ideas[0].stage == .scheduled)
        #expect(db.ideas[0].history.last == StageChange(from: .ready, to: .scheduled, at: Fx.ctx.now, by: Fx.facilitator))
        #expect(entry.summary == "scheduled “Žalias kiemas” at Kiemo scena (Centras), 12:00–13:00, pinned")
        #expect(entry.ideaId == id)
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test("each rule of the grid refuses on its own, in words", arguments: [
        ("venue-01", ClockTime(12, 10), "12:10 is off the 15-minute grid that starts at 10:00"),
        ("venue-01", ClockTime(21, 30), "21:30–22:30 is outside the festival day, 10:00–22:00"),
        ("venue-02", ClockTime(12), "Ąžuolyno estrada is open only 14:00–20:00"),
        ("venue-03", ClockTime(12), "Mažoji salė holds 20 people but the plan expects 40"),
        ("venue-04", ClockTime(12), "Vilijampolės biblioteka lacks what the plan needs: outdoor, power"),
    ])
    func refusesOneRule(venue: String, start: ClockTime, reason: String) throws {
        let (db, _) = Fx.ideaAt(.ready)
        let refusal = try #require(Fx.refusal(schedule(venue, start), on: db))
        #expect(refusal.texts == [reason])
        let name = Fx.venues.first { $0.id == venue }?.name ?? ""
        #expect(refusal.message == "Cannot schedule “Žalias kiemas” at \(name) at \(start.text): \(reason).")
    }

    @Test("every broken rule is named at once")
    func refusesSeveralRules() throws {
        let (db, _) = Fx.ideaAt(.ready)
        let refusal = try #require(Fx.refusal(schedule("venue-03", ClockTime(9)), on: db))
        #expect(refusal.texts == [
            "09:00–10:00 is outside the festival day, 10:00–22:00",
            "Mažoji salė is open only 10:00–22:00",
            "Mažoji salė holds 20 people but the plan expects 40",
        ])
    }

    static let windows: [(earliest: ClockTime?, latest: ClockTime?, start: ClockTime, reason: String)] = [
        (ClockTime(16), nil, ClockTime(12), "the plan asks to start no earlier than 16:00"),
        (nil, ClockTime(13), ClockTime(12, 30), "the plan asks to end by 13:00"),
    ]

    @Test("the plan's own window is kept", arguments: windows)
    func planWindow(earliest: ClockTime?, latest: ClockTime?, start: ClockTime, reason: String) throws {
        var (db, id) = Fx.ideaAt(.ready)
        var plan = Fx.plan
        plan.earliest = earliest
        plan.latest = latest
        Fx.run(&db, [.setPlan(ideaId: id, plan)])
        #expect(try #require(Fx.refusal(schedule("venue-01", start), on: db)).texts == [reason])
    }

    @Test("a venue needs changeover time between interventions", arguments: [
        (ClockTime(12), false), (ClockTime(12, 15), true), (ClockTime(10), false), (ClockTime(9, 45), false),
        (ClockTime(13), true),
    ])
    func changeover(start: ClockTime, allowed: Bool) {
        var (db, _) = Fx.ideaAt(.ready)
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(venue: "venue-01", start: ClockTime(11)))
        let result = db.applying(schedule("venue-01", start), context: Fx.ctx)
        #expect(result.isCommandSuccess == allowed)
        if start == ClockTime(12) {
            #expect(Fx.message(schedule("venue-01", start), on: db)
                == "Cannot schedule “Žalias kiemas” at Kiemo scena at 12:00: it would clash with “Tylos valanda” at Kiemo scena, 11:00–12:00, counting 15 minutes to change over.")
        }
    }

    @Test("nobody is in two places at once")
    func personOverlap() throws {
        var (db, _) = Fx.ideaAt(.ready)
        // Rūta mentors both teams; “Tylos valanda” is at Mažoji salė 12:00–13:00.
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(mentor: "person-0007", venue: "venue-03", start: ClockTime(12)))
        let refusal = try #require(Fx.refusal(schedule("venue-01", ClockTime(12, 30)), on: db))
        #expect(refusal.texts == ["Rūta Petrauskienė is already at “Tylos valanda” (Mažoji salė, 12:00–13:00)"])
        // Right after, in the same district, is fine.
        #expect(db.applying(schedule("venue-01", ClockTime(13)), context: Fx.ctx).isCommandSuccess)
    }

    static let travels: [(start: ClockTime, reason: String?)] = [
        (ClockTime(15), "Rūta Petrauskienė is at “Tylos valanda” in Žaliakalnis until 15:00 and needs 30 minutes to reach Centras"),
        (ClockTime(13), "Rūta Petrauskienė must be at “Tylos valanda” in Žaliakalnis at 14:00 and needs 30 minutes to get there from Centras"),
        (ClockTime(15, 30), nil),
        (ClockTime(12, 30), nil),
    ]

    @Test("a person needs travel time between districts", arguments: travels)
    func travel(start: ClockTime, reason: String?) {
        var (db, _) = Fx.ideaAt(.ready)
        // “Tylos valanda” is in Žaliakalnis 14:00–15:00, and Rūta mentors both teams.
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(mentor: "person-0007", venue: "venue-02", start: ClockTime(14)))
        if let reason {
            #expect(Fx.refusal(schedule("venue-01", start), on: db)?.texts == [reason])
        } else {
            #expect(db.applying(schedule("venue-01", start), context: Fx.ctx).isCommandSuccess)
        }
    }

    @Test("people of other teams do not matter")
    func otherTeamsFree() {
        var (db, _) = Fx.ideaAt(.ready)
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(venue: "venue-03", start: ClockTime(12)))
        #expect(db.applying(schedule("venue-01", ClockTime(12)), context: Fx.ctx).isCommandSuccess)
    }

    @Test("only ready ideas are placed; unknown venues are named")
    func wrongStageOrVenue() {
        let (team, _) = Fx.ideaAt(.team)
        #expect(Fx.message(schedule("venue-99", ClockTime(12)), on: team)
            == "Cannot schedule “Žalias kiemas”: it is in stage team; only ready ideas can be placed on the festival grid; there is no venue with the id “venue-99”.")
        let (delivered, _) = Fx.ideaAt(.delivered)
        #expect(Fx.message(schedule("venue-01", ClockTime(14)), on: delivered)
            == "Cannot schedule “Žalias kiemas”: it has already been delivered.")
    }

    @Test("scheduling a scheduled idea moves its slot, ignoring its old place")
    func reschedule() throws {
        var (db, id) = Fx.ideaAt(.scheduled)
        let history = db.ideas[0].history
        let entry = try db.apply(schedule("venue-01", ClockTime(12, 15)), context: Fx.ctx)
        #expect(db.festival.slots == [Slot(id: "slot-0001", ideaId: id, venueId: "venue-01",
                                           start: ClockTime(12, 15), end: ClockTime(13, 15))])
        #expect(db.ideas[0].history == history)
        #expect(entry.kind == "schedule")
        #expect(entry.summary == "moved “Žalias kiemas” to Kiemo scena (Centras), 12:15–13:15 (it was at Kiemo scena, 12:00–13:00)")
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test("a scheduled intervention gets longer or shorter: plan and slot together, logged")
    func changesLength() throws {
        var (db, id) = Fx.ideaAt(.scheduled)
        let entry = try db.apply(.setLength(ideaId: id, minutes: 90), context: Fx.ctx)
        #expect(db.festival.slots.map(\.end) == [ClockTime(13, 30)] && db.festival.slots.map(\.start) == [ClockTime(12)])
        #expect(db.ideas[0].plan?.durationMinutes == 90)
        #expect(entry.summary == "made “Žalias kiemas” last 90 minutes instead of 60: Kiemo scena, 12:00–13:30")
        #expect(Validator.problems(in: db).isEmpty)
        try db.apply(.setLength(ideaId: id, minutes: 15), context: Fx.ctx)
        #expect(db.festival.slots.map(\.end) == [ClockTime(12, 15)] && db.ideas[0].plan?.durationMinutes == 15)
    }

    @Test("a length that breaks a rule is refused, naming it", arguments: [
        (50, "50 minutes is not on the 15-minute grid"),
        (0, "an intervention lasts between one 15-minute step and a whole day"),
        (105, "it would clash with “Tylos valanda” at Kiemo scena, 13:30–14:30, counting 15 minutes to change over"),
        (60 * 11, "12:00–23:00 is outside the festival day, 10:00–22:00"),
    ])
    func lengthRules(minutes: Int, reason: String) throws {
        var (db, id) = Fx.ideaAt(.scheduled)
        Fx.addIdea(&db, upTo: .scheduled, Fx.quietHour(venue: "venue-01", start: ClockTime(13, 30)))
        let refusal = try #require(Fx.refusal(.setLength(ideaId: id, minutes: minutes), on: db))
        #expect(refusal.texts.first == reason)
        #expect(refusal.message.hasPrefix("Cannot make “Žalias kiemas” last \(minutes) minutes: "))
    }

    @Test("the length keeps the plan's window; only scheduled ideas change it here")
    func lengthWindowAndStage() throws {
        var spec = Fx.Spec()
        spec.plan.latest = ClockTime(13)
        let (db, id) = Fx.ideaAt(.scheduled, spec)
        #expect(Fx.refusal(.setLength(ideaId: id, minutes: 75), on: db)?.texts == ["the plan asks to end by 13:00"])
        let (ready, readyId) = Fx.ideaAt(.ready)
        #expect(Fx.message(.setLength(ideaId: readyId, minutes: 75), on: ready)
            == "Cannot make “Žalias kiemas” last 75 minutes: it is not on the festival grid; its length is part of its plan.")
        let (delivered, deliveredId) = Fx.ideaAt(.delivered)
        #expect(Fx.refusal(.setLength(ideaId: deliveredId, minutes: 75), on: delivered)?.texts == ["it has already been delivered"])
        let author = Fx.context(on: Fx.today, actor: "person-0002")
        #expect(Fx.refusal(.setLength(ideaId: id, minutes: 75), on: db, context: author)?.texts.first?
            .hasPrefix("only facilitators schedule the festival") == true)
    }

    @Test("placement problems are open to screens")
    func placementForScreens() {
        let (db, _) = Fx.ideaAt(.ready)
        #expect(PlacementRules.violations(placing: db.ideas[0], at: Fx.venues[0], start: ClockTime(12), in: db).isEmpty)
        #expect(PlacementRules.violations(placing: db.ideas[0], at: Fx.venues[2], start: ClockTime(12), in: db).count == 1)
    }
}
