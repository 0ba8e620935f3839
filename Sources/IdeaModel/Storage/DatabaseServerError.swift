/// Why a PostgreSQL database could not be used, as values: where (the location's name,
/// which never shows a password), what was being done and why. The command line turns
/// each case into an exit code and the string tables (IdeaUI's `Strings.server`) into
/// words; the driver's own errors never reach the user as they are.
///
/// It lives in the model, beside `StoreError`, so the words can be said by the interface
/// without it knowing the driver (IdeaPostgres makes these values).
public enum DatabaseServerError: Error, Equatable, Sendable {
    /// The address given cannot be used: what was given (password hidden) and why.
    case badAddress(given: String, LocationProblem)
    /// Nothing answers at the address, or the server does not take connections now.
    case unavailable(location: String, why: Unreachable)
    /// The server would not let this user in.
    case refused(location: String, user: String, why: AccessRefusal)
    /// The server has no database of that name.
    case noDatabase(location: String, database: String)
    /// The encrypted connection sslmode asks for could not be made.
    case tls(location: String, TLSProblem)
    /// The database holds no idea-tui schema yet (`idea-tui db init` makes one).
    case notInitialized(location: String)
    /// The database was made by a newer idea-tui: its schema version and the one known here.
    case newerSchema(location: String, found: Int, known: Int)
    /// The database was made by an older idea-tui; `idea-tui db init` brings it up to date.
    case olderSchema(location: String, found: Int, known: Int)
    /// A schema called `idea_tui` is there, but it is not idea-tui's (another program's
    /// `schema_version`), or not all of it (a table or the head row is gone).
    case foreignSchema(location: String)
    /// The database does not keep text as UTF-8 (its encoding as the server names it).
    case notUTF8(location: String, encoding: String)
    /// Copying into a database that already holds data, without `--replace`.
    case notEmpty(location: String, ideas: Int, records: Int)
    /// The records in the database do not make a database that loads: every problem found.
    case invalid(location: String, LoadFailure)
    /// A text PostgreSQL cannot keep in a JSON column (the character U+0000), with where.
    case unstorable(location: String, path: String)
    /// The connection was lost while working; what was not committed is not there.
    case lost(location: String)
    /// The connection was lost while the server was committing a change, and could not be
    /// made again to ask whether the change is there: it is either all there or not at all.
    case commitUnknown(location: String)
    /// Someone else committed since the version this change was made on.
    case versionMoved(location: String, expected: Int, found: Int)
    /// Anything else the server said: its SQLSTATE code and message.
    case server(location: String, code: String, message: String)

    /// Where it happened, as messages name it.
    public var location: String {
        switch self {
        case .badAddress(let given, _): return given
        case .unavailable(let l, _), .refused(let l, _, _), .noDatabase(let l, _), .tls(let l, _), .notInitialized(let l),
             .newerSchema(let l, _, _), .olderSchema(let l, _, _), .foreignSchema(let l), .notUTF8(let l, _), .notEmpty(let l, _, _),
             .invalid(let l, _), .unstorable(let l, _), .lost(let l), .commitUnknown(let l), .versionMoved(let l, _, _), .server(let l, _, _):
            return l
        }
    }
}

extension DatabaseServerError {
    /// What is wrong with an address (`postgresql://…`).
    public enum LocationProblem: Equatable, Sendable {
        /// It does not start with postgresql:// or postgres://.
        case scheme
        /// A `%` not followed by two hexadecimal digits, or bytes that are not UTF-8.
        case percentEncoding
        /// An `@` after the host, with a `:` before it: a password holding a bare `/` or
        /// `?` (to be written `%2F`, `%3F`), or a database name with a bare `@` (`%40`).
        case unencodedInPassword
        /// The port is not a number from 1 to 65535.
        case port(String)
        /// Several hosts (a,b): not supported.
        case severalHosts
        /// A query parameter idea-tui does not know.
        case unknownParameter(String)
        /// A parameter without `=value`. (One given twice is not refused: the last wins, as in libpq.)
        case malformedParameter(String)
        /// An sslmode that does not exist.
        case sslMode(String)
        /// An sslmode that exists but is not supported here (allow).
        case unsupportedSSLMode(String)
        /// connect_timeout that is not a whole number of seconds.
        case timeout(String)
    }

    /// Why nothing could be reached.
    public enum Unreachable: Equatable, Sendable {
        /// Nothing listens there (connection refused).
        case refused
        /// No socket file in the folder: no server runs there.
        case noSocket(path: String)
        /// The host name is not known.
        case unknownHost
        /// No answer in time.
        case timedOut(seconds: Int)
        /// The server is starting up, shutting down or in recovery.
        case notAcceptingConnections
        /// The server has no room for another connection.
        case tooManyConnections
        /// The server closed the connection before it was made (a server stopping, or
        /// something else listening on the port).
        case closedByServer
        /// Anything else the system said.
        case other(String)
    }

    /// Why the server would not let the user in.
    public enum AccessRefusal: Equatable, Sendable {
        /// The password is wrong (or the user is unknown: the server does not tell which).
        case password
        /// The server asks for a password and none was given; `ignoredPassFile` names a
        /// password file that was not read because group or others can read it.
        case noPassword(ignoredPassFile: String?)
        /// The server asks for a password and none was given; the password file (`PGPASSFILE`)
        /// is a folder, a FIFO or a device, so it was not read.
        case passFileNotAFile(path: String)
        /// The server's rules refuse this user here (its message, as it said it).
        case notAllowed(String)
        /// The user may not connect to this database.
        case noPermission(database: String)
        /// The server asks for a way of logging in the driver does not speak (its name).
        case unsupportedMethod(String)
        /// The user may read but not change idea-tui's tables (the server's words).
        case mayNotChange(String)
        /// The server takes no changes at all (a standby, or default_transaction_read_only).
        case readOnlyServer
    }

    /// Why the encrypted connection could not be made.
    public enum TLSProblem: Equatable, Sendable {
        /// sslmode=require (or verify-…) and the server does not offer TLS.
        case notOffered
        /// The server's certificate is not signed by the root certificate (a file's path;
        /// nil: the authorities the system trusts), or is out of its dates: the TLS
        /// library says only that the check failed.
        case untrusted(rootCertificate: String?)
        /// The certificate does not name the host connected to (sslmode=verify-full).
        case wrongHost(String)
        /// Any other failure of the encrypted connection's handshake (the library's words).
        case handshake(String)
        /// The root certificate file sslmode=verify-… needs is not there.
        case noRootCertificate(path: String)
        /// The root certificate file is there but holds no certificate that can be read
        /// (or is a folder, or may not be read).
        case badRootCertificate(path: String)
        /// The TLS library could not be set up (its words).
        case setup(String)
    }
}

extension DatabaseServerError {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case badAddress, unavailable, refused, noDatabase, tls, notInitialized, newerSchema, olderSchema, foreignSchema, notUTF8,
             notEmpty, invalid, unstorable, lost, commitUnknown, versionMoved, server
    }

    public var kind: Kind {
        switch self {
        case .badAddress: return .badAddress
        case .unavailable: return .unavailable
        case .refused: return .refused
        case .noDatabase: return .noDatabase
        case .tls: return .tls
        case .notInitialized: return .notInitialized
        case .newerSchema: return .newerSchema
        case .olderSchema: return .olderSchema
        case .foreignSchema: return .foreignSchema
        case .notUTF8: return .notUTF8
        case .notEmpty: return .notEmpty
        case .invalid: return .invalid
        case .unstorable: return .unstorable
        case .lost: return .lost
        case .commitUnknown: return .commitUnknown
        case .versionMoved: return .versionMoved
        case .server: return .server
        }
    }

    /// Every case with its sub-cases, for the tests that say each in both languages. The
    /// texts that come from elsewhere (the server's, the TLS library's) are "x": they are
    /// shown as they were said.
    public static var examples: [DatabaseServerError] {
        let at = "postgresql://kaunas@db.example.org:5432/kaunas_ideas"
        let problems: [LocationProblem] = [.scheme, .percentEncoding, .unencodedInPassword, .port("99999"), .severalHosts,
                                           .unknownParameter("gssencmode"), .malformedParameter("sslmode"),
                                           .sslMode("x"), .unsupportedSSLMode("allow"), .timeout("x")]
        let unreachable: [Unreachable] = [.refused, .noSocket(path: "/run/postgresql/.s.PGSQL.5432"), .unknownHost,
                                          .timedOut(seconds: 10), .notAcceptingConnections, .tooManyConnections, .closedByServer,
                                          .other("x")]
        let refusals: [AccessRefusal] = [.password, .noPassword(ignoredPassFile: nil),
                                         .noPassword(ignoredPassFile: "/home/kaunas/.pgpass"),
                                         .passFileNotAFile(path: "/home/kaunas/.pgpass"),
                                         .notAllowed("x"), .noPermission(database: "kaunas_ideas"), .unsupportedMethod("GSSAPI"),
                                         .mayNotChange("x"), .readOnlyServer]
        let root = "/home/kaunas/.postgresql/root.crt"
        let tls: [TLSProblem] = [.notOffered, .untrusted(rootCertificate: root), .untrusted(rootCertificate: nil),
                                 .wrongHost("db.example.org"), .handshake("x"), .noRootCertificate(path: root),
                                 .badRootCertificate(path: root), .setup("x")]
        return problems.map { .badAddress(given: "postgres://kaunas@db/kaunas_ideas", $0) }
            + unreachable.map { .unavailable(location: at, why: $0) }
            + refusals.map { .refused(location: at, user: "kaunas", why: $0) }
            + [.noDatabase(location: at, database: "kaunas_ideas")]
            + tls.map { .tls(location: at, $0) }
            + [.notInitialized(location: at), .newerSchema(location: at, found: 3, known: 1),
               .olderSchema(location: at, found: 1, known: 2), .foreignSchema(location: at),
               .notUTF8(location: at, encoding: "LATIN1"), .notEmpty(location: at, ideas: 180, records: 1_200),
               .invalid(location: at, LoadFailure([Problem(path: "ideas[3].stage", message: "\u{201E}x\u{201C}")], dropped: 1)),
               .unstorable(location: at, path: "ideas[3].title"), .lost(location: at), .commitUnknown(location: at),
               .versionMoved(location: at, expected: 41, found: 43),
               .server(location: at, code: "53100", message: "x")]
    }
}
