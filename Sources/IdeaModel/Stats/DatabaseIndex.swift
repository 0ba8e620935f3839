/// Lookups the screens need on every frame, built once per database: record by id,
/// the team of an idea, the teams of a mentor, the slot of an idea, pledged money.
public struct DatabaseIndex: Sendable {
    public let person: [String: Int]
    public let idea: [String: Int]
    public let team: [String: Int]
    public let venue: [String: Int]
    /// Team index by idea id.
    public let teamOfIdea: [String: Int]
    /// Team indices by mentor id.
    public let teamsOfMentor: [String: [Int]]
    /// Team indices by member or lead id.
    public let teamsOfPerson: [String: [Int]]
    /// Slot index by idea id.
    public let slotOfIdea: [String: Int]
    /// Ideas authored, by person id.
    public let ideasOfAuthor: [String: [Int]]
    /// Euros pledged per idea id.
    public let pledged: [String: Int]

    public init(_ db: Database) {
        person = DatabaseIndex.positions(db.people.map(\.id))
        idea = DatabaseIndex.positions(db.ideas.map(\.id))
        team = DatabaseIndex.positions(db.teams.map(\.id))
        venue = DatabaseIndex.positions(db.venues.map(\.id))
        var teamOfIdea: [String: Int] = [:]
        var ofMentor: [String: [Int]] = [:]
        var ofPerson: [String: [Int]] = [:]
        for (i, t) in db.teams.enumerated() {
            teamOfIdea[t.ideaId] = teamOfIdea[t.ideaId] ?? i
            for m in t.mentorIds { ofMentor[m, default: []].append(i) }
            for p in t.personIds { ofPerson[p, default: []].append(i) }
        }
        self.teamOfIdea = teamOfIdea
        teamsOfMentor = ofMentor
        teamsOfPerson = ofPerson
        slotOfIdea = DatabaseIndex.positions(db.festival.slots.map(\.ideaId))
        var authored: [String: [Int]] = [:]
        for (i, idea) in db.ideas.enumerated() { authored[idea.authorId, default: []].append(i) }
        ideasOfAuthor = authored
        var pledged: [String: Int] = [:]
        for sponsor in db.sponsors {
            for pledge in sponsor.pledges { pledged[pledge.ideaId, default: 0] += pledge.amount ?? 0 }
        }
        self.pledged = pledged
    }

    /// First position of each id (a valid database has no duplicates).
    static func positions(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }
}
