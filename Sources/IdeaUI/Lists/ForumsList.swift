import IdeaModel

/// Art of Hosting forums and workshop sessions, one list: forums first, then sessions.
enum ForumsList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, s = c.strings
        let forums = db.forums, sessions = db.sessions
        var stageNames: [String: String] = [:]
        for track in db.tracks { for stage in track.stages { stageNames[track.id + "/" + stage.id] = stage.name } }
        let names = stageNames
        @Sendable func isForum(_ row: Int) -> Bool { row < forums.count }
        @Sendable func session(_ row: Int) -> WorkshopSession { sessions[row - forums.count] }
        @Sendable func day(_ row: Int) -> Day { isForum(row) ? forums[row].day : session(row).day }
        let columns = [
            ColumnSpec("kind", s.colKind, .fixed(9), text: { isForum($0) ? s.forumWord : s.workshopWord }),
            ColumnSpec("date", s.colDate, .fixed(11), text: { s.date(day($0)) }, sortKey: { .number(day($0).daysSinceEpoch) }),
            ColumnSpec("title", s.colTitle, .flex(min: 20), text: { row in
                isForum(row) ? forums[row].title : names[session(row).trackId + "/" + session(row).stageId] ?? session(row).stageId
            }),
            ColumnSpec("place", s.colPlace, .flex(min: 12), text: { isForum($0) ? forums[$0].place : session($0).place }),
            ColumnSpec("count", s.colCount, .fixed(5), alignRight: true,
                       text: { String(isForum($0) ? forums[$0].discussions.count : session($0).attendance.count) },
                       sortKey: { .number(isForum($0) ? forums[$0].discussions.count : session($0).attendance.count) }),
        ]
        return ListSpec(
            count: forums.count + sessions.count, columns: columns, defaultSort: "date",
            filters: [FilterGroup(title: s.colKind, tokens: [.forumsOnly, .workshopsOnly])],
            passes: { row, token in
                switch token {
                case .forumsOnly: return isForum(row)
                case .workshopsOnly: return !isForum(row)
                default: return true
                }
            },
            searchText: { row in
                if isForum(row) {
                    let f = forums[row]
                    return ([f.title, f.place] + f.hostIds.map(c.name) + f.discussions.map(\.outcome)).joined(separator: " ")
                }
                return [names[session(row).trackId + "/" + session(row).stageId] ?? "", session(row).place].joined(separator: " ")
            },
            route: { isForum($0) ? .forum(forums[$0].id) : .session(session($0).id) },
            rowOf: { route in
                switch route {
                case .forum(let id): return forums.firstIndex { $0.id == id }
                case .session(let id): return sessions.firstIndex { $0.id == id }.map { $0 + forums.count }
                default: return nil
                }
            }
        )
    }
}
