import IdeaModel
import IdeaPostgres
import Testing

/// Reading addresses as libpq does, without a server.
@Suite struct LocationTests {
    static func parse(_ text: String, _ environment: [String: String] = [:], login: String? = "urte") throws(DatabaseServerError) -> PostgresLocation {
        try PostgresLocation.parse(text, environment: environment, loginName: login, socketFolder: "/var/run/postgresql")
    }

    static func problem(_ text: String, _ environment: [String: String] = [:]) -> DatabaseServerError.LocationProblem? {
        do {
            _ = try parse(text, environment)
            return nil
        } catch {
            guard case .badAddress(_, let problem) = error else { return nil }
            return problem
        }
    }

    @Test func everyPartGiven() throws {
        let l = try Self.parse("postgresql://kaunas:s3cret@db.example.org:6543/ideas?sslmode=require")
        #expect(l.endpoint == .tcp(host: "db.example.org"))
        #expect(l.port == 6543)
        #expect(l.user == "kaunas")
        #expect(l.password == "s3cret")
        #expect(l.database == "ideas")
        #expect(l.sslMode == .require)
        #expect(l.name == "postgresql://kaunas@db.example.org:6543/ideas")
        #expect(!l.name.contains("s3cret"))
    }

    @Test func defaultsAsLibpq() throws {
        // No user: the login name; no database: the user's name; port 5432; sslmode prefer;
        // no host: the default socket folder.
        let l = try Self.parse("postgres://")
        #expect(l.user == "urte")
        #expect(l.database == "urte")
        #expect(l.port == 5432)
        #expect(l.sslMode == .prefer)
        #expect(l.endpoint == .socket(folder: "/var/run/postgresql"))
        #expect(l.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(l.password == nil)
        #expect(l.connectTimeout == 10)
        let host = try Self.parse("postgresql://db.example.org")
        #expect(host.endpoint == .tcp(host: "db.example.org"))
        #expect(host.database == "urte")
    }

    @Test func environmentFillsWhatTheAddressLeavesOut() throws {
        let env = ["PGHOST": "pg.internal", "PGPORT": "5499", "PGUSER": "mentor", "PGDATABASE": "labs", "PGSSLMODE": "disable",
                   "PGCONNECT_TIMEOUT": "1"]
        let l = try Self.parse("postgresql://", env)
        #expect(l.endpoint == .tcp(host: "pg.internal"))
        #expect(l.port == 5499)
        #expect(l.user == "mentor")
        #expect(l.database == "labs")
        #expect(l.sslMode == .disable)
        #expect(l.connectTimeout == 2)
        // What the address says wins over the environment.
        let given = try Self.parse("postgresql://kaunas@db:5432/ideas?sslmode=require", env)
        #expect(given.endpoint == .tcp(host: "db"))
        #expect(given.user == "kaunas")
        #expect(given.database == "ideas")
        #expect(given.sslMode == .require)
        // Without PGUSER or a login name: $USER.
        #expect(try PostgresLocation.parse("postgresql://", environment: ["USER": "root2"], loginName: nil,
                                           socketFolder: "/tmp").user == "root2")
    }

    @Test func socketFolderInTheQueryOrEncodedInPlaceOfTheHost() throws {
        let q = try Self.parse("postgresql://kaunas@/ideas?host=/tmp/idea%20pg&port=5433")
        #expect(q.endpoint == .socket(folder: "/tmp/idea pg"))
        #expect(q.socketPath == "/tmp/idea pg/.s.PGSQL.5433")
        #expect(q.passFileHost == "localhost")
        #expect(q.name == "postgresql://kaunas@/ideas?host=/tmp/idea pg&port=5433")
        let encoded = try Self.parse("postgresql://%2Frun%2Fpostgresql/ideas")
        #expect(encoded.endpoint == .socket(folder: "/run/postgresql"))
        #expect(encoded.name == "postgresql://urte@/ideas?host=/run/postgresql")
    }

    @Test func percentDecodingOfEveryPart() throws {
        let l = try Self.parse("postgresql://ur%C5%A1ul%C4%97:p%40ss%3Aw%2Fd@db/idėjos%2Bplius?application_name=ka%C5%ABnas")
        #expect(l.user == "uršulė")
        #expect(l.password == "p@ss:w/d")
        #expect(l.database == "idėjos+plius")
        #expect(l.applicationName == "kaūnas")
        #expect(Self.problem("postgresql://db/ide%2") == .percentEncoding)
        #expect(Self.problem("postgresql://db/ide%zz") == .percentEncoding)
        #expect(Self.problem("postgresql://db/%FF") == .percentEncoding)
    }

    @Test func ipv6Host() throws {
        let l = try Self.parse("postgresql://kaunas@[::1]:5433/ideas")
        #expect(l.endpoint == .tcp(host: "::1"))
        #expect(l.port == 5433)
        #expect(l.name == "postgresql://kaunas@[::1]:5433/ideas")
    }

    @Test func passwordInTheQuery() throws {
        let l = try Self.parse("postgresql://kaunas@db/ideas?password=x%26y")
        #expect(l.password == "x&y")
        #expect(PostgresLocation.hidingPassword("postgresql://kaunas@db/ideas?sslmode=disable&password=x%26y")
            == "postgresql://kaunas@db/ideas?sslmode=disable&password=…")
        #expect(PostgresLocation.hidingPassword("postgres://kaunas:pw@db/ideas") == "postgres://kaunas:…@db/ideas")
    }

    @Test func aPasswordWithABareAtEndsAtTheLastAt() throws {
        // libpq would split at the first @ and look for the host "ss@db", which cannot exist.
        let l = try Self.parse("postgresql://kaunas:p@ss:w@db.example.org:6543/ideas")
        #expect(l.user == "kaunas")
        #expect(l.password == "p@ss:w")
        #expect(l.endpoint == .tcp(host: "db.example.org"))
        #expect(l.port == 6543)
        #expect(!l.name.contains("ss"))
        #expect(PostgresLocation.hidingPassword("postgresql://kaunas:p@ss@db/ideas") == "postgresql://kaunas:…@db/ideas")
    }

    @Test func aPasswordWithABareSlashOrQuestionMarkIsRefusedUnshown() throws {
        // libpq reads "pa" as the port and "ss@db…" as the database name: the message
        // would show the password. Refused, asking for %2F or %3F, with the password hidden.
        for text in ["postgresql://kaunas:Pa/Zq9@db:5432/ideas?sslmode=disable", "postgresql://kaunas:Pa?Zq9@db/ideas",
                     "postgresql://kaunas:12/Zq9@db/ideas", "postgres://kaunas:Pa/Z?q9@db/ideas?sslmode=require"] {
            do {
                _ = try Self.parse(text)
                Issue.record("\(text) was taken")
            } catch {
                #expect(error == .badAddress(given: PostgresLocation.hidingPassword(text), .unencodedInPassword))
                #expect(!error.location.contains("Pa") && !error.location.contains("q9") && !error.location.contains("12"),
                        "\(error.location)")
                #expect(error.location.hasPrefix(text.hasPrefix("postgres:") ? "postgres://kaunas:…@db" : "postgresql://kaunas:…@db"))
            }
        }
        #expect(PostgresLocation.hidingPassword("postgresql://kaunas:Pa/Zq9@db/ideas?sslmode=disable")
            == "postgresql://kaunas:…@db/ideas?sslmode=disable")
        // An @ in the settings or a database name without a password is read as libpq does.
        #expect(throws: Never.self) { try Self.parse("postgresql://db:5432/ideas?application_name=urte@lab") }
        #expect(try Self.parse("postgresql://db/ide%40as").database == "ide@as")
        #expect(try Self.parse("postgresql://db/ide@as").database == "ide@as")
    }

    @Test func problemsAreNamed() {
        #expect(Self.problem("mysql://db/ideas") == .scheme)
        #expect(Self.problem("ideas.db.json") == .scheme)
        #expect(Self.problem("postgresql://db:99999/ideas") == .port("99999"))
        #expect(Self.problem("postgresql://db:54x/ideas") == .port("54x"))
        #expect(Self.problem("postgresql://a,b/ideas") == .severalHosts)
        #expect(Self.problem("postgresql://db/ideas?gssencmode=disable") == .unknownParameter("gssencmode"))
        #expect(Self.problem("postgresql://db/ideas?sslmode") == .malformedParameter("sslmode"))
        #expect(Self.problem("postgresql://db/ideas?sslmode=maybe") == .sslMode("maybe"))
        #expect(Self.problem("postgresql://db/ideas?sslmode=allow") == .unsupportedSSLMode("allow"))
        #expect(Self.problem("postgresql://db/ideas?connect_timeout=soon") == .timeout("soon"))
        // The address is shown without its password.
        do {
            _ = try Self.parse("postgresql://kaunas:topsecret@db:0/ideas")
            Issue.record("a port of 0 was taken")
        } catch {
            #expect(!error.location.contains("topsecret"))
        }
    }

    @Test func everySSLMode() throws {
        for mode in SSLMode.allCases {
            #expect(try Self.parse("postgresql://db/ideas?sslmode=\(mode.rawValue)").sslMode == mode)
        }
    }

    @Test func isAddressTellsAddressesFromPaths() {
        #expect(PostgresLocation.isAddress("postgresql://db/ideas"))
        #expect(PostgresLocation.isAddress("postgres://"))
        #expect(!PostgresLocation.isAddress("ideas.db.json"))
        #expect(!PostgresLocation.isAddress("./postgresql://x"))
    }
}
