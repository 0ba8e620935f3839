import IdeaModel

/// What is said about a PostgreSQL database (docs/POSTGRES.md): why it could not be used
/// (`DatabaseServerError`, each case in both languages) and what `idea-tui db init` and
/// `db copy` did. Addresses are shown as the location's name, never with a password.
public struct ServerStrings: Sendable {
    /// Why a database could not be used, with where.
    public var error: @Sendable (DatabaseServerError) -> String
    /// The database and the schema version: `db init` made the tables.
    public var created: @Sendable (String, Int) -> String
    /// The database and its schema version: nothing to do.
    public var upToDate: @Sendable (String, Int) -> String
    /// The database, the version it was at and the one it is at now.
    public var upgraded: @Sendable (String, Int, Int) -> String
    /// From, to, what was copied, and the database's version after (nil: into a file).
    public var copied: @Sendable (String, String, Database, Int?) -> String
    /// The database and what it held before (ideas, records and log entries in all).
    public var replaced: @Sendable (String, Int, Int) -> String
    /// The file `db copy` would write is there already (without --replace).
    public var fileThere: @Sendable (String) -> String
    /// Neither FROM nor TO is an address.
    public var twoFiles: String
    /// FROM and TO name the same database.
    public var sameDatabase: @Sendable (String) -> String
    /// `access grant` with an address that holds a password (the address, hidden).
    public var passwordInKey: @Sendable (String) -> String
    /// An open app lost its connection to the database (its name).
    public var connectionLost: @Sendable (String) -> String
    /// An open app is connected again.
    public var connectionBack: @Sendable (String) -> String

    public static func of(_ lang: Lang) -> ServerStrings {
        switch lang {
        case .en: return .en
        case .lt: return .lt
        }
    }
}
