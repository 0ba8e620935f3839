import IdeaModel

/// What the actions menu (`c`) offers on the current screen: the forms that change the
/// record on screen or selected, and new records of the kind the screen lists.
enum ActionMenu {
    enum Choice: Equatable, Sendable {
        case form(FormKind)
        case moveMenu
        /// A change with nothing to fill in (answering an invitation); it can be undone.
        case command(Command)
        /// The suggested mentors for every team without one, to look over first.
        case suggestMentors
    }

    static func items(_ state: AppState) -> [(label: String, choice: Choice)] {
        let f = state.strings.forms
        let db = state.database
        var out: [(String, Choice)] = []
        if let idea = state.selectedIdea {
            out += [(f.actEditIdea, .form(.editIdea(idea.id))), (f.actMove, .moveMenu),
                    (f.actDiscussion, .form(.discussion(forumId: nil, ideaId: idea.id))),
                    (f.actPlan, .form(.plan(ideaId: idea.id))), (f.actPledge, .form(.pledge(ideaId: idea.id)))]
            if let team = db.teams.first(where: { $0.ideaId == idea.id }) {
                out += teamItems(team, db, state.strings)
            } else {
                out.append((f.actCreateTeam, .form(.createTeam(ideaId: idea.id))))
            }
        } else if let team = selectedTeam(state) {
            out += teamItems(team, db, state.strings)
        }
        switch state.route {
        case .forum(let id):
            out.append((f.actDiscussion, .form(.discussion(forumId: id, ideaId: nil))))
        case .session(let id):
            out.append((f.actAttendance, .form(.attendance(teamId: nil, sessionId: id))))
        case .dashboard, .list(.forums):
            out += [(f.actNewForum, .form(.newForum)), (f.actNewSession, .form(.newSession)),
                    (f.actNewSponsor, .form(.newSponsor)), (f.actPledge, .form(.pledge(ideaId: nil)))]
            if state.route == .dashboard {
                out += [(state.strings.mentor.suggestAction, .suggestMentors), (state.strings.festival.actSettings, .form(.festival))]
            }
        case .list(.venues):
            out += [(state.strings.festival.actNewVenue, .form(.newVenue)), (state.strings.festival.actSettings, .form(.festival))]
        case .venue(let id):
            out += [(state.strings.festival.actEditVenue, .form(.editVenue(id))), (state.strings.festival.actNewVenue, .form(.newVenue))]
        case .list(.mentors), .list(.teams):
            out.append((state.strings.mentor.suggestAction, .suggestMentors))
        default:
            break
        }
        return out
    }

    static func teamItems(_ team: Team, _ db: Database, _ s: Strings) -> [(String, Choice)] {
        let f = s.forms
        var out: [(String, Choice)] = [(f.actAddMember, .form(.addMember(teamId: team.id)))]
        if !team.members.isEmpty { out.append((f.actRemoveMember, .form(.removeMember(teamId: team.id)))) }
        out.append((f.actOpenRole, .form(.openRole(teamId: team.id))))
        if !team.openRoles.isEmpty { out.append((f.actRemoveRole, .form(.removeRole(teamId: team.id)))) }
        for role in team.openRoles { out.append((f.actInvite(role.title), .form(.invite(teamId: team.id, roleId: role.id)))) }
        for invitation in team.invitations where invitation.status == .pending {
            let name = db.people.first { $0.id == invitation.personId }?.name ?? invitation.personId
            out.append((f.actAccept(name, invitation.roleTitle),
                        .command(.answerInvitation(teamId: team.id, invitationId: invitation.id, accept: true))))
            out.append((f.actDecline(name, invitation.roleTitle),
                        .command(.answerInvitation(teamId: team.id, invitationId: invitation.id, accept: false))))
        }
        out.append((f.actSetLead, .form(.setLead(teamId: team.id))))
        if !team.members.isEmpty { out.append((f.actMemberRole, .form(.memberRole(teamId: team.id)))) }
        out.append((f.actAssignMentor, .form(.assignMentor(teamId: team.id))))
        if !team.mentorIds.isEmpty { out.append((f.actRemoveMentor, .form(.removeMentor(teamId: team.id)))) }
        out.append((f.actEnroll, .form(.enroll(teamId: team.id))))
        if team.trackId != nil { out.append((f.actAttendance, .form(.attendance(teamId: team.id, sessionId: nil)))) }
        return out
    }

    /// The team on screen, or selected in the teams list.
    static func selectedTeam(_ state: AppState) -> Team? {
        switch state.route {
        case .team(let id): return state.database.teams.first { $0.id == id }
        case .list(.teams):
            guard let row = state.list(.teams).selectedRecord, state.database.teams.indices.contains(row) else { return nil }
            return state.database.teams[row]
        default: return nil
        }
    }
}

extension AppState {
    /// `c`: the actions menu of this screen.
    mutating func openActions() {
        let items = ActionMenu.items(self)
        guard !items.isEmpty else {
            message = strings.forms.noActions
            return
        }
        overlay = .menu(Menu(title: strings.forms.actionsTitle, purpose: .actions,
                             items: items.map { Menu.Item(label: $0.label, isHeading: false, checked: false, action: $0.choice) },
                             selected: 0))
    }

    /// Opens a form of a kind (the record it is about may be gone: then says so).
    mutating func openForm(_ kind: FormKind) {
        if let actor, refuses(kind.probe(actor: actor)) { return }
        if let form = FormCatalog.form(kind, self) {
            overlay = .form(form)
        } else {
            overlay = nil
            message = strings.edit.noIdeaSelected
        }
    }
}
