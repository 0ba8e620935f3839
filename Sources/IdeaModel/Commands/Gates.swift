/// One condition of a stage gate, as it stands now: met (discussed at “Kiemų forumas” on
/// 2026-05-02) or missing (not discussed at an Art of Hosting forum yet). Screens and the
/// command line say `condition` in their language; a refused move carries the missing ones.
public struct GateCheck: Equatable, Sendable {
    public var met: Bool
    public var condition: GateCondition

    public init(met: Bool, _ condition: GateCondition) {
        self.met = met
        self.condition = condition
    }
}

/// The conditions an idea must meet to move forward, stage by stage.
public enum Gates {
    /// Every condition for moving `idea` to `target`, met or not. `target` should be the
    /// next stage; anything else gives one unmet condition explaining why it cannot be.
    public static func conditions(for idea: Idea, to target: Stage, in db: Database, today: Day) -> [GateCheck] {
        guard let next = idea.stage.next else { return [GateCheck(met: false, endOfPipelineCondition(idea))] }
        guard target == next else {
            return [GateCheck(met: false, .onlyForwardTo(stage: idea.stage, next: next))]
        }
        switch target {
        case .refined: return refined(idea, db)
        case .team: return team(idea, db)
        case .mentored: return mentored(idea, db)
        case .workshops: return workshops(idea, db)
        case .ready: return ready(idea, db, today)
        case .scheduled:
            return [GateCheck(met: false, .mustBeScheduled)]
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

    /// Why an idea has no next stage, as a condition.
    static func endOfPipelineCondition(_ idea: Idea) -> GateCondition {
        switch idea.stage {
        case .parked: return .parked
        case .withdrawn: return .withdrawn
        default: return .delivered
        }
    }

    // MARK: The gates

    private static func refined(_ idea: Idea, _ db: Database) -> [GateCheck] {
        let forum = db.forums.first { forum in forum.discussions.contains { $0.ideaId == idea.id } }
        let blank = CommandWords.isBlank
        return [
            forum.map { GateCheck(met: true, .discussedAt(forum: $0.title, day: $0.day)) }
                ?? GateCheck(met: false, .notDiscussed),
            GateCheck(met: !blank(idea.summary), .summaryWritten(!blank(idea.summary))),
            GateCheck(met: !blank(idea.problem), .problemWritten(!blank(idea.problem))),
            GateCheck(met: !blank(idea.impact), .impactWritten(!blank(idea.impact))),
        ]
    }

    private static func team(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, .noTeam)]
        }
        let others = team.members.filter { $0.personId != team.leadId }.count
        let names = team.members.map { CommandWords.personName($0.personId, in: db) }
        return [
            GateCheck(met: true, .ledBy(CommandWords.personName(team.leadId, in: db))),
            others >= 2
                ? GateCheck(met: true, .members(count: others, names: names))
                : GateCheck(met: false, .tooFewMembers(others)),
        ]
    }

    private static func mentored(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, .noTeamToMentor)]
        }
        var checks: [GateCheck] = []
        let names = team.mentorIds.map { CommandWords.personName($0, in: db) }
        checks.append(team.mentorIds.isEmpty
            ? GateCheck(met: false, .noMentor)
            : GateCheck(met: true, .mentoredBy(names)))
        var over: [MentorCapacityIssue] = []
        for mentorId in team.mentorIds {
            let name = CommandWords.personName(mentorId, in: db)
            guard let capacity = db.people.first(where: { $0.id == mentorId })?.mentor?.capacity else {
                over.append(.noMentorProfile(name))
                continue
            }
            let load = mentorLoad(mentorId, in: db)
            if load > capacity { over.append(.overCapacity(name: name, load: load, capacity: capacity)) }
        }
        if !team.mentorIds.isEmpty {
            checks.append(over.isEmpty ? GateCheck(met: true, .withinCapacity)
                : GateCheck(met: false, .overCapacity(over)))
        }
        let most = db.festival.maxMentorsPerTeam
        if team.mentorIds.count > most {
            checks.append(GateCheck(met: false, .tooManyMentors(count: team.mentorIds.count, max: most)))
        }
        return checks
    }

    private static func workshops(_ idea: Idea, _ db: Database) -> [GateCheck] {
        guard let team = db.teams.first(where: { $0.ideaId == idea.id }) else {
            return [GateCheck(met: false, .noTeamToEnroll)]
        }
        guard let trackId = team.trackId else {
            return [GateCheck(met: false, .notEnrolled)]
        }
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            return [GateCheck(met: false, .trackMissing(trackId))]
        }
        return [GateCheck(met: true, .enrolled(track: track.name))]
    }

    private static func ready(_ idea: Idea, _ db: Database, _ today: Day) -> [GateCheck] {
        var checks: [GateCheck] = []
        if let team = db.teams.first(where: { $0.ideaId == idea.id }),
           let trackId = team.trackId, let track = db.tracks.first(where: { $0.id == trackId }) {
            for stage in track.stages {
                let attended = db.sessions.filter {
                    $0.trackId == track.id && $0.stageId == stage.id && $0.attendance.contains(team.id)
                }
                let name = stage.name
                if let done = attended.filter({ $0.day <= today }).min(by: { $0.day < $1.day }) {
                    checks.append(GateCheck(met: true, .workshopStageCompleted(stage: name, day: done.day)))
                } else if let coming = attended.min(by: { $0.day < $1.day }) {
                    checks.append(GateCheck(met: false, .workshopStageUpcoming(stage: name, day: coming.day)))
                } else {
                    checks.append(GateCheck(met: false, .workshopStageMissing(name)))
                }
            }
        } else {
            checks.append(GateCheck(met: false, .noTrackForStages))
        }
        guard let plan = idea.plan else {
            checks.append(GateCheck(met: false, .noPlan))
            return checks
        }
        let grid = db.festival.gridMinutes
        if plan.durationMinutes <= 0 {
            checks.append(GateCheck(met: false, .planNoDuration))
        } else if plan.durationMinutes % grid != 0 {
            checks.append(GateCheck(met: false, .planDurationOffGrid(minutes: plan.durationMinutes, grid: grid)))
        } else {
            checks.append(GateCheck(met: true, .planDuration(minutes: plan.durationMinutes)))
        }
        checks.append(plan.audience > 0
            ? GateCheck(met: true, .planAudience(plan.audience))
            : GateCheck(met: false, .planNoAudience))
        checks.append(plan.districts.isEmpty
            ? GateCheck(met: false, .planNoDistricts)
            : GateCheck(met: true, .planDistricts(plan.districts)))
        return checks
    }

    private static func delivered(_ db: Database, _ today: Day) -> [GateCheck] {
        let day = db.festival.day
        return [today >= day
            ? GateCheck(met: true, .festivalDayCome(day))
            : GateCheck(met: false, .festivalAhead(festival: day, today: today))]
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
