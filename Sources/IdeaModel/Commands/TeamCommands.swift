/// Forming teams: leads, members, open roles, mentors and workshop tracks.
extension CommandHandlers {
    static func createTeam(_ ideaId: String, _ leadId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let i = try ideaIndex(ideaId, in: db, doing: "form a team for the idea")
        let idea = db.ideas[i]
        let title = CommandWords.quoted(idea.title)
        var refusal = CommandRefusal("Cannot form a team for \(title)")
        _ = find(leadId, in: db.people, "person", &refusal)
        if let team = db.teams.first(where: { $0.ideaId == idea.id }) {
            refusal.add("it already has a team, led by \(CommandWords.personName(team.leadId, in: db))")
        }
        if idea.stage == .withdrawn || idea.stage == .delivered {
            refusal.add("it is \(idea.stage.rawValue)")
        }
        try refusal.check()

        let id = CommandIDs.next("team-", width: 4, in: db.teams.lazy.map(\.id))
        db.teams.append(Team(id: id, ideaId: idea.id, leadId: leadId))
        return CommandChange(kind: "team", ideaId: idea.id,
                             summary: "formed a team for \(title), led by \(CommandWords.personName(leadId, in: db))")
    }

    static func addMember(_ teamId: String, _ personId: String, _ role: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "add a member to the team")
        let team = db.teams[t]
        let name = CommandWords.personName(personId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
        var refusal = CommandRefusal("Cannot add \(name) to \(label)")
        _ = find(personId, in: db.people, "person", &refusal)
        if team.leadId == personId {
            refusal.add("\(name) already leads the team")
        } else if team.members.contains(where: { $0.personId == personId }) {
            refusal.add("\(name) is already a member")
        }
        refusal.require(!team.mentorIds.contains(personId), "\(name) mentors this team; a mentor cannot also be a member")
        refusal.require(!CommandWords.isBlank(role), "the member's role in the team is not written down")
        try refusal.check()

        let role = CommandWords.trimmed(role)
        db.teams[t].members.append(Member(personId: personId, role: role))
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: "added \(name) to \(label) as \(role)")
    }

    static func removeMember(_ teamId: String, _ personId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "remove a member from the team")
        let team = db.teams[t]
        let name = CommandWords.personName(personId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
        guard let m = team.members.firstIndex(where: { $0.personId == personId }) else {
            let why = team.leadId == personId ? "\(name) leads the team, and a team keeps its lead" : "\(name) is not a member of the team"
            throw RuleViolation("Cannot remove \(name) from \(label)", reasons: [why])
        }
        let role = team.members[m].role
        db.teams[t].members.remove(at: m)
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: "removed \(name) (\(role)) from \(label)")
    }

    static func addOpenRole(_ teamId: String, _ title: String, _ skills: [String], _ sectors: [Sector],
                            _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "open a role in the team")
        let team = db.teams[t]
        let label = CommandWords.teamLabel(team, in: db)
        var refusal = CommandRefusal("Cannot open a role in \(label)")
        refusal.require(!CommandWords.isBlank(title), "the role has no title")
        refusal.require(Set(sectors).count == sectors.count, "a sector is listed twice")
        try refusal.check()

        let id = CommandIDs.next("role-", width: 2, in: team.openRoles.lazy.map(\.id))
        let title = CommandWords.trimmed(title)
        db.teams[t].openRoles.append(OpenRole(id: id, title: title, skills: skills, sectors: sectors))
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: "opened the role \(CommandWords.quoted(title)) in \(label)")
    }

    static func removeOpenRole(_ teamId: String, _ roleId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "close a role in the team")
        let team = db.teams[t]
        let label = CommandWords.teamLabel(team, in: db)
        guard let r = team.openRoles.firstIndex(where: { $0.id == roleId }) else {
            throw RuleViolation("Cannot close the role \(CommandWords.quoted(roleId)) in \(label)", reasons: ["the team has no open role with that id"])
        }
        let title = team.openRoles[r].title
        db.teams[t].openRoles.remove(at: r)
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: "closed the role \(CommandWords.quoted(title)) in \(label)")
    }

    static func assignMentor(_ teamId: String, _ mentorId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "assign a mentor to the team")
        let team = db.teams[t]
        let name = CommandWords.personName(mentorId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
        var refusal = CommandRefusal("Cannot assign \(name) to \(label)")
        let load = Gates.mentorLoad(mentorId, in: db)
        if let p = find(mentorId, in: db.people, "person", &refusal) {
            if let profile = db.people[p].mentor {
                if team.mentorIds.contains(mentorId) {
                    refusal.add("\(name) already mentors this team")
                } else if load >= profile.capacity {
                    refusal.add("\(name) mentors \(load) of \(CommandWords.count(profile.capacity, "team"))")
                }
            } else {
                refusal.add("\(name) is not a mentor (no mentor profile)")
            }
        }
        let most = db.festival.maxMentorsPerTeam
        if !team.mentorIds.contains(mentorId) && team.mentorIds.count >= most {
            refusal.add("the team already has \(CommandWords.count(team.mentorIds.count, "mentor")), the most one team may have")
        }
        if team.personIds.contains(mentorId) {
            refusal.add("\(name) is in the team; a member cannot also mentor it")
        }
        try refusal.check()

        db.teams[t].mentorIds.append(mentorId)
        let capacity = db.people.first { $0.id == mentorId }?.mentor?.capacity ?? 0
        return CommandChange(kind: "mentor", ideaId: team.ideaId,
                             summary: "\(name) now mentors \(label) (\(load + 1) of \(CommandWords.count(capacity, "team")))")
    }

    static func removeMentor(_ teamId: String, _ mentorId: String, _ reason: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "remove a mentor from the team")
        let team = db.teams[t]
        let name = CommandWords.personName(mentorId, in: db)
        let label = CommandWords.teamLabel(team, in: db)
        guard let m = team.mentorIds.firstIndex(of: mentorId) else {
            throw RuleViolation("Cannot remove \(name) from \(label)", reasons: ["\(name) does not mentor this team"])
        }
        db.teams[t].mentorIds.remove(at: m)
        let why = CommandWords.trimmed(reason)
        return CommandChange(kind: "mentor", ideaId: team.ideaId, summary: "\(name) no longer mentors \(label)",
                             reason: why.isEmpty ? nil : why)
    }

    static func enrollTeam(_ teamId: String, _ trackId: String, _ db: inout Database) throws(RuleViolation) -> CommandChange {
        let t = try teamIndex(teamId, in: db, doing: "enroll the team")
        let team = db.teams[t]
        let label = CommandWords.teamLabel(team, in: db)
        var refusal = CommandRefusal("Cannot enroll \(label) in a workshop track")
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            throw refusal.failing(with: "there is no workshop track with the id \(CommandWords.quoted(trackId))")
        }
        refusal.action = "Cannot enroll \(label) in \(CommandWords.quoted(track.name))"
        refusal.require(team.trackId != trackId, "it is already enrolled there")
        try refusal.check()

        var summary = "enrolled \(label) in the workshop track \(CommandWords.quoted(track.name))"
        if let old = team.trackId, let oldTrack = db.tracks.first(where: { $0.id == old }) {
            summary += " (it was in \(CommandWords.quoted(oldTrack.name)))"
        }
        db.teams[t].trackId = trackId
        return CommandChange(kind: "team", ideaId: team.ideaId, summary: summary)
    }
}
