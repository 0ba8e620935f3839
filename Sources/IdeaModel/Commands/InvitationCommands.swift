/// Recruitment: inviting people to open roles, their answers, and the lead and roles of
/// the people in a team.
extension CommandHandlers {
    static func setLead(_ teamId: String, _ personId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .changeLead)
        let team = db.teams[t]
        let who = CommandWords.person(personId, in: db)
        var refusal = CommandRefusal(.makeLead(who, team: CommandWords.title(team.ideaId, in: db)))
        _ = find(personId, in: db.people, .person, &refusal)
        refusal.require(team.leadId != personId, .alreadyLeadsIt(who))
        refusal.require(!team.mentorIds.contains(personId), .mentorCannotLead(who))
        try refusal.check()

        let old = team.leadId
        db.teams[t].members.removeAll { $0.personId == personId }
        db.teams[t].members.insert(Member(personId: old, role: "member"), at: 0)
        db.teams[t].leadId = personId
        return CommandChange(kind: "team", ideaId: team.ideaId,
                             done: .madeLead(who, team: CommandWords.title(team.ideaId, in: db), was: CommandWords.person(old, in: db)))
    }

    static func setMemberRole(_ teamId: String, _ personId: String, _ role: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .changeRole)
        let team = db.teams[t]
        let who = CommandWords.person(personId, in: db)
        var refusal = CommandRefusal(.changeRole(who, team: CommandWords.title(team.ideaId, in: db)))
        let m = team.members.firstIndex { $0.personId == personId }
        if m == nil {
            refusal.add(team.leadId == personId ? .leadRoleIsLead(who) : .notAMember(who))
        }
        refusal.require(!CommandWords.isBlank(role), .newRoleMissing)
        try refusal.check()
        guard let m else { throw refusal.failing(with: .notAMember(who)) }

        let role = CommandWords.trimmed(role)
        let before = team.members[m].role
        db.teams[t].members[m].role = role
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .changedRole(who, team: CommandWords.title(team.ideaId, in: db), from: before, to: role))
    }

    static func invite(_ teamId: String, _ roleId: String, _ personId: String, _ db: inout Database,
                       _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .invite)
        let team = db.teams[t]
        let who = CommandWords.person(personId, in: db)
        var refusal = CommandRefusal(.invite(who, team: CommandWords.title(team.ideaId, in: db)))
        _ = find(personId, in: db.people, .person, &refusal)
        let role = team.openRoles.first { $0.id == roleId }
        if role == nil { refusal.add(.noOpenRole(id: roleId)) }
        refusal.require(!team.personIds.contains(personId), .alreadyInTeam(who))
        refusal.require(!team.mentorIds.contains(personId), .mentorsThisTeam(who))
        if team.invitations.contains(where: { $0.personId == personId && $0.status == .pending }) {
            refusal.add(.invitationPending(who))
        }
        try refusal.check()
        guard let role else { throw refusal.failing(with: .noOpenRoleWithThatId) }

        let id = CommandIDs.next("inv-", width: 2, in: team.invitations.lazy.map(\.id))
        db.teams[t].invitations.append(Invitation(id: id, roleId: role.id, roleTitle: role.title, personId: personId,
                                                  invitedBy: ctx.actor, at: ctx.now))
        return CommandChange(kind: "invitation", ideaId: team.ideaId,
                             done: .invited(who, team: CommandWords.title(team.ideaId, in: db), role: role.title))
    }

    static func answerInvitation(_ teamId: String, _ invitationId: String, _ accept: Bool, _ db: inout Database,
                                 _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .answerInvitation)
        let team = db.teams[t]
        let teamTitle = CommandWords.title(team.ideaId, in: db)
        guard let i = team.invitations.firstIndex(where: { $0.id == invitationId }) else {
            throw RuleViolation(.answerInvitation(id: invitationId, team: teamTitle), reasons: [.noInvitationWithThatId])
        }
        let invitation = team.invitations[i]
        let who = CommandWords.person(invitation.personId, in: db)
        var refusal = CommandRefusal(.answerInvitationOf(who, team: teamTitle))
        refusal.require(invitation.status == .pending, .alreadyAnswered(invitation.status))
        if accept {
            refusal.require(!team.personIds.contains(invitation.personId), .alreadyInTeam(who))
            refusal.require(!team.mentorIds.contains(invitation.personId), .mentorsThisTeam(who))
        }
        try refusal.check()

        db.teams[t].invitations[i].status = accept ? .accepted : .declined
        db.teams[t].invitations[i].answeredAt = ctx.now
        guard accept else {
            return CommandChange(kind: "invitation", ideaId: team.ideaId, done: .answered(who, accepted: false, role: invitation.roleTitle, team: teamTitle))
        }
        db.teams[t].members.append(Member(personId: invitation.personId, role: invitation.roleTitle))
        db.teams[t].openRoles.removeAll { $0.id == invitation.roleId }
        // Others invited to the same role wait no longer: the role is filled.
        for k in db.teams[t].invitations.indices where db.teams[t].invitations[k].roleId == invitation.roleId
            && db.teams[t].invitations[k].status == .pending {
            db.teams[t].invitations[k].status = .closed
            db.teams[t].invitations[k].answeredAt = ctx.now
        }
        return CommandChange(kind: "invitation", ideaId: team.ideaId, done: .answered(who, accepted: true, role: invitation.roleTitle, team: teamTitle))
    }
}
