/// How the handlers that add people and ideas find a person and number a new record.
/// One command looks through the database (`DatabaseScan`); an import of many rows keeps
/// indexes across its adds (`RecordIndex`), so the thousandth add costs what the first
/// did. Both give the same answers: the same ids, the same refusals.
protocol RecordDirectory {
    func person(_ id: String, in db: Database) -> Person?
    mutating func nextPersonID(in db: Database) -> String
    mutating func nextIdeaID(in db: Database) -> String
    /// Told after a handler appended a record, so an index can follow.
    mutating func added(_ person: Person, in db: Database)
    mutating func added(ideaId: String)
}

/// Looks through the database every time: right for one command.
struct DatabaseScan: RecordDirectory {
    func person(_ id: String, in db: Database) -> Person? { db.people.first { $0.id == id } }
    func nextPersonID(in db: Database) -> String { CommandIDs.next("person-", width: 4, in: db.people.lazy.map(\.id)) }
    func nextIdeaID(in db: Database) -> String { CommandIDs.next("idea-", width: 4, in: db.ideas.lazy.map(\.id)) }
    func added(_ person: Person, in db: Database) {}
    func added(ideaId: String) {}
}

/// Indexes built once from the database and kept up to date across many adds.
struct RecordIndex: RecordDirectory {
    private var people: [String: Int] = [:]
    private var personIDs: IDSequence
    private var ideaIDs: IDSequence

    init(_ db: Database) {
        people.reserveCapacity(db.people.count)
        for (i, person) in db.people.enumerated() where people[person.id] == nil { people[person.id] = i }
        personIDs = IDSequence("person-", width: 4, ids: db.people.map(\.id))
        ideaIDs = IDSequence("idea-", width: 4, ids: db.ideas.map(\.id))
    }

    func person(_ id: String, in db: Database) -> Person? { people[id].map { db.people[$0] } }
    mutating func nextPersonID(in db: Database) -> String { personIDs.next() }
    mutating func nextIdeaID(in db: Database) -> String { ideaIDs.next() }

    mutating func added(_ person: Person, in db: Database) {
        if people[person.id] == nil { people[person.id] = db.people.count - 1 }
        personIDs.taken(person.id)
    }

    mutating func added(ideaId: String) { ideaIDs.taken(ideaId) }
}

/// `CommandIDs.next` for a list that only grows, answered from a set instead of a scan.
struct IDSequence {
    let prefix: String
    let width: Int
    private var ids: Set<String>
    private var count: Int
    private var lastNumber: Int
    private var highest: Int

    init(_ prefix: String, width: Int, ids: [String]) {
        self.prefix = prefix
        self.width = width
        self.ids = Set(ids)
        count = ids.count
        lastNumber = ids.last.flatMap { CommandIDs.number(in: $0, prefix: prefix) } ?? 0
        highest = ids.reduce(0) { max($0, CommandIDs.number(in: $1, prefix: prefix) ?? 0) }
    }

    /// The id `CommandIDs.next` would give for the list so far.
    func next() -> String {
        let guess = prefix + pad(max(count, lastNumber) + 1, width)
        return ids.contains(guess) ? prefix + pad(highest + 1, width) : guess
    }

    /// An id appended to the list.
    mutating func taken(_ id: String) {
        ids.insert(id)
        count += 1
        lastNumber = CommandIDs.number(in: id, prefix: prefix) ?? 0
        highest = max(highest, lastNumber)
    }
}
