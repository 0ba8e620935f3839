import IdeaModel

/// Forms of a team: creating it, its members, open roles, mentors and workshops.
enum TeamForms {
    static func title(_ action: String, _ team: Team, _ db: Database, _ s: Strings) -> String {
        s.forms.titled(action, db.ideas.first { $0.id == team.ideaId }?.title ?? team.id)
    }

    static func form(_ kind: FormKind, _ team: Team, _ db: Database, _ s: Strings) -> Form? {
        let f = s.forms
        switch kind {
        case .addMember:
            let outside = db.people.filter { !team.personIds.contains($0.id) }.map(\.id)
            return Form(title: title(f.actAddMember, team, db, s), kind: kind, fields: [
                .choice("person", f.fPerson, [], options: FormOptions.people(db, s, only: outside)),
                .line("role", f.fRole, f.defaultRole),
            ])
        case .removeMember:
            return Form(title: title(f.actRemoveMember, team, db, s), kind: kind, fields: [
                .choice("person", f.fPerson, [], options: FormOptions.people(db, s, only: team.members.map(\.personId))),
            ])
        case .openRole:
            return Form(title: title(f.actOpenRole, team, db, s), kind: kind, fields: [
                .line("title", f.fRole, ""),
                .choice("skills", f.fSkills, [], options: FormOptions.skills(db), multiple: true, allowsNew: true),
                .choice("sectors", f.fSectors, [], options: FormOptions.sectors(s), multiple: true),
            ])
        case .removeRole:
            return Form(title: title(f.actRemoveRole, team, db, s), kind: kind, fields: [
                .choice("role", f.fRole, [], options: team.openRoles.map { Picker.Option(id: $0.id, label: $0.title, detail: $0.skills.joined(separator: ", ")) }),
            ])
        case .assignMentor:
            let free = db.people.filter { $0.mentor != nil && !team.mentorIds.contains($0.id) }.map(\.id)
            return Form(title: title(f.actAssignMentor, team, db, s), kind: kind, fields: [
                .choice("mentor", f.fMentor, [], options: FormOptions.mentors(db, s, only: free)),
            ])
        case .removeMentor:
            return Form(title: title(f.actRemoveMentor, team, db, s), kind: kind, fields: [
                .choice("mentor", f.fMentor, [], options: FormOptions.mentors(db, s, only: team.mentorIds)),
                .line("reason", s.edit.reasonLabel, ""),
            ])
        case .enroll:
            return Form(title: title(f.actEnroll, team, db, s), kind: kind, fields: [
                .choice("track", f.fTrack, db.tracks.count == 1 ? db.tracks.map(\.id) : team.trackId.map { [$0] } ?? [],
                        options: db.tracks.map { Picker.Option(id: $0.id, label: $0.name, detail: $0.stages.map(\.name).joined(separator: " → ")) }),
            ])
        case .invite(_, let roleId):
            guard let role = team.openRoles.first(where: { $0.id == roleId }) else { return nil }
            // Ranked as the model ranks them; the reason is shown beside each name.
            let options = Recruitment.candidates(for: role, in: team, db).map { c in
                Picker.Option(id: c.person.id, label: c.person.name, detail: f.candidateReason(c, s))
            }
            var form = Form(title: title(f.actInvite(role.title), team, db, s), kind: kind, fields: [
                .choice("person", f.fPerson, [], options: options),
            ])
            if options.isEmpty { form.fields[0].problem = f.noCandidates }
            return form
        case .setLead:
            return Form(title: title(f.actSetLead, team, db, s), kind: kind, fields: [
                .choice("person", f.fLead, [], options: FormOptions.people(db, s, only: db.people.map(\.id).filter {
                    $0 != team.leadId && !team.mentorIds.contains($0)
                })),
            ])
        case .memberRole:
            return Form(title: title(f.actMemberRole, team, db, s), kind: kind, fields: [
                .choice("person", f.fPerson, [], options: FormOptions.people(db, s, only: team.members.map(\.personId))),
                .line("role", f.fRole, ""),
            ])
        case .attendance:
            let attended = Set(db.sessions.filter { $0.attendance.contains(team.id) }.map(\.id))
            let open = FormOptions.sessions(db, s, track: team.trackId).filter { !attended.contains($0.id) }
            return Form(title: title(f.actAttendance, team, db, s), kind: kind, fields: [
                .choice("session", f.fSession, [], options: open),
            ])
        default:
            return nil
        }
    }

    static func createTeam(_ idea: Idea, _ db: Database, _ s: Strings) -> Form {
        Form(title: s.forms.titled(s.forms.actCreateTeam, idea.title), kind: .createTeam(ideaId: idea.id), fields: [
            .choice("lead", s.forms.fLead, [idea.authorId], options: FormOptions.people(db, s)),
        ])
    }

    static func submit(_ form: Form, _ s: Strings) -> Result<Command, FormProblems>? {
        var c = FormCheck(form, s.forms)
        switch form.kind {
        case .createTeam(let ideaId):
            return c.result(.createTeam(ideaId: ideaId, leadId: c.choice("lead")))
        case .addMember(let teamId):
            let person = c.choice("person")
            return c.result(.addMember(teamId: teamId, personId: person, role: c.text("role")))
        case .removeMember(let teamId):
            return c.result(.removeMember(teamId: teamId, personId: c.choice("person")))
        case .openRole(let teamId):
            let title = c.text("title")
            let skills = c.choices("skills")
            let sectors = c.choices("sectors").compactMap(Sector.init(rawValue:))
            return c.result(.addOpenRole(teamId: teamId, title: title, skills: skills, sectors: sectors))
        case .removeRole(let teamId):
            return c.result(.removeOpenRole(teamId: teamId, roleId: c.choice("role")))
        case .assignMentor(let teamId):
            return c.result(.assignMentor(teamId: teamId, mentorId: c.choice("mentor")))
        case .removeMentor(let teamId):
            return c.result(.removeMentor(teamId: teamId, mentorId: c.choice("mentor"), reason: c.text("reason", required: false)))
        case .enroll(let teamId):
            return c.result(.enrollTeam(teamId: teamId, trackId: c.choice("track")))
        case .invite(let teamId, let roleId):
            return c.result(.invite(teamId: teamId, roleId: roleId, personId: c.choice("person")))
        case .setLead(let teamId):
            return c.result(.setLead(teamId: teamId, personId: c.choice("person")))
        case .memberRole(let teamId):
            let person = c.choice("person")
            return c.result(.setMemberRole(teamId: teamId, personId: person, role: c.text("role")))
        case .attendance(let teamId, let sessionId):
            let team = teamId ?? c.choice("team")
            let session = sessionId ?? c.choice("session")
            return c.result(.recordAttendance(sessionId: session, teamId: team))
        default:
            return nil
        }
    }
}
