import Testing
@testable import IdeaModel

/// Small databases and idea life stories for the command and gate tests.
enum Fx {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(daysSinceEpoch: 0) }

    static let festivalDay = day(2026, 6, 20)
    static let today = day(2026, 5, 14)
    static let facilitator = "person-0001"
    static let ctx = context(on: today)

    static func context(on day: Day, actor: String = facilitator, hour: Int = 10) -> CommandContext {
        CommandContext(actor: actor, now: Timestamp(day: day, hour: hour), today: day)
    }

    static let people: [Person] = [
        Person(id: "person-0001", name: "Aistė Vaitkutė", roles: [.facilitator]),
        Person(id: "person-0002", name: "Jonas Kazlauskas", sectors: [.youth], roles: [.author, .talent]),
        Person(id: "person-0003", name: "Eglė Žukauskaitė", sectors: [.cultural], skills: ["design"], roles: [.talent]),
        Person(id: "person-0004", name: "Mantas Paulauskas", sectors: [.social], roles: [.talent]),
        Person(id: "person-0005", name: "Gabija Stankevičiūtė", sectors: [.educational], roles: [.talent]),
        Person(id: "person-0006", name: "Lukas Butkus", sectors: [.business], roles: [.talent, .facilitator]),
        Person(id: "person-0007", name: "Rūta Petrauskienė", roles: [.mentor],
               mentor: MentorProfile(expertise: ["urban design"], capacity: 3)),
        Person(id: "person-0008", name: "Tomas Jankauskas", roles: [.mentor],
               mentor: MentorProfile(expertise: ["finance"], capacity: 1)),
        Person(id: "person-0009", name: "Ieva Urbonaitė", roles: [.mentor],
               mentor: MentorProfile(expertise: ["youth work"], capacity: 2)),
        Person(id: "person-0010", name: "Paulius Vasiliauskas", sectors: [.cultural], roles: [.talent]),
        Person(id: "person-0011", name: "Ugnė Kavaliauskaitė", sectors: [.youth], roles: [.talent]),
        Person(id: "person-0012", name: "Dovydas Rimkus", sectors: [.business], roles: [.talent]),
    ]

    static let venues: [Venue] = [
        Venue(id: "venue-01", name: "Kiemo scena", district: "Centras", address: "Laisvės al. 1", capacity: 80,
              features: [.outdoor, .stage, .power, .accessible], opens: ClockTime(10), closes: ClockTime(23)),
        Venue(id: "venue-02", name: "Ąžuolyno estrada", district: "Žaliakalnis", address: "Ąžuolyno g. 2", capacity: 100,
              features: [.outdoor, .stage, .power], opens: ClockTime(14), closes: ClockTime(20)),
        Venue(id: "venue-03", name: "Mažoji salė", district: "Centras", address: "Maironio g. 3", capacity: 20,
              features: [.outdoor, .power], opens: ClockTime(10), closes: ClockTime(22)),
        Venue(id: "venue-04", name: "Vilijampolės biblioteka", district: "Vilijampolė", address: "Raudondvario pl. 4",
              capacity: 60, features: [.indoor, .projector], opens: ClockTime(10), closes: ClockTime(22)),
    ]

    /// One past workshop for every stage of the standard track: session-01 … session-05.
    static let sessions: [WorkshopSession] = WorkshopTrack.standard.stages.enumerated().map { k, stage in
        WorkshopSession(id: "session-0\(k + 1)", trackId: "track-1", stageId: stage.id,
                        day: day(2026, 5, 1 + k), place: "Kauno menų inkubatorius")
    }

    /// People, the standard track with its workshops, four venues and the festival.
    static func base() -> Database {
        Database(districts: Database.kaunasDistricts, people: people, tracks: [.standard], sessions: sessions,
                 venues: venues, festival: Festival(title: "100 in 1 day", day: festivalDay))
    }

    static let plan = InterventionPlan(durationMinutes: 60, features: [.outdoor, .power], audience: 40, districts: ["Centras"])

    static func draft(_ title: String = "Žalias kiemas", problem: String = "Courtyards are grey and empty.") -> IdeaDraft {
        IdeaDraft(title: title, summary: "Neighbours turn a courtyard into a garden.", problem: problem,
                  impact: "Neighbours meet; children play outside.", authorId: "person-0002",
                  sectors: [.youth, .social], district: "Centras", tags: ["garden"], fundingNeed: 800)
    }

    /// Who carries an idea, and how it will run.
    struct Spec {
        var title = "Žalias kiemas"
        var lead = "person-0002"
        var members = ["person-0003", "person-0004"]
        var mentors = ["person-0007"]
        var plan = Fx.plan
        var venue = "venue-01"
        var start = ClockTime(12)
    }

    /// A second idea, “Tylos valanda”, carried by other people; mentored by `mentor`.
    static func quietHour(mentor: String = "person-0009", venue: String = "venue-01", start: ClockTime = ClockTime(11)) -> Spec {
        Spec(title: "Tylos valanda", lead: "person-0005", members: ["person-0006", "person-0010"], mentors: [mentor],
             plan: InterventionPlan(durationMinutes: 60, features: [.outdoor], audience: 15, districts: ["Centras"]),
             venue: venue, start: start)
    }

    /// Applies commands that must succeed; a refusal fails the test where it was called.
    static func run(_ db: inout Database, _ commands: [Command], context: CommandContext = ctx,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        for command in commands {
            do {
                try db.apply(command, context: context)
            } catch {
                Issue.record("\(command) was refused: \(error.message)", sourceLocation: sourceLocation)
            }
        }
    }

    static func teamId(of ideaId: String, in db: Database) -> String {
        db.teams.first { $0.ideaId == ideaId }?.id ?? "no team"
    }

    /// Does what the gate into `target` asks for, without moving the idea.
    static func prepare(_ ideaId: String, for target: Stage, _ db: inout Database, _ spec: Spec = Spec()) {
        switch target {
        case .refined:
            if db.forums.isEmpty {
                run(&db, [.createForum(title: "Kiemų forumas", day: day(2026, 4, 20), place: "Kauno menininkų namai",
                                       hostIds: [facilitator])])
            }
            run(&db, [.recordDiscussion(forumId: "forum-01", ideaId: ideaId, outcome: "Start with one courtyard.")])
        case .team:
            run(&db, [.createTeam(ideaId: ideaId, leadId: spec.lead)])
            let team = teamId(of: ideaId, in: db)
            run(&db, spec.members.map { .addMember(teamId: team, personId: $0, role: "organiser") })
        case .mentored:
            let team = teamId(of: ideaId, in: db)
            run(&db, spec.mentors.map { .assignMentor(teamId: team, mentorId: $0) })
        case .workshops:
            run(&db, [.enrollTeam(teamId: teamId(of: ideaId, in: db), trackId: "track-1")])
        case .ready:
            let team = teamId(of: ideaId, in: db)
            run(&db, sessions.map { .recordAttendance(sessionId: $0.id, teamId: team) } + [.setPlan(ideaId: ideaId, spec.plan)])
        case .shared, .scheduled, .delivered, .parked, .withdrawn:
            break
        }
    }

    /// Shares a new idea and brings it through every gate up to `stage`; returns its id.
    @discardableResult
    static func addIdea(_ db: inout Database, upTo stage: Stage, _ spec: Spec = Spec(), draft: IdeaDraft? = nil) -> String {
        var d = draft ?? Fx.draft(spec.title)
        d.title = spec.title
        run(&db, [.addIdea(d)])
        let id = db.ideas.last?.id ?? "no idea"
        for target in Stage.pipeline.dropFirst() {
            guard let goal = stage.pipelineIndex, let here = target.pipelineIndex, here <= goal else { break }
            prepare(id, for: target, &db, spec)
            switch target {
            case .scheduled:
                run(&db, [.schedule(ideaId: id, venueId: spec.venue, start: spec.start, pinned: false)])
            case .delivered:
                run(&db, [.moveForward(ideaId: id)], context: context(on: festivalDay))
            default:
                run(&db, [.moveForward(ideaId: id)])
            }
        }
        return id
    }

    /// The base database with one idea, “Žalias kiemas”, at `stage`.
    static func ideaAt(_ stage: Stage, _ spec: Spec = Spec()) -> (db: Database, idea: String) {
        var db = base()
        let id = addIdea(&db, upTo: stage, spec)
        return (db, id)
    }

    /// The refusal of `command`, checking that it left the database exactly as it was.
    static func refusal(_ command: Command, on db: Database, context: CommandContext = ctx,
                        sourceLocation: SourceLocation = #_sourceLocation) -> RuleViolation? {
        var copy = db
        do {
            try copy.apply(command, context: context)
            Issue.record("\(command) was not refused", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(copy == db, "a refused command changed the database", sourceLocation: sourceLocation)
            return error
        }
    }

    /// The message of the refusal of `command`, or "" when it was applied.
    static func message(_ command: Command, on db: Database, context: CommandContext = ctx,
                        sourceLocation: SourceLocation = #_sourceLocation) -> String {
        refusal(command, on: db, context: context, sourceLocation: sourceLocation)?.message ?? ""
    }
}
