import IdeaModel

/// Mentors: name, expertise, how many teams of their capacity, sectors.
enum MentorsList {
    static func spec(_ c: ListContext) -> ListSpec {
        let db = c.db, index = c.index, s = c.strings
        let mentors = db.people.indices.filter { db.people[$0].mentor != nil }
        @Sendable func person(_ row: Int) -> Person { db.people[mentors[row]] }
        @Sendable func load(_ row: Int) -> Int { index.teamsOfMentor[person(row).id]?.count ?? 0 }
        @Sendable func capacity(_ row: Int) -> Int { person(row).mentor?.capacity ?? 0 }
        let columns = [
            ColumnSpec("name", s.colName, .flex(min: 18), text: { person($0).name }),
            ColumnSpec("expertise", s.colExpertise, .flex(min: 24), text: { person($0).mentor?.expertise.joined(separator: ", ") ?? "" }),
            ColumnSpec("load", s.colLoad, .fixed(6), alignRight: true, text: { "\(load($0))/\(capacity($0))" },
                       sortKey: { .number(capacity($0) == 0 ? 1000 : load($0) * 1000 / capacity($0)) },
                       style: { load($0) >= capacity($0) ? Style(.warning) : Style(.good) }),
            ColumnSpec("sectors", s.colSectors, .fixed(20), text: { person($0).sectors.map(s.sector).joined(separator: ", ") },
                       style: { person($0).sectors.first.map { Style(.sector($0)) } ?? .plain }),
        ]
        return ListSpec(
            count: mentors.count, columns: columns, defaultSort: "name",
            filters: [
                FilterGroup(title: s.colLoad, tokens: [.hasRoom, .atCapacity]),
                FilterGroup(title: s.colSectors, tokens: Sector.allCases.map { .sector($0) }),
            ],
            passes: { row, token in
                switch token {
                case .hasRoom: return load(row) < capacity(row)
                case .atCapacity: return load(row) >= capacity(row)
                case .sector(let sector): return person(row).sectors.contains(sector)
                default: return true
                }
            },
            searchText: { row in
                let p = person(row)
                return ([p.name, p.organisation ?? ""] + (p.mentor?.expertise ?? []) + p.skills).joined(separator: " ")
            },
            route: { .person(person($0).id) },
            rowOf: { route in
                guard case .person(let id) = route, let i = index.person[id] else { return nil }
                return mentors.firstIndex(of: i)
            }
        )
    }
}
