import IdeaModel

/// The ideas list: title, stage, sectors, district, team size and mentors.
enum IdeasList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, index = c.index, s = c.strings
        let ideas = db.ideas
        @Sendable func team(_ row: Int) -> Team? { index.teamOfIdea[ideas[row].id].map { db.teams[$0] } }
        @Sendable func mentorNames(_ row: Int) -> String { (team(row)?.mentorIds ?? []).map(c.name).joined(separator: ", ") }
        let columns = [
            ColumnSpec("title", s.colTitle, .flex(min: 16), text: { ideas[$0].title }),
            ColumnSpec("stage", s.colStage, .fixed(12), text: { s.stage(ideas[$0].stage) },
                       sortKey: { .number(Stage.allCases.firstIndex(of: ideas[$0].stage) ?? 0) },
                       style: { Style(.stage(ideas[$0].stage)) }),
            ColumnSpec("sectors", s.colSectors, .fixed(16), text: { ideas[$0].sectors.map(s.sector).joined(separator: ", ") },
                       style: { ideas[$0].sectors.first.map { Style(.sector($0)) } ?? .plain }),
            ColumnSpec("district", s.colDistrict, .fixed(12), text: { ideas[$0].district }),
            ColumnSpec("team", s.colTeam, .fixed(4), alignRight: true, text: { row in team(row).map { String($0.personIds.count) } ?? "–" },
                       sortKey: { .number(team($0)?.personIds.count ?? 0) }),
            ColumnSpec("mentors", s.colMentors, .flex(min: 8), text: mentorNames),
        ]
        @Sendable func filters() -> [FilterGroup] { [
            FilterGroup(title: s.colStage, tokens: Stage.allCases.map { .stage($0) }),
            FilterGroup(title: s.colSectors, tokens: Sector.allCases.map { .sector($0) }),
            FilterGroup(title: s.colDistrict, tokens: db.districts.map { .district($0) }),
            FilterGroup(title: s.needsLabel, tokens: [.needsTeam, .needsMentor]),
            FilterGroup(title: s.colMentors, tokens: db.people.filter { $0.mentor != nil }
                .sorted { LithuanianOrder.less($0.name, $1.name) }.map { .mentor($0.id) }),
        ] }
        return ListSpec(
            count: ideas.count, columns: columns, defaultSort: "title", filters: filters(),
            passes: { row, token in
                let idea = ideas[row]
                switch token {
                case .stage(let stage): return idea.stage == stage
                case .sector(let sector): return idea.sectors.contains(sector)
                case .district(let d): return idea.district == d
                case .mentor(let id): return team(row)?.mentorIds.contains(id) ?? false
                case .needsTeam: return IdeasList.needsTeam(idea, team(row))
                case .needsMentor: return IdeasList.needsMentor(idea, team(row))
                default: return true
                }
            },
            searchText: { row in
                // Run for every idea at the first keystroke of a search: each table is
                // taken once, and names are looked up without copying the context.
                let idea = ideas[row], team = team(row), persons = index.person
                let people = (team?.personIds ?? []) + (team?.mentorIds ?? []) + [idea.authorId]
                let names = people.map { id in persons[id].map { db.people[$0].name } ?? id }
                return ([idea.title, idea.summary, idea.district] + idea.tags + names).joined(separator: " ")
            },
            route: { .idea(ideas[$0].id) },
            rowOf: { route in if case .idea(let id) = route { return index.idea[id] } else { return nil } }
        )
    }

    /// An active idea with no team yet.
    static func needsTeam(_ idea: Idea, _ team: Team?) -> Bool {
        team == nil && idea.stage.isActive && idea.stage != .shared
    }

    /// An active idea whose team has no mentor.
    static func needsMentor(_ idea: Idea, _ team: Team?) -> Bool {
        guard let team else { return false }
        return team.mentorIds.isEmpty && idea.stage.isActive
    }
}
