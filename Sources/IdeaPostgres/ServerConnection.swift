import IdeaModel
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: each call blocks the
/// calling thread until the server has answered, so the app and the command line (which
/// are synchronous and use typed throws) use it as they use a file.
///
/// The driver is asynchronous (SwiftNIO). Its event-loop futures are waited for here
/// with `wait()`, which NIO forbids in async code (`noasync`, so a call from inside a
/// Swift concurrency task does not compile) and on its own event-loop threads (a
/// precondition), so a blocked caller never holds up the driver's own threads.
/// Errors are the driver's, turned into `DatabaseServerError` values that name the location.
public final class ServerConnection: Sendable {
    public let location: PostgresLocation
    let connection: PostgresConnection

    /// The driver logs nothing a user should read; what matters comes back as errors.
    static let logger: Logger = {
        var logger = Logger(label: "idea-tui.postgres")
        logger.logLevel = .critical
        return logger
    }()

    private init(location: PostgresLocation, connection: PostgresConnection) {
        self.location = location
        self.connection = connection
    }

    /// Connects and logs in, with the password `credentials` found.
    ///
    /// sslmode=prefer, as libpq's, tries once more without TLS when the encrypted try
    /// failed: the TLS setup or handshake failed (a root certificate that does not sign
    /// the server's), or the server refused the user over TLS (pg_hba's `hostnossl`).
    /// When the second try fails too, the certificate's problem is said if there was one
    /// (the cause), else the second refusal (it got as far as the first).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public static func open(_ location: PostgresLocation, credentials: Credentials) throws(DatabaseServerError) -> ServerConnection {
        do {
            return try connect(location, credentials: credentials, tls: nil)
        } catch {
            guard location.sslMode == .prefer, case .tcp = location.endpoint else { throw error }
            switch error {
            case .tls(_, .notOffered), .tls(_, .noRootCertificate):
                throw error
            case .tls:
                do { return try connect(location, credentials: credentials, tls: .disable) } catch _ { throw error }
            case .refused(_, _, .notAllowed):
                return try connect(location, credentials: credentials, tls: .disable)
            default:
                throw error
            }
        }
    }

    /// One try: with the TLS mode given, else the one the location's sslmode asks for.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    private static func connect(_ location: PostgresLocation, credentials: Credentials,
                                tls: PostgresConnection.Configuration.TLS?) throws(DatabaseServerError) -> ServerConnection {
        var configuration: PostgresConnection.Configuration
        switch location.endpoint {
        case .socket:
            configuration = .init(unixSocketPath: location.socketPath ?? "", username: location.user,
                                  password: credentials.password, database: location.database)
        case .tcp(let host):
            let mode = if let tls { tls } else { try TLSSetup.mode(for: location) }
            configuration = .init(host: host, port: location.port, username: location.user,
                                  password: credentials.password, database: location.database, tls: mode)
        }
        configuration.options.connectTimeout = .seconds(Int64(location.connectTimeout))
        // Text always travels as UTF-8, whatever the server's or the role's default.
        configuration.options.additionalStartupParameters = [("client_encoding", "UTF8"),
                                                             ("application_name", location.applicationName ?? "idea-tui")]
        let future = PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(),
                                                configuration: configuration, id: 1, logger: logger)
        do {
            return ServerConnection(location: location, connection: try future.wait())
        } catch {
            throw ServerErrors.describe(error, at: location, credentials: credentials, connecting: true)
        }
    }

    /// Runs one statement and returns every row it gave.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    @discardableResult
    public func query(_ query: PostgresQuery) throws(DatabaseServerError) -> [PostgresRow] {
        // The driver never answers a query written to a closed channel: say it is lost.
        guard !connection.isClosed else { throw .lost(location: location.name) }
        do {
            return try connection.query(query, logger: Self.logger).wait().rows
        } catch {
            throw ServerErrors.describe(error, at: location, credentials: nil, connecting: false)
        }
    }

    /// Runs statements one after another (no rows wanted).
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func run(_ statements: [String]) throws(DatabaseServerError) {
        for sql in statements { try query(PostgresQuery(unsafeSQL: sql)) }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it
    /// throws (the server also drops it when the connection is lost). `begin` may name an
    /// isolation level ("BEGIN ISOLATION LEVEL REPEATABLE READ").
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func transaction<T>(begin: String = "BEGIN",
                               _ body: () throws(DatabaseServerError) -> T) throws(DatabaseServerError) -> T {
        try query(PostgresQuery(unsafeSQL: begin))
        let value: T
        do {
            value = try body()
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
        try query("COMMIT")
        return value
    }

    /// Says goodbye to the server and closes the connection; waits until it is closed.
    @available(*, noasync, message: "blocks the calling thread until the connection is closed")
    public func close() {
        _ = try? connection.close().wait()
    }

    /// True once the connection is closed (by us, the server, or the network).
    public var isClosed: Bool { connection.isClosed }

    /// A connection nobody closed (a store let go) says goodbye to the server when it is
    /// dropped; waited for, unless dropped on the driver's own thread (which must not wait).
    deinit {
        guard !connection.isClosed else { return }
        if connection.eventLoop.inEventLoop {
            let closing: EventLoopFuture<Void> = connection.close()
            _ = closing
        } else {
            _ = try? connection.close().wait()
        }
    }
}
