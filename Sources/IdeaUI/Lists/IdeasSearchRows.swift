import IdeaModel

extension IdeasList {
    /// For each idea of `new` (a row of the ideas list), its row in `old` when its search
    /// text is surely the same there, else -1 (fold it again). An idea's text is its
    /// title, summary, district and tags and the names of its author, team and mentors, so
    /// it may differ only when the idea changed, a team of it changed (before or after),
    /// or one of those people was renamed, added or removed. A change touches a record or
    /// two: the rest of 50,000 folded texts is copied, not folded again. Records are
    /// compared where they lie, without copying them (a copy retains each of its parts).
    static func sameSearchRows(from old: ListContext, to new: ListContext) -> [Int] {
        let ideas = new.db.ideas, before = old.db.ideas
        var changed = RecordDiff.between(before, ideas, same: sameText).compactMap(\.afterIndex)
        var ideaIds: [String] = []
        for d in RecordDiff.between(old.db.teams, new.db.teams, same: sameText) {
            ideaIds += [d.before?.ideaId, d.after?.ideaId].compactMap { $0 }
        }
        var renamed = Set<String>()
        for d in RecordDiff.between(old.db.people, new.db.people, same: { $0.name == $1.name }) {
            if let id = (d.after ?? d.before)?.id { renamed.insert(id) }
        }
        if !renamed.isEmpty {
            changed += ideas.indices.filter { renamed.contains(ideas[$0].authorId) }
            ideaIds += new.db.teams.filter { ($0.personIds + $0.mentorIds).contains(where: renamed.contains) }.map(\.ideaId)
        }
        changed += ideaIds.compactMap { new.index.idea[$0] }
        var rows = [Int](repeating: -1, count: ideas.count)
        before.withUnsafeBufferPointer { a in
            ideas.withUnsafeBufferPointer { b in
                for row in b.indices {
                    // Most changes move no idea: it is where it was; else the old index says where.
                    if row < a.count, a[row].id == b[row].id {
                        rows[row] = row
                    } else if let at = old.index.idea[b[row].id] {
                        rows[row] = at
                    }
                }
            }
        }
        for row in changed { rows[row] = -1 }
        return rows
    }

    /// The same search text as far as the idea goes (its team and people aside).
    private static func sameText(_ a: Idea, _ b: Idea) -> Bool {
        a.title == b.title && a.summary == b.summary && a.district == b.district && a.tags == b.tags && a.authorId == b.authorId
    }

    /// The same people in the team, lead and mentors (their names aside).
    private static func sameText(_ a: Team, _ b: Team) -> Bool {
        a.ideaId == b.ideaId && a.leadId == b.leadId && a.members == b.members && a.mentorIds == b.mentorIds
    }
}
