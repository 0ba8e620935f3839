import IdeaModel

/// What a mentor does from their home: take the selected team on (after a yes), let one
/// of theirs go (with a reason); and opening the home itself.
extension AppState {
    /// `M`: the acting person's mentor home.
    mutating func openMentorHome() {
        guard let actor, let person = index.person[actor].map({ database.people[$0] }), person.mentor != nil else {
            message = strings.mentor.notAMentor
            return
        }
        if route != .mentoring(actor) { push(.mentoring(actor)) }
    }

    /// Where a session starts for the person acting: a mentor's own home, else the
    /// dashboard as it is.
    public mutating func openHomeForActor() {
        if actingMentor != nil { openMentorHome() }
    }

    /// The team on the selected line of the mentor home, if any.
    private var selectedTeam: Team? {
        guard case .mentoring? = Optional(route), case .team(let id)? = detailSelectedLink else { return nil }
        return index.team[id].map { database.teams[$0] }
    }

    private var actingMentor: Person? {
        guard let actor, let person = index.person[actor].map({ database.people[$0] }), person.mentor != nil else { return nil }
        return person
    }

    /// `t`: asks, then takes the selected team on; says at once when it cannot be.
    mutating func takeSelectedTeam() {
        guard case .mentoring = route else { return }
        let m = strings.mentor
        guard let mentor = actingMentor, let capacity = mentor.mentor?.capacity else {
            message = m.notAMentor
            return
        }
        guard let team = selectedTeam else {
            message = m.selectTeam
            return
        }
        if team.mentorIds.contains(mentor.id) {
            message = m.selectTeam
            return
        }
        let load = database.teams.filter { $0.mentorIds.contains(mentor.id) }.count
        guard load < capacity else {
            overlay = .notice(Notice(title: m.takeTitle, lines: [m.atCapacity(load, capacity)]))
            return
        }
        let most = database.festival.maxMentorsPerTeam
        guard team.mentorIds.count < most else {
            overlay = .notice(Notice(title: m.takeTitle, lines: [m.teamFull(most)]))
            return
        }
        let title = index.idea[team.ideaId].map { database.ideas[$0].title } ?? team.id
        overlay = .notice(Notice(title: m.takeTitle, lines: [m.takeQuestion(title, load + 1, capacity), "", m.confirmHint],
                                 confirm: .assignMentor(teamId: team.id, mentorId: mentor.id)))
    }

    /// `l`: asks why, then lets the selected team (one of the mentor's own) go.
    mutating func letSelectedTeamGo() {
        guard case .mentoring = route else { return }
        let m = strings.mentor
        guard let mentor = actingMentor else {
            message = m.notAMentor
            return
        }
        guard let team = selectedTeam, team.mentorIds.contains(mentor.id) else {
            message = m.selectTeam
            return
        }
        let title = index.idea[team.ideaId].map { database.ideas[$0].title } ?? team.id
        overlay = .prompt(Prompt(title: m.letGoTitle, question: m.letGoQuestion(title), label: strings.edit.reasonLabel,
                                 purpose: .letGo(teamId: team.id, mentorId: mentor.id)))
    }
}

/// The facilitators' preview of suggested mentors: every assignment kept at first, each
/// with why; Enter drops or keeps one, `a` applies the kept ones (each its own undo).
extension AppState {
    /// Runs off the loop with a progress line (see AppState+Work); its answer is
    /// `showSuggestion`.
    @discardableResult
    mutating func openMentorSuggestion() -> Effect {
        if refuses(.assignMentor(teamId: "", mentorId: "")) { return .none }
        let db = database
        let teams = db.teams.filter { team in
            team.mentorIds.isEmpty && index.idea[team.ideaId].map { MentorFit.mentoredStages.contains(db.ideas[$0].stage) } == true
        }.count
        overlay = nil
        return begin(.suggestMentors(teams: teams)) { progress in MentorSuggestion.suggest(db, progress: progress).map(WorkOutput.suggestion) }
    }

    mutating func showSuggestion(_ result: MentorSuggestion.Result) {
        let m = strings.mentor
        let needing = result.assignments.count + result.unplaced.count
        guard needing > 0 else {
            overlay = .notice(Notice(title: m.suggestTitle, lines: [m.nothingToSuggest]))
            return
        }
        let db = database
        let ideaOfTeam = Dictionary(db.teams.map { ($0.id, $0.ideaId) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(db.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let title = { (teamId: String) in ideaOfTeam[teamId].flatMap { titles[$0] } ?? teamId }
        let name = { (id: String) in names[id] ?? id }
        var items = [Menu.Item(label: m.suggestSummary(result.assignments.count, needing, result.totalFit), isHeading: true, checked: false),
                     Menu.Item(label: m.suggestHint, isHeading: true, checked: false)]
        items += result.assignments.map { fit in
            let score = (fit.score >= 0 ? "+" : "") + String(fit.score)
            return Menu.Item(label: "\(title(fit.teamId)) → \(name(fit.mentorId))  \(score)  \(m.reason(fit, strings))",
                             isHeading: false, checked: true,
                             action: .command(.assignMentor(teamId: fit.teamId, mentorId: fit.mentorId)))
        }
        items += result.unplaced.map { Menu.Item(label: "\(title($0.teamId)): \(m.unplaced(strings.model.mentorGap($0.reason)))", isHeading: true, checked: false) }
        var menu = Menu(title: m.suggestTitle, purpose: .suggestions, items: items, selected: 0)
        menu.move(by: 0)
        overlay = .menu(menu)
    }

    /// `a` in the suggested mentors: assigns the kept ones.
    mutating func applySuggestions() -> Effect {
        guard case .menu(let menu)? = overlay, menu.purpose == .suggestions else { return .none }
        let commands = menu.items.compactMap { item -> Command? in
            guard item.checked, case .command(let command)? = item.action else { return nil }
            return command
        }
        overlay = nil
        return commands.isEmpty ? .none : .edit(.applyAll(commands))
    }
}
