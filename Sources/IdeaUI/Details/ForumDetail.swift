import IdeaModel

/// An Art of Hosting forum: when and where, who hosted it, and each idea discussed with
/// what came of it and the stage the idea is in now.
enum ForumDetail {
    static func content(_ id: String, _ state: AppState, width: Int) -> (String, [DetailLine]) {
        guard let forum = state.database.forums.first(where: { $0.id == id }) else {
            return DetailText.notFound(id, state, width: width)
        }
        let s = state.strings
        var t = DetailText(state, width: width)
        t.fields([
            (s.colDate, .plain(s.date(forum.day))),
            (s.colPlace, .plain(forum.place.isEmpty ? s.none : forum.place)),
            (s.detailHosts, .plain(t.list(forum.hostIds.map(t.name)))),
        ])

        t.heading(s.detailIdeasDiscussed, count: forum.discussions.count)
        if forum.discussions.isEmpty { t.none() }
        for (n, discussion) in forum.discussions.enumerated() {
            if n > 0 { t.line([]) }
            let idea = t.idea(discussion.ideaId)
            var head: [(String, Style)] = [("  ", .plain), (idea?.title ?? discussion.ideaId, Styles.number)]
            if let stage = idea?.stage {
                head.append(("  ", .plain))
                head.append((s.detailStageNow(s.stage(stage)), t.stageStyle(stage)))
            }
            t.line(head, link: idea.map { .idea($0.id) })
            if discussion.outcome.allSatisfy(\.isWhitespace) {
                t.line([("    " + s.detailNoOutcome, Styles.muted)])
            } else {
                t.text(discussion.outcome, indent: 4)
            }
        }
        return (forum.title, t.lines)
    }
}
