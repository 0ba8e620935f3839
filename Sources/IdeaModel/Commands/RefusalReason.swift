extension RuleViolation {
    /// One rule a refused command broke, with its data. People and records appear by
    /// name (titles, venue names), text the user gave as given, times and counts as
    /// numbers, so every language can say it its own way.
    public indirect enum Reason: Equatable, Sendable {
        // Records that are not there, and who may do what.
        case noIdeaWithThatId
        case noTeamWithThatId
        case noRecord(RecordKind, id: String)
        /// The person acting may not make this change, and why.
        case notPermitted(PermissionDenial)
        /// The actor's id names nobody in the database.
        case unknownActor(String)
        /// A text longer than `TextLimit.characters`.
        case textTooLong(limit: Int)
        /// A condition of a stage's gate that is not met.
        case gate(GateCondition)
        /// A placement rule the intervention would break.
        case placement(PlacementProblem)
        /// A scheduled intervention (by its idea's title and start) that would break a rule.
        case slotBreaks(idea: String, start: ClockTime, PlacementProblem)
        /// One step of a change made of several was refused.
        case step(RuleViolation)
        /// The change would leave records that do not load; the loader's own words.
        case wouldNotLoad([String])
        case notAboutALimit

        // The pipeline.
        case reasonNeededBack
        case reasonNeededAside
        case reasonNeededReopen
        /// Parked or withdrawn: reopened, not moved back.
        case setAsideReopenInstead(Stage)
        case atFirstStage(Stage)
        /// Scheduled (at this place, when it has a slot): moved back to ready first.
        case scheduledMoveBackFirst(SlotPlace?)
        case alreadyDelivered
        case alreadyParked
        case alreadyWithdrawn
        case notSetAside(Stage)
        case notReadyForGrid(Stage)
        case setAsideBringToReady(Stage)
        case noPlan
        case notOnGrid
        case venueMissing(id: String)
        case lengthRange(grid: Int)
        case minutesOffGrid(minutes: Int, grid: Int)

        // Records.
        case nameEmpty
        case titleEmpty
        /// The id is taken by a person or a venue, by its name.
        case idTaken(id: String, by: String)
        /// The id is taken by a workshop track, by its name.
        case idTakenByTrack(id: String, by: String)
        case mentorCapacityRange(Int)
        case authorUnknown(String)
        case needsSector
        case sectorTwice
        case unknownDistrict(String)
        case fundingBelowZero
        case scheduledChangeOnGrid
        case durationRange(minutes: Int)
        case audienceBelowZero
        case notDistricts([String])
        case districtTwice
        case earliestNotBeforeLatest(earliest: ClockTime, latest: ClockTime)
        case doesNotFitWindow(minutes: Int, earliest: ClockTime, latest: ClockTime)
        case placeEmpty
        case hostUnknown(String)
        case alreadyRecorded
        case trackNeedsStage
        case stageNeedsIdAndName
        case stageIdTwice
        case trackHasNoStage(track: String, stage: String)
        case notEnrolledEnrollIn(track: String)
        case enrolledElsewhere(track: String)
        case amountNotPositive(Int)
        case pledgeEmpty
        case capacityBelowZero
        case opensAfterCloses(opens: ClockTime, closes: ClockTime)
        case targetBelowOne
        case dayEndsBeforeStart(start: ClockTime, end: ClockTime)
        case gridChoice(Int)
        case changeoverRange
        case travelRange
        case mentorsPerTeamBelowOne
        case teamHasMoreMentors(count: Int, max: Int)

        // Teams and recruitment.
        case alreadyHasTeam(lead: PersonName)
        case ideaIn(Stage)
        case alreadyLeadsTeam(PersonName)
        case alreadyLeadsIt(PersonName)
        case alreadyMember(PersonName)
        case mentorCannotBeMember(PersonName)
        case memberRoleMissing
        case leadStays(PersonName)
        case notAMember(PersonName)
        case roleNoTitle
        case noOpenRoleWithThatId
        case alreadyMentors(PersonName)
        case mentorAtCapacity(PersonName, load: Int, capacity: Int)
        case notAMentor(PersonName)
        case teamMentorLimit(Int)
        case memberCannotMentor(PersonName)
        case doesNotMentor(PersonName)
        case alreadyEnrolled
        case mentorCannotLead(PersonName)
        case leadRoleIsLead(PersonName)
        case newRoleMissing
        case noOpenRole(id: String)
        case alreadyInTeam(PersonName)
        case mentorsThisTeam(PersonName)
        case invitationPending(PersonName)
        case noInvitationWithThatId
        case alreadyAnswered(InvitationStatus)
    }

    /// The kinds of record a refusal can find missing by id.
    public enum RecordKind: String, CaseIterable, Equatable, Sendable {
        case person, idea, team, forum, workshopSession, workshopTrack, sponsor, venue
    }
}
