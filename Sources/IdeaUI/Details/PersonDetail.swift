import IdeaModel

/// A person: who they are, how to reach them (private, for facilitators), their mentor
/// profile and the teams they mentor, the teams they are in, the ideas they shared and
/// the forums they hosted.
enum PersonDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let person = state.index.person[id].map({ state.database.people[$0] }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings, db = state.database
        var t = DetailText(state, width: width)
        t.fields([
            (s.colOrganisation, .plain(person.organisation ?? s.none)),
            (s.colRoles, .plain(t.list(person.roles.map(s.role)))),
            (s.colSectors, .pieces(t.sectors(person.sectors))),
            (s.colSkills, .plain(t.list(person.skills))),
        ])

        t.heading(s.detailContact)
        let email = person.contact?.email ?? "", phone = person.contact?.phone ?? ""
        if email.isEmpty && phone.isEmpty {
            t.line([("  " + s.detailNoContact, Styles.muted)])
        } else {
            t.fields([(s.detailEmail, .plain(email.isEmpty ? s.none : email)),
                      (s.detailPhone, .plain(phone.isEmpty ? s.none : phone))])
        }

        if let mentor = person.mentor {
            t.heading(s.detailMentorProfile)
            let load = t.load(of: person.id)
            let (loadText, loadStyle) = t.load(load, of: mentor.capacity)
            t.fields([
                (s.colExpertise, .plain(t.list(mentor.expertise))),
                (s.detailCapacity, .plain(String(mentor.capacity))),
                (s.colLoad, .text(loadText, loadStyle)),
            ])
            let mentored = uniqueTeams(state.index.teamsOfMentor[person.id], db)
            t.heading(s.detailTeamsMentored, count: mentored.count)
            teamRows(mentored.map { ($0, nil) }, &t)
        }

        let teams = uniqueTeams(state.index.teamsOfPerson[person.id], db)
        t.heading(s.detailInTeams, count: teams.count)
        teamRows(teams.map { team in
            (team, team.leadId == person.id ? s.detailLeadRole
                : team.members.first { $0.personId == person.id }?.role ?? "")
        }, &t)

        let ideas = (state.index.ideasOfAuthor[person.id] ?? []).map { db.ideas[$0] }
        t.heading(s.detailIdeasAuthored, count: ideas.count)
        if ideas.isEmpty { t.none() }
        let ideaWidth = t.columnWidth(ideas.map(\.title), share: 2, of: 3)
        for idea in ideas {
            t.row([(idea.title, .plain), (s.stage(idea.stage), t.stageStyle(idea.stage))], widths: [ideaWidth], link: .idea(idea.id))
        }

        let forums = db.forums.filter { $0.hostIds.contains(person.id) }.sorted { $0.day < $1.day }
        t.heading(s.detailForumsHosted, count: forums.count)
        if forums.isEmpty { t.none() }
        let dateWidth = forums.map { DisplayWidth.of(s.date($0.day)) }.max() ?? 0
        for forum in forums {
            t.row([(s.date(forum.day), Styles.muted), (forum.title, .plain)], widths: [dateWidth], link: .forum(forum.id))
        }
        return (person.name, t.lines)
    }

    /// The teams at these positions, each once, in the file's order.
    static func uniqueTeams(_ positions: [Int]?, _ db: Database) -> [Team] {
        var seen = Set<Int>()
        return (positions ?? []).filter { seen.insert($0).inserted }.map { db.teams[$0] }
    }

    /// One line per team: its idea's title, the role (if given) and the idea's stage.
    static func teamRows(_ teams: [(Team, String?)], _ t: inout DetailText) {
        if teams.isEmpty { t.none() }
        let titles = teams.map { t.ideaTitle($0.0.ideaId) }
        let roles = teams.compactMap(\.1)
        let titleWidth = t.columnWidth(titles, share: 1, of: 2)
        let roleWidth = t.columnWidth(roles, share: 1, of: 5)
        for ((team, role), title) in zip(teams, titles) {
            let stage = t.idea(team.ideaId).map(\.stage)
            let stageCell = (stage.map(t.strings.stage) ?? "", stage.map(t.stageStyle) ?? .plain)
            if let role {
                t.row([(title, .plain), (role, Styles.muted), stageCell], widths: [titleWidth, roleWidth], link: .team(team.id))
            } else {
                t.row([(title, .plain), stageCell], widths: [titleWidth], link: .team(team.id))
            }
        }
    }
}
