/// Who may make which change. Facilitators steer the whole pipeline and may do anything;
/// everyone else may work on what is theirs: authors on their ideas, team leads on their
/// teams, mentors on their own mentoring. Checked by `Database.apply` before any rule.
public enum Permissions {
    /// Why `actor` may not make `command`, in words ("only facilitators move ideas between
    /// stages; Jonas Kazlauskas is not a facilitator"); nil when they may.
    public static func refusal(_ command: Command, by actor: Person, in db: Database) -> String? {
        if actor.has(.facilitator) { return nil }
        let who = actor.name
        func onlyFacilitators(_ what: String) -> String { "only facilitators \(what); \(who) is not a facilitator" }
        func ownsIdea(_ ideaId: String) -> Bool {
            db.ideas.first { $0.id == ideaId }?.authorId == actor.id
                || db.teams.contains { $0.ideaId == ideaId && $0.leadId == actor.id }
        }
        func leads(_ teamId: String) -> Bool { db.teams.first { $0.id == teamId }?.leadId == actor.id }
        func ownIdeaOrTeam(_ ideaId: String, _ what: String) -> String? {
            ownsIdea(ideaId) ? nil : "only facilitators, the idea's author and its team lead \(what); \(who) is none of them"
        }
        func lead(_ teamId: String, _ what: String) -> String? {
            leads(teamId) ? nil : "only facilitators and the team's lead \(what); \(who) does not lead this team"
        }

        switch command {
        case .addPerson(let person):
            return person.id == actor.id ? nil : onlyFacilitators("add people")
        case .addIdea(let draft):
            return draft.authorId == actor.id ? nil : "only facilitators add ideas in someone else's name; \(who) may add ideas of their own"
        case .editIdea(let ideaId, _), .setPlan(let ideaId, _):
            return ownIdeaOrTeam(ideaId, "edit an idea")
        case .moveForward, .moveBack, .park, .withdraw, .reopen:
            return onlyFacilitators("move ideas between stages")
        case .schedule, .autoSchedule, .setLength:
            return onlyFacilitators("schedule the festival")
        case .createTeam(let ideaId, _):
            return ownIdeaOrTeam(ideaId, "create its team")
        case .addMember(let teamId, _, _), .removeMember(let teamId, _), .addOpenRole(let teamId, _, _, _),
             .removeOpenRole(let teamId, _), .enrollTeam(let teamId, _), .setLead(let teamId, _),
             .setMemberRole(let teamId, _, _), .invite(let teamId, _, _):
            return lead(teamId, "change a team")
        case .answerInvitation(let teamId, let invitationId, _):
            let invited = db.teams.first { $0.id == teamId }?.invitations.first { $0.id == invitationId }?.personId
            return invited == actor.id || leads(teamId)
                ? nil : "only the person invited, the team's lead or a facilitator answer an invitation; \(who) is none of them"
        case .assignMentor(_, let mentorId), .removeMentor(_, let mentorId, _):
            return mentorId == actor.id && actor.mentor != nil
                ? nil : "only facilitators assign other mentors; \(who) may take a team on or let it go only as its mentor"
        case .createForum, .recordDiscussion:
            return onlyFacilitators("run forums")
        case .addWorkshopTrack, .addWorkshopSession, .recordAttendance:
            return onlyFacilitators("run workshops")
        case .addSponsor, .addPledge:
            return onlyFacilitators("record sponsors and pledges")
        case .addVenue, .editVenue:
            return onlyFacilitators("add and change venues")
        case .setFestival:
            return onlyFacilitators("change the festival's settings")
        }
    }
}
