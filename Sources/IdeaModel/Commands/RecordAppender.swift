/// People and ideas added to a database one after another, exactly as `apply` adds them
/// (same rules, ids, log entries), but each in about the same time however many came
/// before: an import of 100,000 rows stays linear. Only adds go through it, so its
/// indexes stay true to the database it holds.
public struct RecordAppender {
    public private(set) var database: Database
    private var index: RecordIndex

    public init(_ db: Database) {
        database = db
        index = RecordIndex(db)
    }

    /// `apply(.addPerson(person))`; the person as added (trimmed name, new id).
    @discardableResult
    public mutating func addPerson(_ person: Person, context: CommandContext) throws(RuleViolation) -> Person? {
        _ = try database.make(.addPerson(person), context: context, directory: &index)
        return database.people.last
    }

    /// `apply(.addIdea(draft))`: its log entry (which names the new idea).
    @discardableResult
    public mutating func addIdea(_ draft: IdeaDraft, context: CommandContext) throws(RuleViolation) -> LogEntry {
        try database.make(.addIdea(draft), context: context, directory: &index).entry
    }

    /// The person with this id, found through the index.
    public func person(_ id: String) -> Person? { index.person(id, in: database) }
}
