import IdeaModel

/// Which rows of a list kept their search text from one version of the data to the next
/// (see `SearchTextCache`): for each row of the new version, its row in the old one, or
/// -1 where the text may differ (fold it again). A list's text reads its own record and,
/// for some lists, people's names and ideas' titles: a row keeps its text when its record
/// is the same in the fields the text reads and no name or title it shows changed. A
/// change touches a record or two: the rest of 50,000 folded texts is copied, not folded
/// again. Records are compared where they lie, without copying them (`RecordDiff`).
enum SearchRows {
    /// The rows of `kind` kept from `old` to `new`; nil for the short lists, which are
    /// folded again whole.
    static func of(_ kind: ListKind, from old: ListContext, to new: ListContext) -> [Int]? {
        switch kind {
        case .ideas: ideas(old, new)
        case .people: people(old, new)
        case .mentors: mentors(old, new)
        case .teams: teams(old, new)
        case .log: log(old, new)
        case .venues, .forums: nil
        }
    }

    /// An idea's text: title, summary, district, tags, and the names of its author, its
    /// team and its mentors.
    static func ideas(_ old: ListContext, _ new: ListContext) -> [Int] {
        let ideas = new.db.ideas
        var changed = RecordDiff.between(old.db.ideas, ideas) { a, b in
            a.title == b.title && a.summary == b.summary && a.district == b.district && a.tags == b.tags && a.authorId == b.authorId
        }.compactMap(\.afterIndex)
        var ideaIds: [String] = []
        for d in RecordDiff.between(old.db.teams, new.db.teams, same: sameTeamPeople) {
            ideaIds += [d.before?.ideaId, d.after?.ideaId].compactMap { $0 }
        }
        let renamed = IdSet(renamed(old.db, new.db))
        if !renamed.isEmpty {
            ideas.withUnsafeBufferPointer { b in changed += b.indices.filter { renamed.contains(b[$0].authorId) } }
            new.db.teams.withUnsafeBufferPointer { b in ideaIds += b.indices.filter { naming(b[$0], renamed) }.map { b[$0].ideaId } }
        }
        changed += ideaIds.compactMap { new.index.idea[$0] }
        return mapped(old.db.ideas, ideas, changed: changed) { old.index.idea[$0] }
    }

    /// A person's text: name, organisation, skills and expertise.
    static func people(_ old: ListContext, _ new: ListContext) -> [Int] {
        let changed = RecordDiff.between(old.db.people, new.db.people, same: samePersonText).compactMap(\.afterIndex)
        return mapped(old.db.people, new.db.people, changed: changed) { old.index.person[$0] }
    }

    /// The mentors list shows the people who mentor, in the people's order.
    static func mentors(_ old: ListContext, _ new: ListContext) -> [Int] {
        let before = old.db.people.filter { $0.mentor != nil }, after = new.db.people.filter { $0.mentor != nil }
        let changed = RecordDiff.between(before, after, same: samePersonText).compactMap(\.afterIndex)
        return mapped(before, after, changed: changed, oldRow: byId(before))
    }

    /// A team's text: its idea's title, the names of its people and mentors, its open roles.
    static func teams(_ old: ListContext, _ new: ListContext) -> [Int] {
        let teams = new.db.teams
        var changed = RecordDiff.between(old.db.teams, teams) { a, b in sameTeamPeople(a, b) && a.openRoles == b.openRoles }
            .compactMap(\.afterIndex)
        let renamed = IdSet(renamed(old.db, new.db)), retitled = IdSet(retitled(old.db, new.db))
        if !renamed.isEmpty || !retitled.isEmpty {
            teams.withUnsafeBufferPointer { b in
                changed += b.indices.filter { retitled.contains(b[$0].ideaId) || naming(b[$0], renamed) }
            }
        }
        return mapped(old.db.teams, teams, changed: changed) { old.index.team[$0] }
    }

    /// A log entry's text: who, the kind, what and why, the idea's title.
    static func log(_ old: ListContext, _ new: ListContext) -> [Int] {
        let log = new.db.log
        var changed = RecordDiff.between(old.db.log, log) { a, b in
            a.by == b.by && a.kind == b.kind && a.summary == b.summary && a.reason == b.reason && a.ideaId == b.ideaId
        }.compactMap(\.afterIndex)
        let renamed = IdSet(renamed(old.db, new.db)), retitled = IdSet(retitled(old.db, new.db))
        if !renamed.isEmpty || !retitled.isEmpty {
            log.withUnsafeBufferPointer { b in
                changed += b.indices.filter { renamed.contains(b[$0].by) || b[$0].ideaId.map(retitled.contains) == true }
            }
        }
        return mapped(old.db.log, log, changed: changed, oldRow: byId(old.db.log))
    }

    /// New row → old row: where the record lies where it was, else where `oldRow` finds
    /// its id; -1 for the `changed` rows and for records the old version lacks.
    static func mapped<T: Identifiable>(_ old: [T], _ new: [T], changed: [Int], oldRow: (String) -> Int?) -> [Int] where T.ID == String {
        var rows = [Int](repeating: -1, count: new.count)
        old.withUnsafeBufferPointer { a in
            new.withUnsafeBufferPointer { b in
                for row in b.indices {
                    if row < a.count, a[row].id == b[row].id {
                        rows[row] = row
                    } else if let at = oldRow(b[row].id) {
                        rows[row] = at
                    }
                }
            }
        }
        for row in changed where rows.indices.contains(row) { rows[row] = -1 }
        return rows
    }

    /// Looks ids up in `records`, with the table made at the first lookup (most changes
    /// move nothing, and none is made).
    static func byId<T: Identifiable>(_ records: [T]) -> (String) -> Int? where T.ID == String {
        var table: [String: Int]?
        return { id in
            if table == nil { table = Dictionary(records.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a }) }
            return table?[id]
        }
    }

    /// People renamed, added or removed (a missing person is shown by id).
    static func renamed(_ old: Database, _ new: Database) -> Set<String> {
        Set(RecordDiff.between(old.people, new.people) { $0.name == $1.name }.compactMap { ($0.after ?? $0.before)?.id })
    }

    /// Ideas retitled, added or removed.
    static func retitled(_ old: Database, _ new: Database) -> Set<String> {
        Set(RecordDiff.between(old.ideas, new.ideas) { $0.title == $1.title }.compactMap { ($0.after ?? $0.before)?.id })
    }

    static func naming(_ team: Team, _ people: IdSet) -> Bool {
        !people.isEmpty && (people.contains(team.leadId) || team.members.contains { people.contains($0.personId) }
                            || team.mentorIds.contains { people.contains($0) })
    }

    static func sameTeamPeople(_ a: Team, _ b: Team) -> Bool {
        a.ideaId == b.ideaId && a.leadId == b.leadId && a.members == b.members && a.mentorIds == b.mentorIds
    }

    static func samePersonText(_ a: Person, _ b: Person) -> Bool {
        a.name == b.name && a.organisation == b.organisation && a.skills == b.skills && a.mentor?.expertise == b.mentor?.expertise
    }
}

/// Ids a change touched, looked up for every row of a list: compared one by one while
/// they are few (a change renames or retitles one or two; hashing each row's id cost
/// more than the rest of carrying the log over), hashed when many (a file read anew).
struct IdSet {
    private let few: [String]
    private let many: Set<String>?

    init(_ ids: Set<String>) {
        few = ids.count <= 8 ? Array(ids) : []
        many = ids.count <= 8 ? nil : ids
    }

    var isEmpty: Bool { few.isEmpty && many == nil }

    func contains(_ id: String) -> Bool { many?.contains(id) ?? few.contains(id) }
}
