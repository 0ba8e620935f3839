/// What one condition of a stage gate says, as values rather than words: the forum and
/// day an idea was discussed, the members a team has, the minutes a plan lasts. The
/// screens and the command line put it into their language (IdeaUI's `Strings.gate`).
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
}

/// Why a mentor stands in the way of the mentored gate.
public enum MentorCapacityIssue: Equatable, Sendable {
    /// The mentor, by name, mentors `load` teams but can take `capacity`.
    case overCapacity(name: String, load: Int, capacity: Int)
    /// The person, by name, is a mentor of the team but has no mentor profile.
    case noMentorProfile(String)
}
