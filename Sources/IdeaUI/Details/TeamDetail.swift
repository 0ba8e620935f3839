import IdeaModel

/// A team: its idea, lead and members (with a warning when they all come from one
/// sector), open roles, mentors with their load, and workshop progress stage by stage.
enum TeamDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let team = state.index.team[id].map({ state.database.teams[$0] }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings, db = state.database
        var t = DetailText(state, width: width)
        let idea = t.idea(team.ideaId)
        t.fields([
            (s.colIdea, .plain(idea?.title ?? team.ideaId)),
            (s.colStage, idea.map { .text(s.stage($0.stage), t.stageStyle($0.stage)) } ?? .plain(s.none)),
            (s.colSectors, .pieces(t.sectors(idea?.sectors ?? []))),
            (s.colDistrict, .plain(idea?.district ?? s.none)),
            (s.colLead, .plain(t.name(team.leadId))),
        ])

        members(team, &t)
        openRoles(team, &t)
        invitations(team, &t)

        mentors(team, &t)

        workshops(team, db, state.today, &t)
        return (s.detailTeamTitle(idea?.title ?? team.ideaId), t.lines)
    }

    /// The lead and the members, each with role and sectors; a warning when everyone
    /// comes from the same single sector.
    static func members(_ team: Team, _ t: inout DetailText) {
        let s = t.strings
        let people = [(team.leadId, s.detailLeadRole)] + team.members.map { ($0.personId, $0.role) }
        t.heading(s.detailMembers, count: people.count)
        let nameWidth = t.columnWidth(people.map { t.name($0.0) }, share: 2, of: 5)
        let roleWidth = t.columnWidth(people.map(\.1), share: 1, of: 5)
        for (personId, role) in people {
            let sectors = t.person(personId)?.sectors ?? []
            t.row([(t.name(personId), .plain), (role, Styles.muted), ("", .plain)], widths: [nameWidth, roleWidth],
                  tail: t.sectors(sectors), link: t.person(personId) == nil ? nil : .person(personId))
        }
        if let only = Recruitment.singleSector(of: team, t.state.database) {
            t.text(s.detailOneSector(s.sector(only)), indent: 2, style: Styles.warning)
        }
    }

    /// The mentors with their load and expertise, or a warning when there are none.
    static func mentors(_ team: Team, _ t: inout DetailText) {
        let s = t.strings
        t.heading(s.mentors, count: team.mentorIds.count)
        if team.mentorIds.isEmpty { t.line([("  " + s.needsMentor, Styles.warning)]) }
        let loads = team.mentorIds.map { mentorId -> (String, Style) in
            let n = t.load(of: mentorId)
            return t.person(mentorId)?.mentor.map { t.load(n, of: $0.capacity) } ?? (String(n), Styles.warning)
        }
        let nameWidth = t.columnWidth(team.mentorIds.map(t.name), share: 1, of: 3)
        let loadWidth = loads.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (mentorId, load) in zip(team.mentorIds, loads) {
            t.row([(t.name(mentorId), .plain), load, (t.list(t.person(mentorId)?.mentor?.expertise ?? []), Styles.muted)],
                  widths: [nameWidth, loadWidth], link: t.person(mentorId) == nil ? nil : .person(mentorId))
        }
    }

    /// Each open role with the skills and sectors it wants.
    static func openRoles(_ team: Team, _ t: inout DetailText) {
        let s = t.strings
        t.heading(s.detailOpenRoles, count: team.openRoles.count)
        if team.openRoles.isEmpty { t.none() }
        let titleWidth = t.columnWidth(team.openRoles.map(\.title), share: 1, of: 3)
        for role in team.openRoles {
            var wants: [(String, Style)] = [(s.detailWantedSkills + ": ", Styles.muted), (t.list(role.skills), .plain)]
            if !role.sectors.isEmpty {
                wants += [(" · " + s.detailWantedSectors + ": ", Styles.muted)] + t.sectors(role.sectors)
            }
            t.line([("  ", .plain), (TextFit.pad(role.title, to: titleWidth), .plain), ("  ", .plain)] + wants)
        }
    }

    /// Who was invited to which role and what became of it, newest first; hidden while
    /// the team has never invited anyone.
    static func invitations(_ team: Team, _ t: inout DetailText) {
        guard !team.invitations.isEmpty else { return }
        let s = t.strings, f = s.forms
        t.heading(f.invitationsTitle, count: team.invitations.count)
        let nameWidth = t.columnWidth(team.invitations.map { t.name($0.personId) }, share: 1, of: 3)
        let roleWidth = t.columnWidth(team.invitations.map(\.roleTitle), share: 1, of: 4)
        let statusWidth = team.invitations.map { DisplayWidth.of(f.invitationStatus($0.status)) }.max() ?? 0
        for invitation in team.invitations.sorted(by: { ($0.at.seconds, $0.id) > ($1.at.seconds, $1.id) }) {
            let style = invitation.status == .pending ? Styles.warning : invitation.status == .accepted ? Styles.good : Styles.muted
            t.row([(t.name(invitation.personId), .plain), (invitation.roleTitle, .plain),
                   (f.invitationStatus(invitation.status), style), (s.date(t.state.zone.day(invitation.at)), Styles.muted)],
                  widths: [nameWidth, roleWidth, statusWidth],
                  link: t.person(invitation.personId) == nil ? nil : .person(invitation.personId))
        }
    }

    /// The workshop track and, for each of its stages, whether the team has attended.
    static func workshops(_ team: Team, _ db: Database, _ today: Day, _ t: inout DetailText) {
        let s = t.strings
        t.heading(s.detailWorkshops)
        guard let trackId = team.trackId else {
            t.line([("  " + s.detailNoTrack, Styles.muted)])
            return
        }
        guard let track = db.tracks.first(where: { $0.id == trackId }) else {
            t.fields([(s.detailTrack, .text(trackId, Styles.warning))])
            return
        }
        t.fields([(s.detailTrack, .plain(track.name))])
        let stageWidth = t.columnWidth(track.stages.map(\.name), share: 1, of: 2)
        for stage in track.stages {
            let sessions = db.sessions.filter { $0.trackId == track.id && $0.stageId == stage.id && $0.attendance.contains(team.id) }
            if let done = sessions.filter({ $0.day <= today }).min(by: { $0.day < $1.day }) {
                t.row([("✓", Styles.good), (stage.name, .plain), (s.detailAttendedOn(s.date(done.day)), Styles.muted)],
                      widths: [1, stageWidth])
            } else {
                let coming = sessions.min { $0.day < $1.day }.map { " · " + s.date($0.day) } ?? ""
                t.row([("✗", Styles.warning), (stage.name, .plain), (s.detailNotYet + coming, Styles.muted)],
                      widths: [1, stageWidth])
            }
        }
    }
}
