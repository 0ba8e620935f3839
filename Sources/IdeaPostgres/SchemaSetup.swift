import IdeaModel
import PostgresNIO

/// What the database holds of idea-tui's schema.
public enum SchemaState: Equatable, Sendable {
    /// No `idea_tui` schema: an empty database, as far as idea-tui is concerned.
    case absent
    /// A schema called `idea_tui` without idea-tui's version table (not ours), or without
    /// one of its tables or the head's row (not whole).
    case foreign
    /// idea-tui's schema at this version.
    case version(Int)
}

/// What `db init` did.
public enum SetupOutcome: Equatable, Sendable {
    case created(version: Int)
    case upToDate(version: Int)
    case upgraded(from: Int, to: Int)
}

/// Making, upgrading and checking idea-tui's schema.
extension ServerConnection {
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func schemaState() throws(DatabaseServerError) -> SchemaState {
        let found = try value("SELECT to_regnamespace('idea_tui') IS NOT NULL", as: Bool.self) ?? false
        guard found else { return .absent }
        // idea-tui's version table has an integer version and the program beside it; another
        // program's `schema_version` (old Flyway's: a text version) is not ours.
        let ours = try value("""
            SELECT count(*) = 2 FROM pg_attribute
            WHERE attrelid = to_regclass('idea_tui.schema_version') AND attnum > 0 AND NOT attisdropped
              AND ((attname = 'version' AND atttypid = 'integer'::regtype) OR (attname = 'program' AND atttypid = 'text'::regtype))
            """, as: Bool.self) ?? false
        guard ours else { return .foreign }
        let version = try value("SELECT coalesce(max(version), 0)::bigint FROM idea_tui.schema_version", as: Int.self) ?? 0
        guard version > 0 else { return .foreign }
        // A newer schema's tables are its own; one this idea-tui knows must be whole, else
        // every read and write would end in a server error about a missing table.
        guard version <= Schema.version else { return .version(version) }
        let tables = Schema.tables.map { "to_regclass('idea_tui.\($0)') IS NOT NULL" }.joined(separator: " AND ")
        guard try value(PostgresQuery(unsafeSQL: "SELECT " + tables), as: Bool.self) ?? false,
              try value("SELECT count(*) = 1 FROM idea_tui.head", as: Bool.self) ?? false else {
            return .foreign
        }
        return .version(version)
    }

    /// The database's text encoding, as the server names it (UTF8, LATIN1, SQL_ASCII, …).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func encoding() throws(DatabaseServerError) -> String {
        try value("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()",
                  as: String.self) ?? ""
    }

    /// Makes the schema in an empty database or brings an older one up to this version,
    /// in one transaction; harmless on a database already at this version. `program`
    /// is recorded beside each migration ("idea-tui 0.1.0").
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func setUpSchema(program: String) throws(DatabaseServerError) -> SetupOutcome {
        try transaction { () throws(DatabaseServerError) -> SetupOutcome in
            try migrate(program: program)
        }
    }

    /// `setUpSchema`'s work, inside a transaction the caller holds.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func migrate(program: String) throws(DatabaseServerError) -> SetupOutcome {
        try query("SELECT pg_advisory_xact_lock(\(Schema.setupLock))")
        let encoding = try encoding()
        guard encoding == "UTF8" else { throw .notUTF8(location: location.name, encoding: encoding) }
        let from: Int
        switch try schemaState() {
        case .foreign: throw .foreignSchema(location: location.name)
        case .absent: from = 0
        case .version(let v) where v > Schema.version:
            throw .newerSchema(location: location.name, found: v, known: Schema.version)
        case .version(let v): from = v
        }
        guard from < Schema.version else { return .upToDate(version: from) }
        for version in (from + 1)...Schema.version {
            try run(Schema.migration(to: version))
            try query("INSERT INTO idea_tui.schema_version (version, program) VALUES (\(version), \(program))")
        }
        return from == 0 ? .created(version: Schema.version) : .upgraded(from: from, to: Schema.version)
    }

    /// Refuses a database idea-tui cannot read or write as it is: none of its schema, a
    /// schema that is not its own, or one newer than this idea-tui knows.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func requireSchema() throws(DatabaseServerError) {
        switch try schemaState() {
        case .absent: throw .notInitialized(location: location.name)
        case .foreign: throw .foreignSchema(location: location.name)
        case .version(let v) where v > Schema.version:
            throw .newerSchema(location: location.name, found: v, known: Schema.version)
        case .version(let v) where v < Schema.version:
            // An older schema is brought up to date by `db init` (a migration), not by reading.
            throw .olderSchema(location: location.name, found: v, known: Schema.version)
        case .version: return
        }
    }
}
