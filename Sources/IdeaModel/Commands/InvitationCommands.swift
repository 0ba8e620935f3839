/// Recruitment: inviting people to open roles, their answers, and the lead and roles of
/// the people in a team.
extension CommandHandlers {
    static func setLead(_ teamId: String, _ personId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .changeLead)
        let team = db.teams[t]
        let name = CommandWords.personName(personId, in: db)
        let who = CommandWords.person(personId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
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
                             summary: "made \(name) the lead of \(label) (\(CommandWords.personName(old, in: db)) stays as a member)")
    }

    static func setMemberRole(_ teamId: String, _ personId: String, _ role: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .changeRole)
        let team = db.teams[t]
        let name = CommandWords.personName(personId, in: db)
        let who = CommandWords.person(personId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
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
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: "changed the role of \(name) in \(label) from \(before) to \(role)")
    }

    static func invite(_ teamId: String, _ roleId: String, _ personId: String, _ db: inout Database,
                       _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .invite)
        let team = db.teams[t]
        let name = CommandWords.personName(personId, in: db)
        let who = CommandWords.person(personId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
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
                             summary: "invited \(name) to \(label) as \(CommandWords.quoted(role.title))")
    }

    static func answerInvitation(_ teamId: String, _ invitationId: String, _ accept: Bool, _ db: inout Database,
                                 _ ctx: CommandContext) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .answerInvitation)
        let team = db.teams[t]
        let label = CommandWords.teamLabel(team, in: db)
        let teamTitle = CommandWords.title(team.ideaId, in: db)
        guard let i = team.invitations.firstIndex(where: { $0.id == invitationId }) else {
            throw RuleViolation(.answerInvitation(id: invitationId, team: teamTitle), reasons: [.noInvitationWithThatId])
        }
        let invitation = team.invitations[i]
        let name = CommandWords.personName(invitation.personId, in: db)
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
        let role = CommandWords.quoted(invitation.roleTitle)
        guard accept else {
            return CommandChange(kind: "invitation", ideaId: team.ideaId, summary: "\(name) declined the role \(role) in \(label)")
        }
        db.teams[t].members.append(Member(personId: invitation.personId, role: invitation.roleTitle))
        db.teams[t].openRoles.removeAll { $0.id == invitation.roleId }
        // Others invited to the same role wait no longer: the role is filled.
        for k in db.teams[t].invitations.indices where db.teams[t].invitations[k].roleId == invitation.roleId
            && db.teams[t].invitations[k].status == .pending {
            db.teams[t].invitations[k].status = .closed
            db.teams[t].invitations[k].answeredAt = ctx.now
        }
        return CommandChange(kind: "invitation", ideaId: team.ideaId, summary: "\(name) accepted the role \(role) in \(label)")
    }
}
