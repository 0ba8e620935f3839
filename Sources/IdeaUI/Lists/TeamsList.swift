import IdeaModel

/// Teams: the idea they carry, lead, size, open roles, mentors and stage.
enum TeamsList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, index = c.index, s = c.strings
        let teams = db.teams
        @Sendable func idea(_ row: Int) -> Idea? { index.idea[teams[row].ideaId].map { db.ideas[$0] } }
        let columns = [
            ColumnSpec("idea", s.colIdea, .flex(min: 24), text: { idea($0)?.title ?? teams[$0].ideaId }),
            ColumnSpec("lead", s.colLead, .flex(min: 14), text: { c.name(teams[$0].leadId) }),
            ColumnSpec("size", s.colSize, .fixed(5), alignRight: true, text: { String(teams[$0].personIds.count) },
                       sortKey: { .number(teams[$0].personIds.count) }),
            ColumnSpec("open", s.colOpenRoles, .fixed(5), alignRight: true, text: { String(teams[$0].openRoles.count) },
                       sortKey: { .number(teams[$0].openRoles.count) }),
            ColumnSpec("mentors", s.colMentors, .flex(min: 10), text: { teams[$0].mentorIds.map(c.name).joined(separator: ", ") }),
            ColumnSpec("stage", s.colStage, .fixed(12), text: { idea($0).map { s.stage($0.stage) } ?? "" },
                       sortKey: { .number(idea($0).flatMap { Stage.allCases.firstIndex(of: $0.stage) } ?? 0) },
                       style: { idea($0).map { Style(.stage($0.stage)) } ?? .plain }),
        ]
        return ListSpec(
            count: teams.count, columns: columns, defaultSort: "idea",
            filters: [
                FilterGroup(title: s.colStage, tokens: Stage.allCases.map { .stage($0) }),
                FilterGroup(title: s.colSectors, tokens: Sector.allCases.map { .sector($0) }),
                FilterGroup(title: s.needsLabel, tokens: [.needsMentor, .hasOpenRoles]),
            ],
            passes: { row, token in
                switch token {
                case .stage(let stage): return idea(row)?.stage == stage
                case .sector(let sector): return idea(row)?.sectors.contains(sector) ?? false
                case .needsMentor: return idea(row).map { IdeasList.needsMentor($0, teams[row]) } ?? false
                case .hasOpenRoles: return !teams[row].openRoles.isEmpty
                default: return true
                }
            },
            searchText: { row in
                let t = teams[row]
                let roles = t.openRoles.flatMap { [$0.title] + $0.skills }
                return ([idea(row)?.title ?? ""] + (t.personIds + t.mentorIds).map(c.name) + roles).joined(separator: " ")
            },
            route: { .team(teams[$0].id) },
            rowOf: { route in if case .team(let id) = route { return index.team[id] } else { return nil } }
        )
    }
}
