/// Every form the app has: what it is for and the records it is about.
public enum FormKind: Equatable, Sendable {
    case newIdea
    case editIdea(String)
    /// An idea's plan for the festival: duration, audience, features, districts, window.
    case plan(ideaId: String)
    /// A forum's outcome for an idea; either side may be fixed by the screen it came from.
    case discussion(forumId: String?, ideaId: String?)
    case newForum
    case createTeam(ideaId: String)
    case addMember(teamId: String)
    case removeMember(teamId: String)
    case openRole(teamId: String)
    case removeRole(teamId: String)
    case assignMentor(teamId: String)
    case removeMentor(teamId: String)
    case enroll(teamId: String)
    /// Someone for an open role: the candidates ranked, each with why.
    case invite(teamId: String, roleId: String)
    case setLead(teamId: String)
    case memberRole(teamId: String)
    /// A team at a workshop; from a team (choose the session) or a session (choose the team).
    case attendance(teamId: String?, sessionId: String?)
    case newSession
    case newSponsor
    case pledge(ideaId: String?)
    case newVenue
    case editVenue(String)
    case festival
}
