import Testing
@testable import IdeaModel

/// The index makes each table when first asked; every table is what a plain pass over
/// the records gives (first position of an id, all positions per person), asked in any
/// order, twice, and from several tasks at once.
@Suite struct DatabaseIndexTests {
    static func firsts(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    static func all(_ pairs: [(String, Int)]) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for (key, i) in pairs { out[key, default: []].append(i) }
        return out
    }

    @Test func everyTableIsWhatAPlainPassGives() async {
        var db = Generator.database(ideas: 300, seed: 9)
        // A duplicate id (an invalid file can hold one): the first position counts.
        if let first = db.people.first { db.people.append(first) }
        let index = DatabaseIndex(db)
        let teams = db.teams
        for _ in 0..<2 {
            #expect(index.pledged == db.sponsors.flatMap(\.pledges).reduce(into: [:]) { $0[$1.ideaId, default: 0] += $1.amount ?? 0 })
            #expect(index.person == Self.firsts(db.people.map(\.id)))
            #expect(index.idea == Self.firsts(db.ideas.map(\.id)))
            #expect(index.team == Self.firsts(teams.map(\.id)))
            #expect(index.venue == Self.firsts(db.venues.map(\.id)))
            #expect(index.teamOfIdea == Self.firsts(teams.map(\.ideaId)))
            #expect(index.slotOfIdea == Self.firsts(db.festival.slots.map(\.ideaId)))
            #expect(index.teamsOfMentor == Self.all(teams.indices.flatMap { i in teams[i].mentorIds.map { ($0, i) } }))
            #expect(index.teamsOfPerson == Self.all(teams.indices.flatMap { i in teams[i].personIds.map { ($0, i) } }))
            #expect(index.ideasOfAuthor == Self.all(db.ideas.indices.map { (db.ideas[$0].authorId, $0) }))
        }
        #expect(!index.teamsOfMentor.isEmpty && !index.pledged.isEmpty)
        let fresh = DatabaseIndex(db)
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { fresh.person.count + fresh.teamsOfPerson.count } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(counts).count == 1)
    }
}
