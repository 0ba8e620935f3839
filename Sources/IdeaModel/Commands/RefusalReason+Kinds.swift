/// Every kind of refusal reason, and an example of each, so a test can say every one in
/// every language: a new case does not compile until it has a kind and an example.
extension RuleViolation.Reason {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case noIdeaWithThatId, noTeamWithThatId, noRecord, notPermitted, unknownActor, textTooLong, gate, placement,
            slotBreaks, step, wouldNotLoad, notAboutALimit, reasonNeededBack, reasonNeededAside, reasonNeededReopen,
            setAsideReopenInstead, atFirstStage, scheduledMoveBackFirst, alreadyDelivered, alreadyParked,
            alreadyWithdrawn, notSetAside, notReadyForGrid, setAsideBringToReady, noPlan, notOnGrid, venueMissing,
            lengthRange, minutesOffGrid, nameEmpty, titleEmpty, idTaken, idTakenByTrack, mentorCapacityRange,
            authorUnknown, needsSector, sectorTwice, unknownDistrict, fundingBelowZero, scheduledChangeOnGrid,
            durationRange, audienceBelowZero, notDistricts, districtTwice, earliestNotBeforeLatest, doesNotFitWindow,
            placeEmpty, hostUnknown, alreadyRecorded, trackNeedsStage, stageNeedsIdAndName, stageIdTwice,
            trackHasNoStage, notEnrolledEnrollIn, enrolledElsewhere, amountNotPositive, pledgeEmpty,
            capacityBelowZero, opensAfterCloses, targetBelowOne, dayEndsBeforeStart, gridChoice, changeoverRange,
            travelRange, mentorsPerTeamBelowOne, teamHasMoreMentors, alreadyHasTeam, ideaIn, alreadyLeadsTeam,
            alreadyLeadsIt, alreadyMember, mentorCannotBeMember, memberRoleMissing, leadStays, notAMember,
            roleNoTitle, noOpenRoleWithThatId, alreadyMentors, mentorAtCapacity, notAMentor, teamMentorLimit,
            memberCannotMentor, doesNotMentor, alreadyEnrolled, mentorCannotLead, leadRoleIsLead, newRoleMissing,
            noOpenRole, alreadyInTeam, mentorsThisTeam, invitationPending, noInvitationWithThatId, alreadyAnswered
    }

    public var kind: Kind {
        switch self {
        case .noIdeaWithThatId: return .noIdeaWithThatId
        case .noTeamWithThatId: return .noTeamWithThatId
        case .noRecord: return .noRecord
        case .notPermitted: return .notPermitted
        case .unknownActor: return .unknownActor
        case .textTooLong: return .textTooLong
        case .gate: return .gate
        case .placement: return .placement
        case .slotBreaks: return .slotBreaks
        case .step: return .step
        case .wouldNotLoad: return .wouldNotLoad
        case .notAboutALimit: return .notAboutALimit
        case .reasonNeededBack: return .reasonNeededBack
        case .reasonNeededAside: return .reasonNeededAside
        case .reasonNeededReopen: return .reasonNeededReopen
        case .setAsideReopenInstead: return .setAsideReopenInstead
        case .atFirstStage: return .atFirstStage
        case .scheduledMoveBackFirst: return .scheduledMoveBackFirst
        case .alreadyDelivered: return .alreadyDelivered
        case .alreadyParked: return .alreadyParked
        case .alreadyWithdrawn: return .alreadyWithdrawn
        case .notSetAside: return .notSetAside
        case .notReadyForGrid: return .notReadyForGrid
        case .setAsideBringToReady: return .setAsideBringToReady
        case .noPlan: return .noPlan
        case .notOnGrid: return .notOnGrid
        case .venueMissing: return .venueMissing
        case .lengthRange: return .lengthRange
        case .minutesOffGrid: return .minutesOffGrid
        case .nameEmpty: return .nameEmpty
        case .titleEmpty: return .titleEmpty
        case .idTaken: return .idTaken
        case .idTakenByTrack: return .idTakenByTrack
        case .mentorCapacityRange: return .mentorCapacityRange
        case .authorUnknown: return .authorUnknown
        case .needsSector: return .needsSector
        case .sectorTwice: return .sectorTwice
        case .unknownDistrict: return .unknownDistrict
        case .fundingBelowZero: return .fundingBelowZero
        case .scheduledChangeOnGrid: return .scheduledChangeOnGrid
        case .durationRange: return .durationRange
        case .audienceBelowZero: return .audienceBelowZero
        case .notDistricts: return .notDistricts
        case .districtTwice: return .districtTwice
        case .earliestNotBeforeLatest: return .earliestNotBeforeLatest
        case .doesNotFitWindow: return .doesNotFitWindow
        case .placeEmpty: return .placeEmpty
        case .hostUnknown: return .hostUnknown
        case .alreadyRecorded: return .alreadyRecorded
        case .trackNeedsStage: return .trackNeedsStage
        case .stageNeedsIdAndName: return .stageNeedsIdAndName
        case .stageIdTwice: return .stageIdTwice
        case .trackHasNoStage: return .trackHasNoStage
        case .notEnrolledEnrollIn: return .notEnrolledEnrollIn
        case .enrolledElsewhere: return .enrolledElsewhere
        case .amountNotPositive: return .amountNotPositive
        case .pledgeEmpty: return .pledgeEmpty
        case .capacityBelowZero: return .capacityBelowZero
        case .opensAfterCloses: return .opensAfterCloses
        case .targetBelowOne: return .targetBelowOne
        case .dayEndsBeforeStart: return .dayEndsBeforeStart
        case .gridChoice: return .gridChoice
        case .changeoverRange: return .changeoverRange
        case .travelRange: return .travelRange
        case .mentorsPerTeamBelowOne: return .mentorsPerTeamBelowOne
        case .teamHasMoreMentors: return .teamHasMoreMentors
        case .alreadyHasTeam: return .alreadyHasTeam
        case .ideaIn: return .ideaIn
        case .alreadyLeadsTeam: return .alreadyLeadsTeam
        case .alreadyLeadsIt: return .alreadyLeadsIt
        case .alreadyMember: return .alreadyMember
        case .mentorCannotBeMember: return .mentorCannotBeMember
        case .memberRoleMissing: return .memberRoleMissing
        case .leadStays: return .leadStays
        case .notAMember: return .notAMember
        case .roleNoTitle: return .roleNoTitle
        case .noOpenRoleWithThatId: return .noOpenRoleWithThatId
        case .alreadyMentors: return .alreadyMentors
        case .mentorAtCapacity: return .mentorAtCapacity
        case .notAMentor: return .notAMentor
        case .teamMentorLimit: return .teamMentorLimit
        case .memberCannotMentor: return .memberCannotMentor
        case .doesNotMentor: return .doesNotMentor
        case .alreadyEnrolled: return .alreadyEnrolled
        case .mentorCannotLead: return .mentorCannotLead
        case .leadRoleIsLead: return .leadRoleIsLead
        case .newRoleMissing: return .newRoleMissing
        case .noOpenRole: return .noOpenRole
        case .alreadyInTeam: return .alreadyInTeam
        case .mentorsThisTeam: return .mentorsThisTeam
        case .invitationPending: return .invitationPending
        case .noInvitationWithThatId: return .noInvitationWithThatId
        case .alreadyAnswered: return .alreadyAnswered
        }
    }

    /// A reason of `kind` with typical data (names and titles of the kind the sample holds).
    public static func example(of kind: Kind) -> Self {
        let jonas = PersonName.known("Jonas Kazlauskas"), t = ClockTime(12), u = ClockTime(13)
        switch kind {
        case .noIdeaWithThatId: return .noIdeaWithThatId
        case .noTeamWithThatId: return .noTeamWithThatId
        case .noRecord: return .noRecord(.workshopSession, id: "session-09")
        case .notPermitted: return .notPermitted(PermissionDenial(.facilitatorsMoveIdeas, who: "Jonas Kazlauskas"))
        case .unknownActor: return .unknownActor("person-0999")
        case .textTooLong: return .textTooLong(limit: TextLimit.characters)
        case .gate: return .gate(.notDiscussed)
        case .placement: return .placement(.venueClosed(venue: "Kiemo scena", opens: ClockTime(14), closes: ClockTime(20)))
        case .slotBreaks: return .slotBreaks(idea: "Žalias kiemas", start: t, .tooLate(latest: u))
        case .step: return .step(RuleViolation(.scheduleAt(idea: "Žalias kiemas", venue: "Kiemo scena", start: t),
                                               reasons: [.placement(.tooSmall(venue: "Kiemo scena", holds: 20, expects: 40))]))
        case .wouldNotLoad: return .wouldNotLoad(["ideas[3].stage"])
        case .notAboutALimit: return .notAboutALimit
        case .reasonNeededBack: return .reasonNeededBack
        case .reasonNeededAside: return .reasonNeededAside
        case .reasonNeededReopen: return .reasonNeededReopen
        case .setAsideReopenInstead: return .setAsideReopenInstead(.parked)
        case .atFirstStage: return .atFirstStage(.shared)
        case .scheduledMoveBackFirst: return .scheduledMoveBackFirst(SlotPlace(venue: "Kiemo scena", start: t, end: u))
        case .alreadyDelivered: return .alreadyDelivered
        case .alreadyParked: return .alreadyParked
        case .alreadyWithdrawn: return .alreadyWithdrawn
        case .notSetAside: return .notSetAside(.team)
        case .notReadyForGrid: return .notReadyForGrid(.mentored)
        case .setAsideBringToReady: return .setAsideBringToReady(.withdrawn)
        case .noPlan: return .noPlan
        case .notOnGrid: return .notOnGrid
        case .venueMissing: return .venueMissing(id: "venue-09")
        case .lengthRange: return .lengthRange(grid: 15)
        case .minutesOffGrid: return .minutesOffGrid(minutes: 50, grid: 15)
        case .nameEmpty: return .nameEmpty
        case .titleEmpty: return .titleEmpty
        case .idTaken: return .idTaken(id: "person-0002", by: "Jonas Kazlauskas")
        case .idTakenByTrack: return .idTakenByTrack(id: "track-1", by: "Pavasario programa")
        case .mentorCapacityRange: return .mentorCapacityRange(101)
        case .authorUnknown: return .authorUnknown("person-0999")
        case .needsSector: return .needsSector
        case .sectorTwice: return .sectorTwice
        case .unknownDistrict: return .unknownDistrict("Atlantida")
        case .fundingBelowZero: return .fundingBelowZero
        case .scheduledChangeOnGrid: return .scheduledChangeOnGrid
        case .durationRange: return .durationRange(minutes: 2000)
        case .audienceBelowZero: return .audienceBelowZero
        case .notDistricts: return .notDistricts(["Atlantida", "Utopija"])
        case .districtTwice: return .districtTwice
        case .earliestNotBeforeLatest: return .earliestNotBeforeLatest(earliest: u, latest: t)
        case .doesNotFitWindow: return .doesNotFitWindow(minutes: 90, earliest: t, latest: u)
        case .placeEmpty: return .placeEmpty
        case .hostUnknown: return .hostUnknown("person-0999")
        case .alreadyRecorded: return .alreadyRecorded
        case .trackNeedsStage: return .trackNeedsStage
        case .stageNeedsIdAndName: return .stageNeedsIdAndName
        case .stageIdTwice: return .stageIdTwice
        case .trackHasNoStage: return .trackHasNoStage(track: "Pavasario programa", stage: "šokis")
        case .notEnrolledEnrollIn: return .notEnrolledEnrollIn(track: "Pavasario programa")
        case .enrolledElsewhere: return .enrolledElsewhere(track: "Pavasario programa")
        case .amountNotPositive: return .amountNotPositive(-5)
        case .pledgeEmpty: return .pledgeEmpty
        case .capacityBelowZero: return .capacityBelowZero
        case .opensAfterCloses: return .opensAfterCloses(opens: u, closes: t)
        case .targetBelowOne: return .targetBelowOne
        case .dayEndsBeforeStart: return .dayEndsBeforeStart(start: u, end: t)
        case .gridChoice: return .gridChoice(7)
        case .changeoverRange: return .changeoverRange
        case .travelRange: return .travelRange
        case .mentorsPerTeamBelowOne: return .mentorsPerTeamBelowOne
        case .teamHasMoreMentors: return .teamHasMoreMentors(count: 3, max: 2)
        case .alreadyHasTeam: return .alreadyHasTeam(lead: jonas)
        case .ideaIn: return .ideaIn(.withdrawn)
        case .alreadyLeadsTeam: return .alreadyLeadsTeam(jonas)
        case .alreadyLeadsIt: return .alreadyLeadsIt(jonas)
        case .alreadyMember: return .alreadyMember(jonas)
        case .mentorCannotBeMember: return .mentorCannotBeMember(jonas)
        case .memberRoleMissing: return .memberRoleMissing
        case .leadStays: return .leadStays(jonas)
        case .notAMember: return .notAMember(.unknown(id: "person-0999"))
        case .roleNoTitle: return .roleNoTitle
        case .noOpenRoleWithThatId: return .noOpenRoleWithThatId
        case .alreadyMentors: return .alreadyMentors(jonas)
        case .mentorAtCapacity: return .mentorAtCapacity(jonas, load: 2, capacity: 2)
        case .notAMentor: return .notAMentor(jonas)
        case .teamMentorLimit: return .teamMentorLimit(3)
        case .memberCannotMentor: return .memberCannotMentor(jonas)
        case .doesNotMentor: return .doesNotMentor(jonas)
        case .alreadyEnrolled: return .alreadyEnrolled
        case .mentorCannotLead: return .mentorCannotLead(jonas)
        case .leadRoleIsLead: return .leadRoleIsLead(jonas)
        case .newRoleMissing: return .newRoleMissing
        case .noOpenRole: return .noOpenRole(id: "role-99")
        case .alreadyInTeam: return .alreadyInTeam(jonas)
        case .mentorsThisTeam: return .mentorsThisTeam(jonas)
        case .invitationPending: return .invitationPending(jonas)
        case .noInvitationWithThatId: return .noInvitationWithThatId
        case .alreadyAnswered: return .alreadyAnswered(.declined)
        }
    }
}
