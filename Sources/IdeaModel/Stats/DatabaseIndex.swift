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
        // Fields are read in place (db.ideas[i].authorId), not by copying each record:
        // at 50,000 ideas and 125,000 people the copies cost more than the hashing.
        person = DatabaseIndex.positions(db.people.count) { db.people[$0].id }
        idea = DatabaseIndex.positions(db.ideas.count) { db.ideas[$0].id }
        team = DatabaseIndex.positions(db.teams.count) { db.teams[$0].id }
        venue = DatabaseIndex.positions(db.venues.count) { db.venues[$0].id }
        teamOfIdea = DatabaseIndex.positions(db.teams.count) { db.teams[$0].ideaId }
        var ofMentor: [String: [Int]] = [:]
        var ofPerson: [String: [Int]] = [:]
        for i in db.teams.indices {
            for m in db.teams[i].mentorIds { ofMentor[m, default: []].append(i) }
            for p in db.teams[i].personIds { ofPerson[p, default: []].append(i) }
        }
        teamsOfMentor = ofMentor
        teamsOfPerson = ofPerson
        slotOfIdea = DatabaseIndex.positions(db.festival.slots.count) { db.festival.slots[$0].ideaId }
        var authored: [String: [Int]] = [:]
        for i in db.ideas.indices { authored[db.ideas[i].authorId, default: []].append(i) }
        ideasOfAuthor = authored
        var pledged: [String: Int] = [:]
        for sponsor in db.sponsors {
            for pledge in sponsor.pledges { pledged[pledge.ideaId, default: 0] += pledge.amount ?? 0 }
        }
        self.pledged = pledged
    }

    /// First position of each id (a valid database has no duplicates): written from the
    /// last to the first, so one store per id leaves the first.
    static func positions(_ count: Int, _ id: (Int) -> String) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(count)
        for i in stride(from: count - 1, through: 0, by: -1) { out[id(i)] = i }
        return out
    }
}
