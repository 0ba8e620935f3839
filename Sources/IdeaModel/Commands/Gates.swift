/// One condition of a stage gate, said the way it stands now: met ("discussed at
/// “Kiemų forumas” on 2026-05-02") or missing ("it has not been discussed at an Art of
/// Hosting forum yet"). Screens show both; a refused move quotes the missing ones.
public struct GateCheck: Equatable, Sendable {
    public var met: Bool
    public var text: String

    public init(met: Bool, text: String) {
        self.met = met
        self.text = text
    }
}

/// The conditions an idea must meet to move forward, stage by stage.
public enum Gates {
    /// Every condition for moving `idea` to `target`, met or not. `target` should be the
    /// next stage; anything else gives one unmet condition explaining why it cannot be.
    public static func conditions(for idea: Idea, to target: Stage, in db: Database, today: Day) -> [GateCheck] {
        guard let next = idea.stage.next else { return [GateCheck(met: false, text: endOfPipeline(idea))] }
        guard target == next else {
            return [GateCheck(met: false, text: "it is in stage \(idea.stage.rawValue), so it can only move forward to \(next.rawValue)")]
        }
        switch target {
        case .refined: return refined(idea, db)
        case .team: return team(idea, db)
        case .mentored: return mentored(idea, db)
        case .workshops: return workshops(idea, db)
        case .ready: return ready(idea, db, today)
        case .scheduled:
            return [GateCheck(met: false, text: "it must be placed on the festival grid: schedule it at a venue and a start time")]
        case .delivered: return delivered(db, today)
        case .shared, .parked, .withdrawn: return []
        }
    }

    /// The next stage and its conditions, or nil when the idea cannot move forward.
    public static func nextStage(of idea: Idea, in db: Database, today: Day) -> (stage: Stage, checks: [GateCheck])? {
        guard let next = idea.stage.next else { return nil }
        return (next, conditions(for: idea, to: next, in: db, today: today))
    }

    /// Whether every condition for moving to `target` is met.
    public static func isOpen(for idea: Idea, to target: Stage, in db: Database, today: Day) -> Bool {
        conditions(for: idea, to: target, in: db, today: today).allSatisfy(\.met)
    }

    /// Why an idea has no next stage: it is parked, withdrawn or delivered.
    static func endOfPipeline(_ idea: Idea) -> String {
        switch idea.stage {
        case .parked: return "it is parked; reopen it first"
        case .withdrawn: return "it is withdrawn; reopen it first"
        default: return "it has been delivered, the last stage"
        }
    }

    // MARK: The gates

    private static func refined(_ idea: Idea, _ db: Database) -> [GateCheck] {
        let forum = db.forums.first { forum in forum.discussions.contains { $0.ideaId == idea.id } }
        let blank = CommandWords.isBlank
        return [
            forum.map { GateCheck(met: true, text: "discussed at the Art of Hosting forum \(CommandWords.quoted($0.title)) on \($0.day.text)") }
                ?? GateCheck(met: false, text: "it has not been discussed at an Art of Hosting forum yet"),
            blank(idea.summary) ? GateCheck(met: false, text: "the idea itself (summary) is not written down")
                : GateCheck(met: true, text: "the idea is written down"),
            blank(idea.problem) ? GateCheck(met: false, text: "the problem is not written down")
                : GateCheck(met: true, text: "the problem is written down"),
            blank(idea.impact) ? GateCheck(met: false, text: "the intended impact is not written down")
                : GateCheck(met: true, text: "the intended impact is written down"),
        ]
    }

    private static func team(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, text: "no team has formed around it yet: it needs a lead and at least two more members")]
        }
        let others = team.members.filter { $0.personId != team.leadId }.count
        let names = team.members.map { CommandWords.personName($0.personId, in: db) }
        return [
            GateCheck(met: true, text: "led by \(CommandWords.personName(team.leadId, in: db))"),
            others >= 2
                ? GateCheck(met: true, text: "\(others) more members: \(CommandWords.list(names))")
                : GateCheck(met: false, text: "the team has \(CommandWords.count(others, "member")) besides the lead; it needs at least 2"),
        ]
    }

    private static func mentored(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, text: "it has no team to mentor")]
        }
        var checks: [GateCheck] = []
        let names = team.mentorIds.map { CommandWords.personName($0, in: db) }
        checks.append(team.mentorIds.isEmpty
            ? GateCheck(met: false, text: "the team has no mentor yet")
            : GateCheck(met: true, text: "mentored by \(CommandWords.list(names))"))
        var over: [String] = []
        for mentorId in team.mentorIds {
            let name = CommandWords.personName(mentorId, in: db)
            guard let capacity = db.people.first(where: { $0.id == mentorId })?.mentor?.capacity else {
                over.append("\(name) has no mentor profile")
                continue
            }
            let load = mentorLoad(mentorId, in: db)
            if load > capacity { over.append("\(name) mentors \(load) teams but can take \(capacity)") }
        }
        if !team.mentorIds.isEmpty {
            checks.append(over.isEmpty ? GateCheck(met: true, text: "no mentor is over capacity")
                : GateCheck(met: false, text: over.joined(separator: "; ")))
        }
        let most = db.festival.maxMentorsPerTeam
        if team.mentorIds.count > most {
            checks.append(GateCheck(met: false, text: "the team has \(team.mentorIds.count) mentors; the most allowed is \(most)"))
        }
        return checks
    }

    private static func workshops(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, text: "it has no team to enroll in a workshop track")]
        }
        guard let trackId = team.trackId else {
            return [GateCheck(met: false, text: "the team is not enrolled in a workshop track")]
        }
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            return [GateCheck(met: false, text: "the team's workshop track \(CommandWords.quoted(trackId)) does not exist")]
        }
        return [GateCheck(met: true, text: "enrolled in the workshop track \(CommandWords.quoted(track.name))")]
    }

    private static func ready(_ idea: Idea, _ db: Database, _ today: Day) -> [GateCheck] {
        var checks: [GateCheck] = []
        if let team = db.teams.first(where: { $0.ideaId == idea.id }),
           let trackId = team.trackId, let track = db.tracks.first(where: { $0.id == trackId }) {
            for stage in track.stages {
                let attended = db.sessions.filter {
                    $0.trackId == track.id && $0.stageId == stage.id && $0.attendance.contains(team.id)
                }
                let name = CommandWords.quoted(stage.name)
                if let done = attended.filter({ $0.day <= today }).min(by: { $0.day < $1.day }) {
                    checks.append(GateCheck(met: true, text: "completed the workshop stage \(name) on \(done.day.text)"))
                } else if let coming = attended.min(by: { $0.day < $1.day }) {
                    checks.append(GateCheck(met: false, text: "the workshop stage \(name) on \(coming.day.text) has not happened yet"))
                } else {
                    checks.append(GateCheck(met: false, text: "the team has not completed the workshop stage \(name)"))
                }
            }
        } else {
            checks.append(GateCheck(met: false, text: "the team is not enrolled in a workshop track, so its workshop stages cannot be completed"))
        }
        guard let plan = idea.plan else {
            checks.append(GateCheck(met: false, text: "there is no intervention plan yet (length, audience, venue needs, districts)"))
            return checks
        }
        let grid = db.festival.gridMinutes
        if plan.durationMinutes <= 0 {
            checks.append(GateCheck(met: false, text: "the plan does not say how long the intervention lasts"))
        } else if plan.durationMinutes % grid != 0 {
            checks.append(GateCheck(met: false, text: "the plan's length, \(plan.durationMinutes) minutes, is not a multiple of \(grid) minutes"))
        } else {
            checks.append(GateCheck(met: true, text: "the plan lasts \(plan.durationMinutes) minutes"))
        }
        checks.append(plan.audience > 0
            ? GateCheck(met: true, text: "the plan expects an audience of \(plan.audience)")
            : GateCheck(met: false, text: "the plan does not say how many people are expected"))
        checks.append(plan.districts.isEmpty
            ? GateCheck(met: false, text: "the plan names no preferred district")
            : GateCheck(met: true, text: "the plan prefers \(CommandWords.list(plan.districts, "or"))"))
        return checks
    }

    private static func delivered(_ db: Database, _ today: Day) -> [GateCheck] {
        let day = db.festival.day
        return [today >= day
            ? GateCheck(met: true, text: "the festival day, \(day.text), has come")
            : GateCheck(met: false, text: "the festival is on \(day.text) and today is \(today.text)")]
    }

    /// How many teams list the person as a mentor.
    public static func mentorLoad(_ mentorId: String, in db: Database) -> Int {
        db.teams.reduce(0) { $0 + ($1.mentorIds.contains(mentorId) ? 1 : 0) }
    }
}

extension Idea {
    /// The stage the idea was in before it was last parked or withdrawn, from its history;
    /// `reopen` returns it there. Nil when the history does not say.
    public var stageBeforeParking: Stage? {
        for change in history.reversed() where change.from.pipelineIndex != nil
            && (change.to == .parked || change.to == .withdrawn) {
            return change.from
        }
        return nil
    }
}
