import Synchronization

/// Lookups the screens need on every frame: record by id, the team of an idea, the
/// teams of a mentor, the slot of an idea, pledged money. Each table is made the first
/// time it is asked for and kept (for this database): at 50,000 ideas and 125,000 people
/// making them all took most of the first frame, which needs one of them.
public final class DatabaseIndex: Sendable {
    private let db: Database
    private let made = Mutex(Tables())

    private struct Tables {
        var person: [String: Int]?
        var idea: [String: Int]?
        var team: [String: Int]?
        var venue: [String: Int]?
        var teamOfIdea: [String: Int]?
        var teamsOfMentor: [String: [Int]]?
        var teamsOfPerson: [String: [Int]]?
        var slotOfIdea: [String: Int]?
        var ideasOfAuthor: [String: [Int]]?
        var pledged: [String: Int]?
    }

    public init(_ db: Database) { self.db = db }

    public var person: [String: Int] { table(\.person) { db in positions(db.people.count) { db.people[$0].id } } }
    public var idea: [String: Int] { table(\.idea) { db in positions(db.ideas.count) { db.ideas[$0].id } } }
    public var team: [String: Int] { table(\.team) { db in positions(db.teams.count) { db.teams[$0].id } } }
    public var venue: [String: Int] { table(\.venue) { db in positions(db.venues.count) { db.venues[$0].id } } }
    /// Team index by idea id.
    public var teamOfIdea: [String: Int] { table(\.teamOfIdea) { db in positions(db.teams.count) { db.teams[$0].ideaId } } }
    /// Slot index by idea id.
    public var slotOfIdea: [String: Int] {
        table(\.slotOfIdea) { db in positions(db.festival.slots.count) { db.festival.slots[$0].ideaId } }
    }

    /// Team indices by mentor id.
    public var teamsOfMentor: [String: [Int]] {
        table(\.teamsOfMentor) { db in
            var out: [String: [Int]] = [:]
            for i in db.teams.indices { for m in db.teams[i].mentorIds { out[m, default: []].append(i) } }
            return out
        }
    }

    /// Team indices by member or lead id.
    public var teamsOfPerson: [String: [Int]] {
        table(\.teamsOfPerson) { db in
            var out: [String: [Int]] = [:]
            for i in db.teams.indices { for p in db.teams[i].personIds { out[p, default: []].append(i) } }
            return out
        }
    }

    /// Ideas authored, by person id.
    public var ideasOfAuthor: [String: [Int]] {
        table(\.ideasOfAuthor) { db in
            var out: [String: [Int]] = [:]
            for i in db.ideas.indices { out[db.ideas[i].authorId, default: []].append(i) }
            return out
        }
    }

    /// Euros pledged per idea id.
    public var pledged: [String: Int] {
        table(\.pledged) { db in
            var out: [String: Int] = [:]
            for sponsor in db.sponsors {
                for pledge in sponsor.pledges { out[pledge.ideaId, default: 0] += pledge.amount ?? 0 }
            }
            return out
        }
    }

    /// The table at `key`, made by `make` the first time. Made outside the lock: two
    /// threads asking at once may both make it (the same table); the first one kept wins.
    private func table<T: Sendable>(_ key: WritableKeyPath<Tables, T?>, _ make: (Database) -> T) -> T {
        if let table = made.withLock({ $0[keyPath: key] }) { return table }
        let table = make(db)
        return made.withLock { tables in
            if let kept = tables[keyPath: key] { return kept }
            tables[keyPath: key] = table
            return table
        }
    }
}

/// First position of each id (a valid database has no duplicates): written from the
/// last to the first, so one store per id leaves the first. Fields are read in place
/// (db.ideas[i].id), not by copying each record, which cost more than the hashing.
private func positions(_ count: Int, _ id: (Int) -> String) -> [String: Int] {
    var out: [String: Int] = [:]
    out.reserveCapacity(count)
    for i in stride(from: count - 1, through: 0, by: -1) { out[id(i)] = i }
    return out
}
