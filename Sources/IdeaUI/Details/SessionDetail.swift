import IdeaModel

/// A workshop session: its track and stage, when and where; the teams that attended and
/// the teams enrolled in the track that have not
/// attended this stage at any of its sessions.
enum SessionDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        let db = state.database
        guard let session = db.sessions.first(where: { $0.id == id }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings
        var t = DetailText(state, width: width)
        let track = db.tracks.first { $0.id == session.trackId }
        let stageName = track?.stages.first { $0.id == session.stageId }?.name ?? session.stageId
        t.fields([
            (s.detailTrack, .plain(track?.name ?? session.trackId)),
            (s.colStage, .plain(stageName)),
            (s.colDate, .plain(s.date(session.day))),
            (s.colPlace, .plain(session.place.isEmpty ? s.none : session.place)),
        ])

        let attended = session.attendance.map { teamId in (teamId, state.index.team[teamId].map { db.teams[$0] }) }
        // Teams that came to this stage at another session of it have done the stage.
        var done = Set(session.attendance)
        for other in db.sessions where other.trackId == session.trackId && other.stageId == session.stageId {
            done.formUnion(other.attendance)
        }
        let absent = db.teams.filter { $0.trackId == session.trackId && !done.contains($0.id) }.map { ($0.id, Optional($0)) }
        let titleWidth = t.columnWidth((attended + absent).map { id, team in team.map { t.ideaTitle($0.ideaId) } ?? id },
                                       share: 2, of: 3)
        t.heading(s.detailAttended, count: attended.count)
        teamRows(attended, titleWidth: titleWidth, &t)
        t.heading(s.detailAbsent, count: absent.count)
        teamRows(absent, titleWidth: titleWidth, &t)
        return ("\(stageName) · \(track?.name ?? session.trackId)", t.lines)
    }

    /// One line per team: its idea's title and stage (the id when the team is missing).
    static func teamRows(_ teams: [(String, Team?)], titleWidth: Int, _ t: inout DetailText) {
        if teams.isEmpty { t.none() }
        for (id, team) in teams {
            let title = team.map { t.ideaTitle($0.ideaId) } ?? id
            let stage = team.flatMap { t.idea($0.ideaId) }?.stage
            t.row([(title, team == nil ? Styles.warning : .plain),
                   (stage.map(t.strings.stage) ?? "", stage.map(t.stageStyle) ?? .plain)], widths: [titleWidth],
                  link: team.map { .team($0.id) })
        }
    }
}
