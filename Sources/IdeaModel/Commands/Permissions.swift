/// Who may make which change. Facilitators steer the whole pipeline and may do anything;
/// everyone else may work on what is theirs: authors on their ideas, team leads on their
/// teams, mentors on their own mentoring. Checked by `Database.apply` before any rule.
public enum Permissions {
    /// Why `actor` may not make `command` (only facilitators move ideas between stages,
    /// and Jonas Kazlauskas is not one); nil when they may.
    public static func refusal(_ command: Command, by actor: Person, in db: Database) -> PermissionDenial? {
        if actor.has(.facilitator) { return nil }
        func deny(_ rule: PermissionDenial.Rule) -> PermissionDenial { PermissionDenial(rule, who: actor.name) }
        func ownsIdea(_ ideaId: String) -> Bool {
            db.ideas.first { $0.id == ideaId }?.authorId == actor.id
                || db.teams.contains { $0.ideaId == ideaId && $0.leadId == actor.id }
        }
        func leads(_ teamId: String) -> Bool { db.teams.first { $0.id == teamId }?.leadId == actor.id }

        switch command {
        case .addPerson(let person):
            return person.id == actor.id ? nil : deny(.facilitatorsAddPeople)
        case .addIdea(let draft):
            return draft.authorId == actor.id ? nil : deny(.ownIdeasOnly)
        case .editIdea(let ideaId, _), .setPlan(let ideaId, _):
            return ownsIdea(ideaId) ? nil : deny(.authorOrLeadEditIdea)
        case .moveForward, .moveBack, .park, .withdraw, .reopen:
            return deny(.facilitatorsMoveIdeas)
        case .schedule, .autoSchedule, .setLength:
            return deny(.facilitatorsSchedule)
        case .createTeam(let ideaId, _):
            return ownsIdea(ideaId) ? nil : deny(.authorOrLeadCreateTeam)
        case .addMember(let teamId, _, _), .removeMember(let teamId, _), .addOpenRole(let teamId, _, _, _),
             .removeOpenRole(let teamId, _), .enrollTeam(let teamId, _), .setLead(let teamId, _),
             .setMemberRole(let teamId, _, _), .invite(let teamId, _, _):
            return leads(teamId) ? nil : deny(.leadChangesTeam)
        case .answerInvitation(let teamId, let invitationId, _):
            let invited = db.teams.first { $0.id == teamId }?.invitations.first { $0.id == invitationId }?.personId
            return invited == actor.id || leads(teamId) ? nil : deny(.answerInvitation)
        case .assignMentor(_, let mentorId), .removeMentor(_, let mentorId, _):
            return mentorId == actor.id && actor.mentor != nil ? nil : deny(.ownMentoring)
        case .createForum, .recordDiscussion:
            return deny(.facilitatorsRunForums)
        case .addWorkshopTrack, .addWorkshopSession, .recordAttendance:
            return deny(.facilitatorsRunWorkshops)
        case .addSponsor, .addPledge:
            return deny(.facilitatorsRecordSponsors)
        case .addVenue, .editVenue:
            return deny(.facilitatorsChangeVenues)
        case .setFestival:
            return deny(.facilitatorsChangeFestival)
        }
    }
}

/// Why a person may not make a change: the rule, and who they are (by name).
public struct PermissionDenial: Equatable, Sendable {
    /// Who may make the change, and what the person acting is not.
    public enum Rule: String, CaseIterable, Equatable, Sendable {
        /// Only facilitators do this, and the person is not one.
        case facilitatorsAddPeople, facilitatorsMoveIdeas, facilitatorsSchedule, facilitatorsRunForums,
             facilitatorsRunWorkshops, facilitatorsRecordSponsors, facilitatorsChangeVenues, facilitatorsChangeFestival
        /// Only facilitators, the idea's author and its team lead; the person is none of them.
        case authorOrLeadEditIdea, authorOrLeadCreateTeam
        /// Only facilitators and the team's lead; the person does not lead it.
        case leadChangesTeam
        /// Only facilitators add ideas in someone else's name.
        case ownIdeasOnly
        /// Only the person invited, the team's lead or a facilitator.
        case answerInvitation
        /// Only facilitators assign other mentors; a mentor takes teams on for themselves.
        case ownMentoring
    }

    public var rule: Rule
    /// The person acting, by name.
    public var who: String

    public init(_ rule: Rule, who: String) {
        self.rule = rule
        self.who = who
    }
}
