import IdeaModel

/// The stage gates in English: each condition, met or missing, as the idea detail, a refused
/// move and the command line say it.
enum EnglishGates {
    static func gate(_ condition: GateCondition) -> String {
        let quoted = EnglishRefusals.quoted, list = EnglishRefusals.list
        switch condition {
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
            return "the team has \(EnglishRefusals.count(count, "member")) besides the lead; it needs at least 2"
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
        }
    }
}
