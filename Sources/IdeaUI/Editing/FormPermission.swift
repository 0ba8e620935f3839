import IdeaModel

extension FormKind {
    /// A command of this form's kind with the choices most open to `actor` (themselves
    /// as the mentor, their own idea as the author), so `Permissions` can say before the
    /// form opens whether they may use it at all. The values are never applied.
    func probe(actor: String) -> Command {
        let draft = IdeaDraft(title: "", authorId: actor, sectors: [], district: "")
        switch self {
        case .newIdea: return .addIdea(draft)
        case .editIdea(let id): return .editIdea(ideaId: id, draft)
        case .plan(let id): return .setPlan(ideaId: id, InterventionPlan(durationMinutes: 60, audience: 1))
        case .discussion(let forumId, let ideaId): return .recordDiscussion(forumId: forumId ?? "", ideaId: ideaId ?? "", outcome: "")
        case .newForum: return .createForum(title: "", day: Day(daysSinceEpoch: 0), place: "")
        case .createTeam(let id): return .createTeam(ideaId: id, leadId: actor)
        case .addMember(let id): return .addMember(teamId: id, personId: actor, role: "")
        case .removeMember(let id): return .removeMember(teamId: id, personId: actor)
        case .openRole(let id): return .addOpenRole(teamId: id, title: "")
        case .removeRole(let id): return .removeOpenRole(teamId: id, roleId: "")
        case .assignMentor(let id): return .assignMentor(teamId: id, mentorId: actor)
        case .removeMentor(let id): return .removeMentor(teamId: id, mentorId: actor)
        case .enroll(let id): return .enrollTeam(teamId: id, trackId: "")
        case .invite(let id, let roleId): return .invite(teamId: id, roleId: roleId, personId: "")
        case .setLead(let id): return .setLead(teamId: id, personId: actor)
        case .memberRole(let id): return .setMemberRole(teamId: id, personId: actor, role: "")
        case .attendance(let teamId, let sessionId): return .recordAttendance(sessionId: sessionId ?? "", teamId: teamId ?? "")
        case .newSession: return .addWorkshopSession(trackId: "", stageId: "", day: Day(daysSinceEpoch: 0), place: "")
        case .newSponsor: return .addSponsor(name: "", kind: .business)
        case .pledge(let id): return .addPledge(sponsorId: "", ideaId: id ?? "", amount: nil, inKind: nil)
        case .newVenue, .editVenue: return .addVenue(Venue(id: "", name: "", district: "", address: "", capacity: 0, features: [],
                                                           opens: ClockTime(0), closes: ClockTime(0)))
        case .festival: return .setFestival(FestivalSettings(Festival(title: "", day: Day(daysSinceEpoch: 0))))
        }
    }
}

extension AppState {
    /// Why the person acting may not make `command`, in words; nil when they may (or
    /// when nobody is acting yet: asking who they are comes first).
    func refusal(_ command: Command) -> String? {
        guard let actor, let person = database.people.first(where: { $0.id == actor }) else { return nil }
        return Permissions.refusal(command, by: person, in: database).map(strings.model.permission)
    }

    /// Says, in a window, that the person may not do this and why; true when refused.
    mutating func refuses(_ command: Command) -> Bool {
        guard let why = refusal(command) else { return false }
        overlay = .notice(Notice(title: strings.edit.refusedTitle, lines: [why]))
        return true
    }
}
