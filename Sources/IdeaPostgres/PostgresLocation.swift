import IdeaModel

/// Where a PostgreSQL database is and how to reach it, read from an address as libpq's
/// users write it: `postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME?sslmode=…` (or
/// `postgres://`), with libpq's defaults for what is left out and its environment
/// variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSSLROOTCERT,
/// PGCONNECT_TIMEOUT) in between. A host that starts with `/` (`?host=/run/postgresql`, or
/// `%2F…` in its place) is the folder of a Unix socket.
public struct PostgresLocation: Equatable, Sendable {
    public enum Endpoint: Equatable, Sendable {
        case tcp(host: String)
        /// The folder the server's socket `.s.PGSQL.PORT` is in.
        case socket(folder: String)
    }

    public var endpoint: Endpoint
    public var port: Int
    public var user: String
    /// The password the address itself gives (PGPASSWORD and ~/.pgpass come later).
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// The root certificate file for sslmode=verify-ca/verify-full (`system`: the system's).
    public var sslRootCert: String?
    /// Seconds to wait for the server to answer a connection (default 10).
    public var connectTimeout: Int
    public var applicationName: String?

    /// The path of the server's socket file, for a socket endpoint.
    public var socketPath: String? {
        guard case .socket(let folder) = endpoint else { return nil }
        return (folder.hasSuffix("/") ? folder : folder + "/") + ".s.PGSQL.\(port)"
    }

    /// The host as ~/.pgpass matches it: `localhost` for a socket, as libpq does.
    public var passFileHost: String {
        switch endpoint {
        case .tcp(let host): return host
        case .socket: return "localhost"
        }
    }

    /// What messages call the database: its address without the password or settings.
    public var name: String {
        switch endpoint {
        case .tcp(let host):
            let shown = host.contains(":") ? "[\(host)]" : host
            return "postgresql://\(user)@\(shown):\(port)/\(database)"
        case .socket(let folder):
            return "postgresql://\(user)@/\(database)?host=\(folder)" + (port == 5432 ? "" : "&port=\(port)")
        }
    }

    /// True when the text is meant as a PostgreSQL address rather than a file's path.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// What an address shows in a message: everything but the password. The password
    /// ends at the last `@` before the settings, so one written with a bare `@`, `/` or
    /// `?` (which the address cannot be read with) is hidden whole too.
    public static func hidingPassword(_ text: String) -> String {
        guard let scheme = ["postgresql://", "postgres://"].first(where: { text.hasPrefix($0) }) else { return text }
        let rest = text.dropFirst(scheme.count)
        let settings = AddressParts.settingsStart(rest)
        let head = rest[..<settings]
        var out = scheme
        if let at = head.lastIndex(of: "@") {
            let userinfo = head[..<at]
            out += userinfo.firstIndex(of: ":").map { String(userinfo[..<$0]) + ":…" } ?? String(userinfo)
            out += head[at...]
        } else {
            out += head
        }
        if settings < rest.endIndex {
            let params = rest[rest.index(after: settings)...].split(separator: "&", omittingEmptySubsequences: false).map { p in
                p.hasPrefix("password=") ? "password=…" : String(p)
            }
            out += "?" + params.joined(separator: "&")
        }
        return out
    }

    /// Reads an address. `environment` gives libpq's variables, `loginName` the system's
    /// name for the user running idea-tui (the default user), `socketFolder` where the
    /// server's socket is when no host is given.
    public static func parse(_ text: String, environment: [String: String], loginName: String?,
                             socketFolder: String) throws(DatabaseServerError) -> PostgresLocation {
        let shown = hidingPassword(text)
        func fail(_ problem: DatabaseServerError.LocationProblem) -> DatabaseServerError {
            .badAddress(given: shown, problem)
        }
        guard let scheme = ["postgresql://", "postgres://"].first(where: { text.hasPrefix($0) }) else {
            throw fail(.scheme)
        }
        let rest = text.dropFirst(scheme.count)
        if AddressParts.hasStrayAt(rest) { throw fail(.unencodedInPassword) }
        let parts = try AddressParts(String(rest)).decoded(or: fail(.percentEncoding))
        if parts.host?.contains(",") == true { throw fail(.severalHosts) }

        let known: Set<String> = ["host", "port", "dbname", "user", "password", "sslmode", "sslrootcert", "connect_timeout",
                                  "application_name"]
        var params: [String: String] = [:]
        for (key, value) in parts.query {
            guard known.contains(key) else { throw fail(.unknownParameter(key)) }
            guard let value else { throw fail(.malformedParameter(key)) }
            params[key] = value
        }
        func setting(_ fromAddress: String?, _ parameter: String, _ variable: String) -> String? {
            [params[parameter], fromAddress, environment[variable]].lazy.compactMap { $0 }.first { !$0.isEmpty }
        }

        let host = setting(parts.host, "host", "PGHOST")
        if host?.contains(",") == true { throw fail(.severalHosts) }
        let portText = setting(parts.port, "port", "PGPORT") ?? "5432"
        guard let port = Int(portText), (1...65_535).contains(port), portText.allSatisfy(\.isASCII) else {
            throw fail(.port(portText))
        }
        let user = setting(parts.user, "user", "PGUSER") ?? loginName ?? environment["USER"] ?? ""
        let database = setting(parts.database, "dbname", "PGDATABASE") ?? user
        let modeText = setting(nil, "sslmode", "PGSSLMODE") ?? "prefer"
        let mode: SSLMode
        switch modeText {
        case "allow": throw fail(.unsupportedSSLMode(modeText))
        default:
            guard let known = SSLMode(rawValue: modeText) else { throw fail(.sslMode(modeText)) }
            mode = known
        }
        var timeout = 10
        if let text = setting(nil, "connect_timeout", "PGCONNECT_TIMEOUT") {
            guard let seconds = Int(text) else { throw fail(.timeout(text)) }
            // As libpq: zero or less waits as long as it takes (an hour, here); one means two.
            timeout = seconds <= 0 ? 3_600 : max(seconds, 2)
        }
        let endpoint: Endpoint
        if let host, host.hasPrefix("/") {
            endpoint = .socket(folder: host)
        } else if let host {
            endpoint = .tcp(host: host)
        } else {
            endpoint = .socket(folder: socketFolder)
        }
        return PostgresLocation(endpoint: endpoint, port: port, user: user,
                                password: params["password"] ?? parts.password, database: database, sslMode: mode,
                                sslRootCert: setting(nil, "sslrootcert", "PGSSLROOTCERT"), connectTimeout: timeout,
                                applicationName: params["application_name"])
    }
}

/// How much encryption a TCP connection asks for, as libpq's sslmode says it. A Unix
/// socket never uses TLS, whatever the mode (as libpq).
public enum SSLMode: String, Equatable, Sendable, CaseIterable {
    /// Never encrypted.
    case disable
    /// Encrypted when the server offers it (libpq's default).
    case prefer
    /// Always encrypted; the certificate is checked only when a root certificate is there.
    case require
    /// Encrypted, and the server's certificate signed by the root certificate.
    case verifyCA = "verify-ca"
    /// As verify-ca, and the certificate names the host connected to.
    case verifyFull = "verify-full"
}
