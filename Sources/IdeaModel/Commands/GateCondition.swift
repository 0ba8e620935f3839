/// What one condition of a stage gate says, as values rather than words: the forum and
/// day an idea was discussed, the members a team has, the minutes a plan lasts. Screens
/// put it into their own language; `english` says it in the English of refusals, the
/// CLI and the log.
public enum GateCondition: Equatable, Sendable {
    // An idea with no next stage, or a move that skips one.
    /// The idea is parked; it must be reopened first.
    case parked
    /// The idea is withdrawn; it must be reopened first.
    case withdrawn
    /// The idea is delivered, the last stage.
    case delivered
    /// The idea is in `stage` and can only move forward to `next`.
    case onlyForwardTo(stage: Stage, next: Stage)

    // Refined: discussed at a forum and written down.
    case discussedAt(forum: String, day: Day)
    case notDiscussed
    /// Whether the idea itself (its summary) is written down.
    case summaryWritten(Bool)
    case problemWritten(Bool)
    case impactWritten(Bool)

    // Team: a lead and at least two more members.
    /// No team has formed around the idea yet.
    case noTeam
    /// The team's lead, by name.
    case ledBy(String)
    /// Enough members besides the lead: how many, and the names of everyone in the team.
    case members(count: Int, names: [String])
    /// Too few members besides the lead: how many there are.
    case tooFewMembers(Int)

    // Mentored: at least one mentor, none over capacity, not too many.
    /// There is no team to mentor.
    case noTeamToMentor
    case noMentor
    /// The mentors' names.
    case mentoredBy([String])
    /// No mentor of the team is over capacity.
    case withinCapacity
    /// Mentors over capacity or without a mentor profile, in the team's order.
    case overCapacity([MentorCapacityIssue])
    case tooManyMentors(count: Int, max: Int)

    // Workshops: enrolled in a workshop track.
    /// There is no team to enroll in a track.
    case noTeamToEnroll
    case notEnrolled
    /// The team's track id names no track.
    case trackMissing(String)
    /// Enrolled in the track of this name.
    case enrolled(track: String)

    // Ready: every workshop stage of the track completed, and a plan.
    case workshopStageCompleted(stage: String, day: Day)
    /// The team attends the stage on `day`, which has not come yet.
    case workshopStageUpcoming(stage: String, day: Day)
    /// The team has no session of the stage.
    case workshopStageMissing(String)
    /// No track, so no workshop stage can be completed.
    case noTrackForStages
    case noPlan
    case planNoDuration
    case planDurationOffGrid(minutes: Int, grid: Int)
    case planDuration(minutes: Int)
    case planAudience(Int)
    case planNoAudience
    case planNoDistricts
    /// The preferred districts, any of which will do.
    case planDistricts([String])

    // Scheduled: placed on the festival grid.
    case mustBeScheduled

    // Delivered: the festival day has come.
    case festivalDayCome(Day)
    case festivalAhead(festival: Day, today: Day)

    /// A condition known only by its words; `Gates` never makes one.
    case described(String)
}

/// Why a mentor stands in the way of the mentored gate.
public enum MentorCapacityIssue: Equatable, Sendable {
    /// The mentor, by name, mentors `load` teams but can take `capacity`.
    case overCapacity(name: String, load: Int, capacity: Int)
    /// The person, by name, is a mentor of the team but has no mentor profile.
    case noMentorProfile(String)
}

extension GateCondition {
    /// The condition in English, as refusals, the CLI and the log say it.
    public var english: String {
        let quoted = CommandWords.quoted, list = CommandWords.list
        switch self {
        case .parked: return "it is parked; reopen it first"
        case .withdrawn: return "it is withdrawn; reopen it first"
        case .delivered: return "it has been delivered, the last stage"
        case .onlyForwardTo(let stage, let next):
            return "it is in stage \(stage.rawValue), so it can only move forward to \(next.rawValue)"
        case .discussedAt(let forum, let day): return "discussed at the Art of Hosting forum \(quoted(forum)) on \(day.text)"
        case .notDiscussed: return "it has not been discussed at an Art of Hosting forum yet"
        case .summaryWritten(let yes): return yes ? "the idea is written down" : "the idea itself (summary) is not written down"
        case .problemWritten(let yes): return yes ? "the problem is written down" : "the problem is not written down"
        case .impactWritten(let yes): return yes ? "the intended impact is written down" : "the intended impact is not written down"
        case .noTeam: return "no team has formed around it yet: it needs a lead and at least two more members"
        case .ledBy(let name): return "led by \(name)"
        case .members(let count, let names): return "\(count) more members: \(list(names, "and"))"
        case .tooFewMembers(let count):
            return "the team has \(CommandWords.count(count, "member")) besides the lead; it needs at least 2"
        case .noTeamToMentor: return "it has no team to mentor"
        case .noMentor: return "the team has no mentor yet"
        case .mentoredBy(let names): return "mentored by \(list(names, "and"))"
        case .withinCapacity: return "no mentor is over capacity"
        case .overCapacity(let issues):
            return issues.map { issue in
                switch issue {
                case .overCapacity(let name, let load, let capacity): return "\(name) mentors \(load) teams but can take \(capacity)"
                case .noMentorProfile(let name): return "\(name) has no mentor profile"
                }
            }.joined(separator: "; ")
        case .tooManyMentors(let count, let max): return "the team has \(count) mentors; the most allowed is \(max)"
        case .noTeamToEnroll: return "it has no team to enroll in a workshop track"
        case .notEnrolled: return "the team is not enrolled in a workshop track"
        case .trackMissing(let id): return "the team's workshop track \(quoted(id)) does not exist"
        case .enrolled(let track): return "enrolled in the workshop track \(quoted(track))"
        case .workshopStageCompleted(let stage, let day): return "completed the workshop stage \(quoted(stage)) on \(day.text)"
        case .workshopStageUpcoming(let stage, let day): return "the workshop stage \(quoted(stage)) on \(day.text) has not happened yet"
        case .workshopStageMissing(let stage): return "the team has not completed the workshop stage \(quoted(stage))"
        case .noTrackForStages: return "the team is not enrolled in a workshop track, so its workshop stages cannot be completed"
        case .noPlan: return "there is no intervention plan yet (length, audience, venue needs, districts)"
        case .planNoDuration: return "the plan does not say how long the intervention lasts"
        case .planDurationOffGrid(let minutes, let grid):
            return "the plan's length, \(minutes) minutes, is not a multiple of \(grid) minutes"
        case .planDuration(let minutes): return "the plan lasts \(minutes) minutes"
        case .planAudience(let n): return "the plan expects an audience of \(n)"
        case .planNoAudience: return "the plan does not say how many people are expected"
        case .planNoDistricts: return "the plan names no preferred district"
        case .planDistricts(let districts): return "the plan prefers \(list(districts, "or"))"
        case .mustBeScheduled: return "it must be placed on the festival grid: schedule it at a venue and a start time"
        case .festivalDayCome(let day): return "the festival day, \(day.text), has come"
        case .festivalAhead(let festival, let today): return "the festival is on \(festival.text) and today is \(today.text)"
        case .described(let text): return text
        }
    }
}
