extension RuleViolation {
    /// What a refused command tried to do, with the names it concerns: an idea by its
    /// title, a team by its idea's title, a person by name.
    public enum Attempt: Equatable, Sendable {
        // Looking records up: the id given names no idea or team.
        case unknownIdea(IdeaTask, id: String)
        case unknownTeam(TeamTask, id: String)

        // Any change.
        /// A change that breaks a rule not tied to one record (who made it; too long a text).
        case makeChange
        /// The person acting may not make it.
        case notPermitted
        /// The change would leave the festival schedule breaking its placement rules.
        case breakSchedule
        /// A batch with no commands, or a step that changes nothing.
        case nothingToChange
        /// Making room for a change that hit a limit.
        case makeRoom
        /// Undoing or redoing a change: what it did.
        case undo([ChangeSummary])
        case redo([ChangeSummary])

        // The pipeline.
        case moveForward(idea: String)
        case moveTo(idea: String, Stage)
        case moveBack(idea: String)
        case park(idea: String)
        case withdraw(idea: String)
        case reopen(idea: String)
        case schedule(idea: String)
        case scheduleAt(idea: String, venue: String, start: ClockTime)
        case autoSchedule
        case setLength(idea: String, minutes: Int)

        // Records.
        /// Adding a person; nil when the name is blank.
        case addPerson(String?)
        case shareIdea(String)
        case editIdea(String)
        case setPlan(idea: String)
        case createForum(String)
        case recordDiscussion
        case recordDiscussionOf(idea: String, forum: String)
        case addTrack(String)
        case planWorkshop
        case recordAttendance
        case recordAttendanceOf(team: String, stage: String, day: Day)
        case addSponsor
        case recordPledge
        case recordPledgeOf(sponsor: String, idea: String)
        case addVenue(String)
        /// Changing a venue; nil when the venue is not found.
        case changeVenue(String?)
        case changeFestival

        // Teams (a team by its idea's title).
        case formTeam(idea: String)
        case addMember(PersonName, team: String)
        case removeMember(PersonName, team: String)
        case openRole(team: String)
        case closeRole(id: String, team: String)
        case assignMentor(PersonName, team: String)
        case removeMentor(PersonName, team: String)
        case enroll(team: String)
        case enrollIn(team: String, track: String)
        case makeLead(PersonName, team: String)
        case changeRole(PersonName, team: String)
        case invite(PersonName, team: String)
        case answerInvitation(id: String, team: String)
        case answerInvitationOf(PersonName, team: String)
    }

    /// What a command does to an idea, for a refusal about an idea id that is not there.
    public enum IdeaTask: String, CaseIterable, Equatable, Sendable {
        case move, moveBack, park, withdraw, reopen, schedule, edit, plan, setLength, formTeam
    }

    /// What a command does to a team, for a refusal about a team id that is not there.
    public enum TeamTask: String, CaseIterable, Equatable, Sendable {
        case addMember, removeMember, openRole, closeRole, assignMentor, removeMentor, enroll,
             changeLead, changeRole, invite, answerInvitation
    }
}
