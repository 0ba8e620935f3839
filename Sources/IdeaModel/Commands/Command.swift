/// Every change the platform can make to a database, as a value. Apply one with
/// `Database.apply(_:context:)`: it is checked against every rule first, and the database
/// changes only when all of them hold. Each applied command appends one `LogEntry`.
public enum Command: Equatable, Sendable {
    // MARK: People and ideas

    /// A new person. A blank id gets the next "person-NNNN". The actor may be the person
    /// being added, so the first facilitator can register in an empty database.
    case addPerson(Person)
    /// A new idea in stage shared, with the next "idea-NNNN" id.
    case addIdea(IdeaDraft)
    /// New text, sectors, district, tags or funding need for an idea.
    case editIdea(ideaId: String, IdeaDraft)
    /// How the idea will run at the festival. Refused once the idea is scheduled.
    case setPlan(ideaId: String, InterventionPlan)

    // MARK: The pipeline

    /// One stage forward, when every condition of its gate is met (see `Gates`).
    /// Ready ideas move on only through `schedule`.
    case moveForward(ideaId: String)
    /// One stage back, with a reason. Moving a scheduled idea back removes its slot.
    case moveBack(ideaId: String, reason: String)
    /// Set aside from an active stage (shared…ready), with a reason.
    case park(ideaId: String, reason: String)
    /// Given up, from an active stage or from parked, with a reason.
    case withdraw(ideaId: String, reason: String)
    /// Back to the stage the idea was in before it was parked or withdrawn.
    case reopen(ideaId: String, reason: String)
    /// Places a ready idea on the festival grid and moves it to scheduled; for an idea
    /// already scheduled, moves its slot. The slot lasts as long as the plan says.
    case schedule(ideaId: String, venueId: String, start: ClockTime, pinned: Bool = false)
    /// How long a scheduled intervention lasts: its plan and its slot change together, by
    /// the same rules as placing it (the start stays).
    case setLength(ideaId: String, minutes: Int)
    /// The auto-scheduler's result in one step: with `reflow`, the unpinned slots are
    /// taken off first; then every placement is made by the same rules as `schedule`.
    case autoSchedule(placements: [AutoScheduler.Placement], reflow: Bool)

    // MARK: Teams

    /// A team for an idea, with its lead; the next "team-NNNN" id.
    case createTeam(ideaId: String, leadId: String)
    case addMember(teamId: String, personId: String, role: String)
    case removeMember(teamId: String, personId: String)
    /// A place in the team waiting for the right person; the next "role-NN" id in the team.
    case addOpenRole(teamId: String, title: String, skills: [String] = [], sectors: [Sector] = [])
    case removeOpenRole(teamId: String, roleId: String)
    /// Within the mentor's capacity and the festival's limit of mentors per team.
    case assignMentor(teamId: String, mentorId: String)
    /// A mentor letting a team go says why (kept in the log); others may leave it empty.
    case removeMentor(teamId: String, mentorId: String, reason: String = "")
    case enrollTeam(teamId: String, trackId: String)
    /// Makes a member (or a person not yet in the team) its lead; the old lead stays as a member.
    case setLead(teamId: String, personId: String)
    case setMemberRole(teamId: String, personId: String, role: String)
    /// Asks a person to take an open role; the next "inv-NN" id in the team.
    case invite(teamId: String, roleId: String, personId: String)
    /// Accepting makes the person a member in the role and closes the role; declining keeps it open.
    case answerInvitation(teamId: String, invitationId: String, accept: Bool)

    // MARK: Forums and workshops

    /// An Art of Hosting forum; the next "forum-NN" id.
    case createForum(title: String, day: Day, place: String, hostIds: [String] = [])
    case recordDiscussion(forumId: String, ideaId: String, outcome: String)
    /// A workshop track; a blank id gets the next "track-NN".
    case addWorkshopTrack(WorkshopTrack)
    /// A workshop for one stage of a track; the next "session-NN" id.
    case addWorkshopSession(trackId: String, stageId: String, day: Day, place: String)
    /// A team attended a workshop; the team must be enrolled in the workshop's track.
    case recordAttendance(sessionId: String, teamId: String)

    // MARK: Sponsors and venues

    /// The next "sponsor-NN" id.
    case addSponsor(name: String, kind: SponsorKind)
    /// Money in whole euros, help in kind, or both; the next "pledge-NNNN" id.
    case addPledge(sponsorId: String, ideaId: String, amount: Int?, inKind: String?)
    /// A blank id gets the next "venue-NN".
    case addVenue(Venue)
    /// A venue's details; refused while a slot there would break a rule afterwards.
    case editVenue(Venue)
    /// The festival's date, title, target, day and grid, and its limits.
    case setFestival(FestivalSettings)
}

/// The fields of an idea a person writes: what `addIdea` creates and `editIdea` changes.
public struct IdeaDraft: Equatable, Sendable {
    public var title: String
    public var summary: String
    public var problem: String
    public var impact: String
    public var authorId: String
    public var sectors: [Sector]
    public var district: String
    public var tags: [String]
    /// Money the idea needs, in whole euros.
    public var fundingNeed: Int?

    public init(title: String, summary: String = "", problem: String = "", impact: String = "",
                authorId: String, sectors: [Sector], district: String, tags: [String] = [],
                fundingNeed: Int? = nil) {
        self.title = title
        self.summary = summary
        self.problem = problem
        self.impact = impact
        self.authorId = authorId
        self.sectors = sectors
        self.district = district
        self.tags = tags
        self.fundingNeed = fundingNeed
    }

    /// The draft of an existing idea, to edit and send back with `editIdea`.
    public init(_ idea: Idea) {
        self.init(title: idea.title, summary: idea.summary, problem: idea.problem, impact: idea.impact,
                  authorId: idea.authorId, sectors: idea.sectors, district: idea.district,
                  tags: idea.tags, fundingNeed: idea.fundingNeed)
    }
}

/// A command applied to a copy of a database: the new database and the entry it logged.
public struct Applied: Equatable, Sendable {
    public var database: Database
    public var entry: LogEntry

    public init(database: Database, entry: LogEntry) {
        self.database = database
        self.entry = entry
    }
}
