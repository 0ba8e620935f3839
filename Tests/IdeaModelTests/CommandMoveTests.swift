import Testing
@testable import IdeaModel

@Suite("Moving back, parking, withdrawing, reopening")
struct CommandMoveTests {
    // MARK: Back

    @Test("moving back one stage needs a reason, and records it", arguments: [
        Stage.refined, .team, .mentored, .workshops, .ready, .delivered,
    ])
    func moveBack(from stage: Stage) throws {
        var (db, id) = Fx.ideaAt(stage)
        let previous = try #require(stage.previous)
        let entry = try db.apply(.moveBack(ideaId: id, reason: "  The team needs another round.  "), context: Fx.ctx)
        #expect(db.ideas[0].stage == previous)
        #expect(db.ideas[0].history.last == StageChange(from: stage, to: previous, at: Fx.ctx.now, by: Fx.facilitator,
                                                        reason: "The team needs another round."))
        #expect(entry.reason == "The team needs another round.")
        #expect(entry.summary == "moved “Žalias kiemas” back from \(stage.rawValue) to \(previous.rawValue)")
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test("moving back without a reason is refused", arguments: ["", "   ", "\n\t"])
    func moveBackWithoutReason(reason: String) {
        let (db, id) = Fx.ideaAt(.team)
        #expect(Fx.message(.moveBack(ideaId: id, reason: reason), on: db)
            == "Cannot move “Žalias kiemas” back: a reason is needed, so the team knows why.")
    }

    @Test("there is nothing before shared, and parked ideas are reopened instead")
    func moveBackNowhere() {
        var (db, id) = Fx.ideaAt(.shared)
        #expect(Fx.message(.moveBack(ideaId: id, reason: ""), on: db)
            == "Cannot move “Žalias kiemas” back: a reason is needed, so the team knows why; it is at the first stage, shared.")
        Fx.run(&db, [.park(ideaId: id, reason: "Author is away")])
        #expect(Fx.message(.moveBack(ideaId: id, reason: "why not"), on: db)
            == "Cannot move “Žalias kiemas” back: it is parked; reopen it instead.")
    }

    @Test("moving a scheduled idea back takes it off the grid, and the log says so")
    func unschedule() throws {
        var (db, id) = Fx.ideaAt(.scheduled)
        #expect(db.festival.slots.count == 1)
        let entry = try db.apply(.moveBack(ideaId: id, reason: "The venue fell through"), context: Fx.ctx)
        #expect(db.ideas[0].stage == .ready)
        #expect(db.festival.slots.isEmpty)
        #expect(entry.summary == "moved “Žalias kiemas” back from scheduled to ready and took it off the festival grid (Kiemo scena, 12:00–13:00)")
        #expect(Validator.problems(in: db).isEmpty)
        // It can be placed again.
        try db.apply(.schedule(ideaId: id, venueId: "venue-01", start: ClockTime(15), pinned: false), context: Fx.ctx)
        #expect(db.ideas[0].stage == .scheduled)
    }

    // MARK: Park, withdraw, reopen

    @Test("park from any active stage, then reopen where it was", arguments: [
        Stage.shared, .refined, .team, .mentored, .workshops, .ready,
    ])
    func parkAndReopen(stage: Stage) throws {
        var (db, id) = Fx.ideaAt(stage)
        let parked = try db.apply(.park(ideaId: id, reason: "Waiting for funding"), context: Fx.ctx)
        #expect(db.ideas[0].stage == .parked)
        #expect(db.ideas[0].reason == "Waiting for funding")
        #expect(parked.summary == "parked “Žalias kiemas” (it was \(stage.rawValue))")
        #expect(parked.reason == "Waiting for funding")
        #expect(Validator.problems(in: db).isEmpty)

        let later = Fx.context(on: Fx.day(2026, 5, 20))
        let reopened = try db.apply(.reopen(ideaId: id, reason: "A sponsor said yes"), context: later)
        #expect(db.ideas[0].stage == stage)
        #expect(db.ideas[0].reason == nil)
        #expect(db.ideas[0].history.last == StageChange(from: .parked, to: stage, at: later.now, by: Fx.facilitator,
                                                        reason: "A sponsor said yes"))
        #expect(reopened.summary == "reopened “Žalias kiemas” at stage \(stage.rawValue) (it was parked)")
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test("withdraw from an active stage or from parked; reopen returns to the stage before parking")
    func withdrawAfterPark() throws {
        var (db, id) = Fx.ideaAt(.team)
        Fx.run(&db, [.park(ideaId: id, reason: "Lead moved away"), .withdraw(ideaId: id, reason: "Nobody took it over")])
        #expect(db.ideas[0].stage == .withdrawn)
        #expect(db.ideas[0].reason == "Nobody took it over")
        #expect(db.ideas[0].stageBeforeParking == .team)
        Fx.run(&db, [.reopen(ideaId: id, reason: "A new lead came forward")])
        #expect(db.ideas[0].stage == .team)
        #expect(db.log.last?.summary == "reopened “Žalias kiemas” at stage team (it was withdrawn)")
    }

    @Test("park and withdraw need a reason", arguments: [
        (Command.park(ideaId: "idea-0001", reason: " "), "Cannot park “Žalias kiemas”: a reason is needed, so others know why."),
        (.withdraw(ideaId: "idea-0001", reason: ""), "Cannot withdraw “Žalias kiemas”: a reason is needed, so others know why."),
    ])
    func setAsideWithoutReason(command: Command, message: String) {
        let (db, _) = Fx.ideaAt(.refined)
        #expect(Fx.message(command, on: db) == message)
    }

    @Test("a scheduled idea is moved back before it is parked or withdrawn")
    func setAsideScheduled() {
        let (db, id) = Fx.ideaAt(.scheduled)
        #expect(Fx.message(.park(ideaId: id, reason: "Rain"), on: db)
            == "Cannot park “Žalias kiemas”: it is scheduled at Kiemo scena, 12:00–13:00; move it back to ready first, which takes it off the festival grid.")
        #expect(Fx.message(.withdraw(ideaId: id, reason: "Rain"), on: db)
            == "Cannot withdraw “Žalias kiemas”: it is scheduled at Kiemo scena, 12:00–13:00; move it back to ready first, which takes it off the festival grid.")
    }

    @Test("what cannot be set aside", arguments: [
        (Stage.delivered, Command.park(ideaId: "idea-0001", reason: "x"), "Cannot park “Žalias kiemas”: it has already been delivered."),
        (.parked, .park(ideaId: "idea-0001", reason: "x"), "Cannot park “Žalias kiemas”: it is already parked."),
        (.withdrawn, .park(ideaId: "idea-0001", reason: "x"), "Cannot park “Žalias kiemas”: it is withdrawn; reopen it first."),
        (.withdrawn, .withdraw(ideaId: "idea-0001", reason: "x"), "Cannot withdraw “Žalias kiemas”: it is already withdrawn."),
    ])
    func cannotSetAside(stage: Stage, command: Command, message: String) {
        var (db, _) = Fx.ideaAt(.shared)
        db.ideas[0].stage = stage
        db.ideas[0].reason = "earlier"
        #expect(Fx.message(command, on: db) == message)
    }

    @Test("reopen needs a reason and a parked or withdrawn idea")
    func reopenRefusals() {
        var (db, id) = Fx.ideaAt(.refined)
        #expect(Fx.message(.reopen(ideaId: id, reason: ""), on: db)
            == "Cannot reopen “Žalias kiemas”: a reason is needed, so others know why it is back; it is not parked or withdrawn; it is in stage refined.")
        Fx.run(&db, [.park(ideaId: id, reason: "Summer")])
        #expect(Fx.message(.reopen(ideaId: id, reason: " "), on: db)
            == "Cannot reopen “Žalias kiemas”: a reason is needed, so others know why it is back.")
    }

    @Test("an idea parked without history reopens at shared")
    func reopenWithoutHistory() throws {
        var (db, id) = Fx.ideaAt(.shared)
        db.ideas[0].stage = .parked
        db.ideas[0].reason = "hand-edited"
        try db.apply(.reopen(ideaId: id, reason: "back"), context: Fx.ctx)
        #expect(db.ideas[0].stage == .shared)
    }
}
