import IdeaModel

/// Everyone: name, organisation, roles, sectors and skills.
enum PeopleList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, s = c.strings
        let people = db.people
        let columns = [
            ColumnSpec("name", s.colName, .flex(min: 18), text: { people[$0].name }),
            ColumnSpec("organisation", s.colOrganisation, .flex(min: 10), text: { people[$0].organisation ?? "" }),
            ColumnSpec("roles", s.colRoles, .fixed(14), text: { people[$0].roles.map(s.role).joined(separator: ", ") }),
            ColumnSpec("sectors", s.colSectors, .fixed(20), text: { people[$0].sectors.map(s.sector).joined(separator: ", ") },
                       style: { people[$0].sectors.first.map { Style(.sector($0)) } ?? .plain }),
            ColumnSpec("skills", s.colSkills, .flex(min: 12), text: { people[$0].skills.joined(separator: ", ") }),
        ]
        return ListSpec(
            count: people.count, columns: columns, defaultSort: "name",
            filters: [
                FilterGroup(title: s.colRoles, tokens: PersonRole.allCases.map { .role($0) }),
                FilterGroup(title: s.colSectors, tokens: Sector.allCases.map { .sector($0) }),
            ],
            passes: { row, token in
                switch token {
                case .role(let role): return people[row].roles.contains(role)
                case .sector(let sector): return people[row].sectors.contains(sector)
                default: return true
                }
            },
            searchText: { row in
                let p = people[row]
                return ([p.name, p.organisation ?? ""] + p.skills + (p.mentor?.expertise ?? [])).joined(separator: " ")
            },
            route: { .person(people[$0].id) },
            rowOf: { route in if case .person(let id) = route { return c.index.person[id] } else { return nil } }
        )
    }
}
