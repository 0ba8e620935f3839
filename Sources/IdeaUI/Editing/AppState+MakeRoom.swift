import IdeaModel

/// Making room for a change that hit a limit someone else reached meanwhile: the user
/// chooses who (or which team) goes and says why; both changes are then made as one.
extension AppState {
    /// `d` in a conflict that has a remedy: the candidates, to choose one.
    mutating func openMakeRoom() {
        guard case .conflict(let conflict)? = overlay, case .rule(_, let remedy?) = conflict.clash else { return }
        let s = strings.saving
        let options: [Picker.Option]
        let title: String
        switch remedy {
        case .dropTeamMentor(_, let mentorIds):
            title = s.whoGoes
            options = mentorIds.map { Picker.Option(id: $0, label: personName($0, in: conflict.theirs)) }
        case .releaseMentorTeam(_, let teamIds):
            title = s.whichTeamGoes
            options = teamIds.map { Picker.Option(id: $0, label: teamLabel($0, in: conflict.theirs)) }
        }
        overlay = .picker(Picker(title: title, purpose: .makeRoom(conflict), options: options))
    }

    /// The one chosen to go: why?
    mutating func askWhyItGoes(_ id: String, _ conflict: EditSession.Conflict) {
        guard case .rule(_, let remedy?) = conflict.clash else { return }
        let question: String
        switch remedy {
        case .dropTeamMentor(let teamId, _):
            question = strings.saving.whyNoLonger(personName(id, in: conflict.theirs), teamLabel(teamId, in: conflict.theirs))
        case .releaseMentorTeam(let mentorId, _):
            question = strings.saving.whyNoLonger(personName(mentorId, in: conflict.theirs), teamLabel(id, in: conflict.theirs))
        }
        overlay = .prompt(Prompt(title: strings.saving.ruleTitle, question: question, label: strings.edit.reasonLabel,
                                 purpose: .makeRoom(conflict, dropping: id)))
    }

    func personName(_ id: String, in db: Database) -> String {
        db.people.first { $0.id == id }?.name ?? id
    }

    /// A team by its idea's title.
    func teamLabel(_ id: String, in db: Database) -> String {
        guard let team = db.teams.first(where: { $0.id == id }) else { return id }
        return db.ideas.first { $0.id == team.ideaId }?.title ?? id
    }
}
