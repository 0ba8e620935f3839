/// Forming teams: leads, members, open roles, mentors and workshop tracks.
extension CommandHandlers {
    static func createTeam(_ ideaId: String, _ leadId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: .formTeam)
        let idea = db.ideas[i]
        var refusal = CommandRefusal(.formTeam(idea: idea.title))
        _ = find(leadId, in: db.people, .person, &refusal)
        if let team = db.teams.first(where: { $0.ideaId == idea.id }) {
            refusal.add(.alreadyHasTeam(lead: CommandWords.person(team.leadId, in: db)))
        }
        if idea.stage == .withdrawn || idea.stage == .delivered {
            refusal.add(.ideaIn(idea.stage))
        }
        try refusal.check()

        let id = CommandIDs.next("team-", width: 4, in: db.teams.lazy.map(\.id))
        db.teams.append(Team(id: id, ideaId: idea.id, leadId: leadId))
        return CommandChange(kind: "team", ideaId: idea.id,
                             done: .formedTeam(idea: idea.title, lead: CommandWords.person(leadId, in: db)))
    }

    static func addMember(_ teamId: String, _ personId: String, _ role: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .addMember)
        let team = db.teams[t]
        let who = CommandWords.person(personId, in: db)
        var refusal = CommandRefusal(.addMember(who, team: CommandWords.title(team.ideaId, in: db)))
        _ = find(personId, in: db.people, .person, &refusal)
        if team.leadId == personId {
            refusal.add(.alreadyLeadsTeam(who))
        } else if team.members.contains(where: { $0.personId == personId }) {
            refusal.add(.alreadyMember(who))
        }
        refusal.require(!team.mentorIds.contains(personId), .mentorCannotBeMember(who))
        refusal.require(!CommandWords.isBlank(role), .memberRoleMissing)
        try refusal.check()

        let role = CommandWords.trimmed(role)
        db.teams[t].members.append(Member(personId: personId, role: role))
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .addedMember(who, team: CommandWords.title(team.ideaId, in: db), role: role))
    }

    static func removeMember(_ teamId: String, _ personId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .removeMember)
        let team = db.teams[t]
        let who = CommandWords.person(personId, in: db)
        guard let m = team.members.firstIndex(where: { $0.personId == personId }) else {
            throw RuleViolation(.removeMember(who, team: CommandWords.title(team.ideaId, in: db)),
                                reasons: [team.leadId == personId ? .leadStays(who) : .notAMember(who)])
        }
        let role = team.members[m].role
        db.teams[t].members.remove(at: m)
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .removedMember(who, role: role, team: CommandWords.title(team.ideaId, in: db)))
    }

    static func addOpenRole(_ teamId: String, _ title: String, _ skills: [String], _ sectors: [Sector],
                            _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .openRole)
        let team = db.teams[t]
        var refusal = CommandRefusal(.openRole(team: CommandWords.title(team.ideaId, in: db)))
        refusal.require(!CommandWords.isBlank(title), .roleNoTitle)
        refusal.require(Set(sectors).count == sectors.count, .sectorTwice)
        try refusal.check()

        let id = CommandIDs.next("role-", width: 2, in: team.openRoles.lazy.map(\.id))
        let title = CommandWords.trimmed(title)
        db.teams[t].openRoles.append(OpenRole(id: id, title: title, skills: skills, sectors: sectors))
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .openedRole(title: title, team: CommandWords.title(team.ideaId, in: db)))
    }

    static func removeOpenRole(_ teamId: String, _ roleId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .closeRole)
        let team = db.teams[t]
        guard let r = team.openRoles.firstIndex(where: { $0.id == roleId }) else {
            throw RuleViolation(.closeRole(id: roleId, team: CommandWords.title(team.ideaId, in: db)), reasons: [.noOpenRoleWithThatId])
        }
        let title = team.openRoles[r].title
        db.teams[t].openRoles.remove(at: r)
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .closedRole(title: title, team: CommandWords.title(team.ideaId, in: db)))
    }

    static func assignMentor(_ teamId: String, _ mentorId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .assignMentor)
        let team = db.teams[t]
        let who = CommandWords.person(mentorId, in: db)
        var refusal = CommandRefusal(.assignMentor(who, team: CommandWords.title(team.ideaId, in: db)))
        let load = Gates.mentorLoad(mentorId, in: db)
        if let p = find(mentorId, in: db.people, .person, &refusal) {
            if let profile = db.people[p].mentor {
                if team.mentorIds.contains(mentorId) {
                    refusal.add(.alreadyMentors(who))
                } else if load >= profile.capacity {
                    refusal.add(.mentorAtCapacity(who, load: load, capacity: profile.capacity))
                }
            } else {
                refusal.add(.notAMentor(who))
            }
        }
        let most = db.festival.maxMentorsPerTeam
        if !team.mentorIds.contains(mentorId) && team.mentorIds.count >= most {
            refusal.add(.teamMentorLimit(team.mentorIds.count))
        }
        if team.personIds.contains(mentorId) {
            refusal.add(.memberCannotMentor(who))
        }
        try refusal.check()

        db.teams[t].mentorIds.append(mentorId)
        let capacity = db.people.first { $0.id == mentorId }?.mentor?.capacity ?? 0
        return CommandChange(kind: "mentor", ideaId: team.ideaId,
                             done: .mentorTook(who, team: CommandWords.title(team.ideaId, in: db), load: load + 1, capacity: capacity))
    }

    static func removeMentor(_ teamId: String, _ mentorId: String, _ reason: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .removeMentor)
        let team = db.teams[t]
        let who = CommandWords.person(mentorId, in: db)
        guard let m = team.mentorIds.firstIndex(of: mentorId) else {
            throw RuleViolation(.removeMentor(who, team: CommandWords.title(team.ideaId, in: db)), reasons: [.doesNotMentor(who)])
        }
        db.teams[t].mentorIds.remove(at: m)
        let why = CommandWords.trimmed(reason)
        return CommandChange(kind: "mentor", ideaId: team.ideaId, done: .mentorLeft(who, team: CommandWords.title(team.ideaId, in: db)),
                             reason: why.isEmpty ? nil : why)
    }

    static func enrollTeam(_ teamId: String, _ trackId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: .enroll)
        let team = db.teams[t]
        let teamTitle = CommandWords.title(team.ideaId, in: db)
        var refusal = CommandRefusal(.enroll(team: teamTitle))
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            throw refusal.failing(with: .noRecord(.workshopTrack, id: trackId))
        }
        refusal.attempt = .enrollIn(team: teamTitle, track: track.name)
        refusal.require(team.trackId != trackId, .alreadyEnrolled)
        try refusal.check()

        let was = team.trackId.flatMap { old in db.tracks.first { $0.id == old }?.name }
        db.teams[t].trackId = trackId
        return CommandChange(kind: "team", ideaId: team.ideaId, done: .enrolled(team: teamTitle, track: track.name, was: was))
    }
}
