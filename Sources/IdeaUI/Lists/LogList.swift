import IdeaModel

/// The activity log: every change, newest first, filterable by person, by kind of change
/// and by idea (the idea detail opens it with its own idea filtered).
enum LogList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, s = c.strings, zone = c.zone
        let log = db.log
        let names = Dictionary(db.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        @Sendable func who(_ row: Int) -> String { names[log[row].by] ?? log[row].by }
        @Sendable func what(_ row: Int) -> String {
            log[row].reason.map { log[row].summary + " — " + $0 } ?? log[row].summary
        }
        // Newest first by default: the key runs backwards through time (later entries of
        // the same second first), and the heading's arrow says "descending" (▼).
        var when = ColumnSpec("when", zone.isUTC ? s.edit.colWhenUTC : s.edit.colWhen, .fixed(16),
                              text: { zone.dateAndTime(log[$0].at) },
                              sortKey: { .number(-(log[$0].at.seconds &* 16_777_216 &+ $0)) })
        when.keyRunsBackwards = true
        let columns = [
            when,
            ColumnSpec("who", s.edit.colWho, .flex(min: 12), text: { who($0) }),
            ColumnSpec("kind", s.colKind, .fixed(10), text: { log[$0].kind }),
            ColumnSpec("what", s.edit.colWhat, .flex(min: 24), text: { what($0) }),
            ColumnSpec("idea", s.colIdea, .flex(min: 12), text: { row in log[row].ideaId.flatMap { titles[$0] } ?? "" }),
        ]
        return ListSpec(
            count: log.count, columns: columns, defaultSort: "when",
            filters: filterGroups(log, names: names, titles: titles, s),
            passes: { row, token in
                switch token {
                case .actor(let id): return log[row].by == id
                case .logKind(let kind): return log[row].kind == kind
                case .idea(let id): return log[row].ideaId == id
                default: return true
                }
            },
            searchText: { row in [who(row), log[row].kind, what(row), log[row].ideaId.flatMap { titles[$0] } ?? ""].joined(separator: " ") },
            route: { row in log[row].ideaId.map { .idea($0) } ?? .person(log[row].by) },
            rowOf: { _ in nil }
        )
    }

    /// People who made changes and kinds of change, each in name order; the ideas filter
    /// lists the ideas with logged changes.
    static func filterGroups(_ log: [LogEntry], names: [String: String], titles: [String: String], _ s: Strings) -> [FilterGroup] {
        let people = Set(log.map(\.by)).sorted { LithuanianOrder.less(names[$0] ?? $0, names[$1] ?? $1) }
        let kinds = Set(log.map(\.kind)).sorted()
        let ideas = Set(log.compactMap(\.ideaId)).sorted { LithuanianOrder.less(titles[$0] ?? $0, titles[$1] ?? $1) }
        return [
            FilterGroup(title: s.edit.colWho, tokens: people.map { .actor($0) }),
            FilterGroup(title: s.colKind, tokens: kinds.map { .logKind($0) }),
            FilterGroup(title: s.colIdea, tokens: ideas.map { .idea($0) }),
        ]
    }
}
