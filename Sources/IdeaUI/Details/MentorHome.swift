import IdeaModel

/// A mentor's home: "My teams (n/m)", each with its idea, stage, next workshop and what
/// its next gate still needs; then the teams that need a mentor, best fit first, each
/// with why. Every team line opens the team; `t` takes the selected one on, `l` lets
/// one of one's own go.
enum MentorHome {
    static let shownTeams = 100

    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let mentor = state.index.person[id].map({ state.database.people[$0] }), let profile = mentor.mentor else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings, m = s.mentor, db = state.database
        var t = DetailText(state, width: width)
        let mine = db.teams.filter { $0.mentorIds.contains(id) }
        let load = t.load(mine.count, of: profile.capacity)
        let count = "(\(mine.count)/\(profile.capacity))"
        // Like the other headings, with the load in its colour (warning when full).
        let rule = String(repeating: "─", count: max(0, width - DisplayWidth.of(m.myTeams) - DisplayWidth.of(count) - 2))
        t.line([(m.myTeams + " ", Styles.heading), (count, load.1), (" " + rule, Styles.rule)])
        if mine.isEmpty { t.text(m.noTeamsYet, indent: 2, style: Styles.muted) }
        let titleWidth = t.columnWidth(mine.map { t.ideaTitle($0.ideaId) }, share: 1, of: 3)
        for team in mine {
            let idea = t.idea(team.ideaId)
            let stage = idea.map { ($0.stage.rawValue, t.stageStyle($0.stage)) } ?? (s.none, Styles.muted)
            t.row([(t.ideaTitle(team.ideaId), .plain), (idea.map { s.stage($0.stage) } ?? stage.0, stage.1),
                   (nextWorkshop(team, state), Styles.muted)], widths: [titleWidth, 10], link: .team(team.id))
            if let idea, let need = needs(idea, state) {
                t.text(m.needs + ": " + need, indent: 4, style: Styles.warning)
            }
        }
        let open = state.mentorRankings[id] ?? MentorFit.openTeams(for: mentor, in: db)
        t.heading(m.needMentor + " · " + m.rankedByFit, count: open.count)
        // What the list counts and what the fit figures add up from, on screen.
        t.text(s.screen.couldTake(db.festival.maxMentorsPerTeam), indent: 2, style: Styles.muted)
        t.text(s.screen.fitLegend, indent: 2, style: Styles.muted)
        if open.isEmpty { t.text(m.noTeamsNeed, indent: 2, style: Styles.muted) }
        // The best fits only: past a hundred, a ranking helps nobody (and costs every frame).
        let shown = open.prefix(MentorHome.shownTeams)
        func team(_ id: String) -> Team? { state.index.team[id].map { db.teams[$0] } }
        let openWidth = t.columnWidth(shown.map { fit in t.ideaTitle(team(fit.teamId)?.ideaId ?? "") }, share: 1, of: 3)
        for fit in shown {
            guard let team = team(fit.teamId) else { continue }
            let idea = t.idea(team.ideaId)
            let score = ScreenStrings.signed(fit.score)
            t.row([(t.ideaTitle(team.ideaId), .plain), (idea?.district ?? "", Styles.muted), (score, fit.score > 0 ? Styles.good : Styles.muted),
                   (m.reason(fit, s), Styles.muted)], widths: [openWidth, 12, 3], link: .team(team.id))
        }
        if open.count > shown.count { t.text(m.moreTeams(open.count - shown.count), indent: 2, style: Styles.muted) }
        return (m.homeTitle(mentor.name), t.lines)
    }

    /// The team's next workshop session not yet attended, on or after today.
    static func nextWorkshop(_ team: Team, _ state: AppState) -> String {
        let s = state.strings
        guard let trackId = team.trackId, let track = state.database.tracks.first(where: { $0.id == trackId }) else {
            return s.mentor.noWorkshopPlanned
        }
        let attended = Set(state.database.sessions.filter { $0.attendance.contains(team.id) }.map(\.stageId))
        let next = state.database.sessions
            .filter { $0.trackId == trackId && !attended.contains($0.stageId) && $0.day >= state.today }
            .min { ($0.day, $0.id) < ($1.day, $1.id) }
        guard let next else { return s.mentor.noWorkshopPlanned }
        let stage = track.stages.first { $0.id == next.stageId }?.name ?? next.stageId
        return s.mentor.nextWorkshop(s.date(next.day), stage)
    }

    /// What the idea's next gate still misses, in words (the first, and how many more).
    static func needs(_ idea: Idea, _ state: AppState) -> String? {
        guard MentorFit.mentoredStages.contains(idea.stage), let next = idea.stage.next, idea.stage != .ready else { return nil }
        let missing = Gates.conditions(for: idea, to: next, in: state.database, today: state.today).filter { !$0.met }
        guard let first = missing.first else { return state.strings.mentor.readyForNext }
        return state.strings.gate(first.condition) + (missing.count > 1 ? " (+\(missing.count - 1))" : "")
    }
}
