import Testing
@testable import IdeaModel
import IdeaUI

@Suite("Stage gates")
struct GateTests {
    // MARK: Every gate passes

    @Test("every forward gate opens when its conditions are met", arguments: [
        Stage.refined, .team, .mentored, .workshops, .ready, .delivered,
    ])
    func gatePasses(target: Stage) throws {
        let from = try #require(target.previous)
        var (db, id) = Fx.ideaAt(from)
        #expect(db.ideas[0].stage == from)
        Fx.prepare(id, for: target, &db)
        let context = target == .delivered ? Fx.context(on: Fx.festivalDay) : Fx.ctx
        let checks = Gates.conditions(for: db.ideas[0], to: target, in: db, today: context.today)
        #expect(!checks.isEmpty)
        let missing = checks.filter { !$0.met }.map(\.text)
        #expect(missing.isEmpty, "\(missing)")
        let entry = try db.apply(.moveForward(ideaId: id), context: context)
        #expect(db.ideas[0].stage == target)
        #expect(entry.summary == "moved “Žalias kiemas” from \(from.rawValue) to \(target.rawValue)")
        #expect(entry.kind == "stage")
        #expect(db.ideas[0].history.last == StageChange(from: from, to: target, at: context.now, by: Fx.facilitator))
    }

    @Test("an idea walks the whole pipeline through commands")
    func wholePipeline() {
        let (db, _) = Fx.ideaAt(.delivered)
        #expect(db.ideas[0].stage == .delivered)
        #expect(db.ideas[0].history.map(\.to) == Array(Stage.pipeline.dropFirst()))
        #expect(db.festival.slots.count == 1)
        #expect(Validator.problems(in: db).isEmpty)
    }

    // MARK: shared → refined

    @Test("shared → refined names the forum and every missing text, all at once")
    func refinedFails() {
        var db = Fx.base()
        Fx.addIdea(&db, upTo: .shared, draft: Fx.draft(problem: "  "))
        let message = Fx.message(.moveForward(ideaId: "idea-0001"), on: db)
        #expect(message == "Cannot move “Žalias kiemas” to refined: it has not been discussed at an Art of Hosting forum yet; the problem is not written down.")

        db.ideas[0].summary = ""
        db.ideas[0].impact = "\n"
        let checks = Gates.conditions(for: db.ideas[0], to: .refined, in: db, today: Fx.today)
        #expect(checks.filter { !$0.met }.map(\.text) == [
            "it has not been discussed at an Art of Hosting forum yet",
            "the idea itself (summary) is not written down",
            "the problem is not written down",
            "the intended impact is not written down",
        ])
    }

    @Test("the gate shows what is met beside what is missing")
    func metAndMissing() {
        var (db, id) = Fx.ideaAt(.shared)
        Fx.prepare(id, for: .refined, &db)
        db.ideas[0].impact = ""
        let checks = Gates.conditions(for: db.ideas[0], to: .refined, in: db, today: Fx.today)
        #expect(checks.contains { $0.met == true && $0.text == "discussed at the Art of Hosting forum “Kiemų forumas” on 2026-04-20" })
        #expect(checks.contains { $0.met == true && $0.text == "the problem is written down" })
        #expect(checks.contains { $0.met == false && $0.text == "the intended impact is not written down" })
        #expect(!Gates.isOpen(for: db.ideas[0], to: .refined, in: db, today: Fx.today))
        #expect(Gates.nextStage(of: db.ideas[0], in: db, today: Fx.today)?.stage == .refined)
    }

    // MARK: refined → team

    @Test("refined → team needs a team")
    func teamMissing() {
        let (db, id) = Fx.ideaAt(.refined)
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to team: no team has formed around it yet: it needs a lead and at least two more members.")
    }

    @Test("refined → team needs two members besides the lead", arguments: [0, 1])
    func teamTooSmall(members: Int) {
        var spec = Fx.Spec()
        spec.members = Array(spec.members.prefix(members))
        var (db, id) = Fx.ideaAt(.refined, spec)
        Fx.prepare(id, for: .team, &db, spec)
        let message = Fx.message(.moveForward(ideaId: id), on: db)
        let count = members == 1 ? "1 member" : "0 members"
        #expect(message == "Cannot move “Žalias kiemas” to team: the team has \(count) besides the lead; it needs at least 2.")
    }

    // MARK: team → mentored

    @Test("team → mentored needs a mentor")
    func noMentor() {
        let (db, id) = Fx.ideaAt(.team)
        #expect(Fx.message(.moveForward(ideaId: id), on: db) == "Cannot move “Žalias kiemas” to mentored: the team has no mentor yet.")
    }

    @Test("team → mentored refuses a mentor over capacity")
    func mentorOverCapacity() {
        var spec = Fx.Spec()
        spec.mentors = ["person-0008"]
        var (db, id) = Fx.ideaAt(.team, spec)
        Fx.prepare(id, for: .mentored, &db, spec)
        // The file was edited by hand: Tomas (capacity 1) also mentors a second team.
        db.teams.append(Team(id: "team-0099", ideaId: id, leadId: "person-0005", mentorIds: ["person-0008"]))
        let message = Fx.message(.moveForward(ideaId: id), on: db)
        #expect(message == "Cannot move “Žalias kiemas” to mentored: Tomas Jankauskas mentors 2 teams but can take 1.")
    }

    @Test("team → mentored refuses more mentors than the festival allows")
    func tooManyMentors() {
        var spec = Fx.Spec()
        spec.mentors = ["person-0007", "person-0009"]
        var (db, id) = Fx.ideaAt(.team, spec)
        Fx.prepare(id, for: .mentored, &db, spec)
        db.festival.maxMentorsPerTeam = 1
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to mentored: the team has 2 mentors; the most allowed is 1.")
        db.festival.maxMentorsPerTeam = 2
        let checks = Gates.conditions(for: db.ideas[0], to: .mentored, in: db, today: Fx.today)
        #expect(checks.first?.met == true && checks.first?.text == "mentored by Rūta Petrauskienė and Ieva Urbonaitė")
    }

    // MARK: mentored → workshops

    @Test("mentored → workshops needs a workshop track")
    func notEnrolled() {
        var (db, id) = Fx.ideaAt(.mentored)
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to workshops: the team is not enrolled in a workshop track.")
        db.teams[0].trackId = "track-gone"
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to workshops: the team's workshop track “track-gone” does not exist.")
    }

    // MARK: workshops → ready

    @Test("workshops → ready lists every missing workshop stage and the missing plan")
    func readyMissingStagesAndPlan() {
        var (db, id) = Fx.ideaAt(.workshops)
        let team = Fx.teamId(of: id, in: db)
        Fx.run(&db, Fx.sessions.prefix(3).map { .recordAttendance(sessionId: $0.id, teamId: team) })
        let message = Fx.message(.moveForward(ideaId: id), on: db)
        #expect(message == "Cannot move “Žalias kiemas” to ready: the team has not completed the workshop stage “Resources & partners”; the team has not completed the workshop stage “Pitch & plan”; there is no intervention plan yet (length, audience, venue needs, districts).")
    }

    @Test("a workshop that has not happened yet does not count")
    func futureWorkshop() {
        var (db, id) = Fx.ideaAt(.workshops)
        Fx.prepare(id, for: .ready, &db)
        db.sessions[4].day = Fx.day(2026, 5, 30)
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to ready: the workshop stage “Pitch & plan” on 2026-05-30 has not happened yet.")
        // On the day itself it counts.
        let then = Fx.context(on: Fx.day(2026, 5, 30))
        #expect(db.applying(.moveForward(ideaId: id), context: then).isCommandSuccess)
    }

    @Test("workshops → ready checks the plan", arguments: [
        (InterventionPlan(durationMinutes: 50, audience: 40, districts: ["Centras"]),
         "the plan's length, 50 minutes, is not a multiple of 15 minutes"),
        (InterventionPlan(durationMinutes: 0, audience: 40, districts: ["Centras"]),
         "the plan does not say how long the intervention lasts"),
        (InterventionPlan(durationMinutes: 60, audience: 0, districts: ["Centras"]),
         "the plan does not say how many people are expected"),
        (InterventionPlan(durationMinutes: 60, audience: 40, districts: []),
         "the plan names no preferred district"),
    ])
    func readyPlanFails(plan: InterventionPlan, missing: String) {
        var (db, id) = Fx.ideaAt(.workshops)
        Fx.prepare(id, for: .ready, &db)
        db.ideas[0].plan = plan  // as a hand-edited file could have it; setPlan refuses some of these
        #expect(Fx.message(.moveForward(ideaId: id), on: db) == "Cannot move “Žalias kiemas” to ready: \(missing).")
    }

    // MARK: ready → scheduled → delivered

    @Test("a ready idea moves on only by being placed on the grid")
    func readyNeedsSchedule() {
        let (db, id) = Fx.ideaAt(.ready)
        #expect(Fx.message(.moveForward(ideaId: id), on: db)
            == "Cannot move “Žalias kiemas” to scheduled: it must be placed on the festival grid: schedule it at a venue and a start time.")
    }

    @Test("delivered only on or after the festival day", arguments: [
        (Fx.day(2026, 6, 19), false), (Fx.day(2026, 6, 20), true), (Fx.day(2026, 7, 1), true),
    ])
    func deliveredOnFestivalDay(today: Day, allowed: Bool) {
        let (db, id) = Fx.ideaAt(.scheduled)
        let result = db.applying(.moveForward(ideaId: id), context: Fx.context(on: today))
        #expect(result.isCommandSuccess == allowed)
        if !allowed {
            #expect(Fx.message(.moveForward(ideaId: id), on: db, context: Fx.context(on: today))
                == "Cannot move “Žalias kiemas” to delivered: the festival is on 2026-06-20 and today is 2026-06-19.")
        }
    }

    // MARK: No next stage

    @Test("parked, withdrawn and delivered ideas do not move forward", arguments: [
        (Stage.parked, "Cannot move “Žalias kiemas” forward: it is parked; reopen it first."),
        (.withdrawn, "Cannot move “Žalias kiemas” forward: it is withdrawn; reopen it first."),
        (.delivered, "Cannot move “Žalias kiemas” forward: it has been delivered, the last stage."),
    ])
    func noNextStage(stage: Stage, message: String) {
        var (db, id) = Fx.ideaAt(.shared)
        db.ideas[0].stage = stage
        db.ideas[0].reason = "because"
        #expect(Fx.message(.moveForward(ideaId: id), on: db) == message)
    }

    @Test("asking for a stage that is not the next one explains the way")
    func wrongTarget() {
        let (db, _) = Fx.ideaAt(.shared)
        #expect(Gates.conditions(for: db.ideas[0], to: .team, in: db, today: Fx.today)
            == [GateCheck(met: false, .onlyForwardTo(stage: .shared, next: .refined))])
        #expect(Strings.en.gate(.onlyForwardTo(stage: .shared, next: .refined))
            == "it is in stage shared, so it can only move forward to refined")
    }

    @Test("an unknown idea is refused in plain words")
    func unknownIdea() {
        #expect(Fx.message(.moveForward(ideaId: "idea-9999"), on: Fx.base())
            == "Cannot move the idea “idea-9999”: there is no idea with that id.")
    }
}

extension Result {
    var isCommandSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
