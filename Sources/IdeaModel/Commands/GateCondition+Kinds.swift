/// Every kind of gate condition, and an example of each, so a test can say every one in
/// every language: a new case does not compile until it has a kind and an example.
extension GateCondition {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case parked, withdrawn, delivered, onlyForwardTo, discussedAt, notDiscussed, summaryWritten, problemWritten,
            impactWritten, noTeam, ledBy, members, tooFewMembers, noTeamToMentor, noMentor, mentoredBy,
            withinCapacity, overCapacity, tooManyMentors, noTeamToEnroll, notEnrolled, trackMissing, enrolled,
            workshopStageCompleted, workshopStageUpcoming, workshopStageMissing, noTrackForStages, noPlan,
            planNoDuration, planDurationOffGrid, planDuration, planAudience, planNoAudience, planNoDistricts,
            planDistricts, mustBeScheduled, festivalDayCome, festivalAhead
    }

    public var kind: Kind {
        switch self {
        case .parked: return .parked
        case .withdrawn: return .withdrawn
        case .delivered: return .delivered
        case .onlyForwardTo: return .onlyForwardTo
        case .discussedAt: return .discussedAt
        case .notDiscussed: return .notDiscussed
        case .summaryWritten: return .summaryWritten
        case .problemWritten: return .problemWritten
        case .impactWritten: return .impactWritten
        case .noTeam: return .noTeam
        case .ledBy: return .ledBy
        case .members: return .members
        case .tooFewMembers: return .tooFewMembers
        case .noTeamToMentor: return .noTeamToMentor
        case .noMentor: return .noMentor
        case .mentoredBy: return .mentoredBy
        case .withinCapacity: return .withinCapacity
        case .overCapacity: return .overCapacity
        case .tooManyMentors: return .tooManyMentors
        case .noTeamToEnroll: return .noTeamToEnroll
        case .notEnrolled: return .notEnrolled
        case .trackMissing: return .trackMissing
        case .enrolled: return .enrolled
        case .workshopStageCompleted: return .workshopStageCompleted
        case .workshopStageUpcoming: return .workshopStageUpcoming
        case .workshopStageMissing: return .workshopStageMissing
        case .noTrackForStages: return .noTrackForStages
        case .noPlan: return .noPlan
        case .planNoDuration: return .planNoDuration
        case .planDurationOffGrid: return .planDurationOffGrid
        case .planDuration: return .planDuration
        case .planAudience: return .planAudience
        case .planNoAudience: return .planNoAudience
        case .planNoDistricts: return .planNoDistricts
        case .planDistricts: return .planDistricts
        case .mustBeScheduled: return .mustBeScheduled
        case .festivalDayCome: return .festivalDayCome
        case .festivalAhead: return .festivalAhead
        }
    }

    /// A condition of `kind` with typical data.
    public static func example(of kind: Kind) -> Self {
        let day = Day(daysSinceEpoch: 20_575), later = Day(daysSinceEpoch: 20_623)
        switch kind {
        case .parked: return .parked
        case .withdrawn: return .withdrawn
        case .delivered: return .delivered
        case .onlyForwardTo: return .onlyForwardTo(stage: .shared, next: .refined)
        case .discussedAt: return .discussedAt(forum: "Kiemų forumas", day: day)
        case .notDiscussed: return .notDiscussed
        case .summaryWritten: return .summaryWritten(false)
        case .problemWritten: return .problemWritten(false)
        case .impactWritten: return .impactWritten(true)
        case .noTeam: return .noTeam
        case .ledBy: return .ledBy("Rūta Petrauskienė")
        case .members: return .members(count: 3, names: ["Eglė Žukauskaitė", "Mantas Paulauskas", "Lukas Butkus"])
        case .tooFewMembers: return .tooFewMembers(1)
        case .noTeamToMentor: return .noTeamToMentor
        case .noMentor: return .noMentor
        case .mentoredBy: return .mentoredBy(["Ieva Urbonaitė", "Tomas Jankauskas"])
        case .withinCapacity: return .withinCapacity
        case .overCapacity:
            return .overCapacity([.overCapacity(name: "Ieva Urbonaitė", load: 4, capacity: 2), .noMentorProfile("Lukas Butkus")])
        case .tooManyMentors: return .tooManyMentors(count: 4, max: 3)
        case .noTeamToEnroll: return .noTeamToEnroll
        case .notEnrolled: return .notEnrolled
        case .trackMissing: return .trackMissing("track-9")
        case .enrolled: return .enrolled(track: "Pavasario programa")
        case .workshopStageCompleted: return .workshopStageCompleted(stage: "Prototipas", day: day)
        case .workshopStageUpcoming: return .workshopStageUpcoming(stage: "Prototipas", day: later)
        case .workshopStageMissing: return .workshopStageMissing("Prototipas")
        case .noTrackForStages: return .noTrackForStages
        case .noPlan: return .noPlan
        case .planNoDuration: return .planNoDuration
        case .planDurationOffGrid: return .planDurationOffGrid(minutes: 50, grid: 15)
        case .planDuration: return .planDuration(minutes: 90)
        case .planAudience: return .planAudience(40)
        case .planNoAudience: return .planNoAudience
        case .planNoDistricts: return .planNoDistricts
        case .planDistricts: return .planDistricts(["Šančiai", "Vilijampolė"])
        case .mustBeScheduled: return .mustBeScheduled
        case .festivalDayCome: return .festivalDayCome(later)
        case .festivalAhead: return .festivalAhead(festival: later, today: day)
        }
    }
}
