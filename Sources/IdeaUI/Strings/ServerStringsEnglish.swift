import IdeaModel

extension ServerStrings {
    public static let en = ServerStrings(
        error: English.error,
        created: { name, version in "\(name): created idea-tui's tables (schema version \(version))." },
        upToDate: { name, version in "\(name): already at idea-tui schema version \(version); nothing to do." },
        upgraded: { name, from, to in "\(name): brought up to date from schema version \(from) to \(to)." },
        copied: { from, to, db, version in
            "Copied \(from) to \(to): " + English.contents(db) + (version.map { "; the database is at version \($0)." } ?? ".")
        },
        replaced: { name, ideas, records in
            "\(name): replaced what it held (\(English.count(ideas, "idea", "ideas")), \(records) records in all)."
        },
        fileThere: { path in
            "\(path): a file is already there; nothing was copied. Add --replace to replace it (the previous version is kept as \(StoreError.name(of: path)).bak)."
        },
        twoFiles: "db copy: FROM or TO must be a PostgreSQL address (postgresql://…); to copy a file to a file, use cp.",
        sameDatabase: { name in "db copy: FROM and TO are the same database (\(name)); nothing was copied." },
        passwordInKey: { name in
            "\(name): the address holds a password, which would be written into authorized_keys; nothing was written. "
                + "Give the address without it and put the password in the account's ~/.pgpass."
        },
        connectionLost: { name in "Connection to \(name) lost; trying again every second. Changes are not saved until it is back." },
        connectionBack: { name in "Connected to \(name) again; others' changes of the meantime are read." }
    )

    private enum English {
        static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) " + (n == 1 ? one : many) }

        static func contents(_ db: Database) -> String {
            [count(db.ideas.count, "idea", "ideas"), count(db.people.count, "person", "people"),
             count(db.teams.count, "team", "teams"), count(db.forums.count, "forum", "forums"),
             count(db.tracks.count, "workshop track", "workshop tracks"),
             count(db.sessions.count, "workshop session", "workshop sessions"),
             count(db.sponsors.count, "sponsor", "sponsors"), count(db.venues.count, "venue", "venues"),
             count(db.districts.count, "district", "districts"),
             count(db.festival.slots.count, "festival slot", "festival slots"),
             count(db.log.count, "log entry", "log entries")].joined(separator: ", ")
        }

        static func error(_ error: DatabaseServerError) -> String {
            switch error {
            case .badAddress(let given, let problem): return "\(given): " + location(problem) + "."
            case .unavailable(let at, let why):
                return "\(at): the PostgreSQL server cannot be reached: \(unreachable(why)); nothing was read or written."
            case .refused(let at, let user, let why): return "\(at): " + refusal(user, why)
            case .noDatabase(let at, let name):
                return "\(at): the server has no database \u{201C}\(name)\u{201D}; create it (createdb \(name)) or check its name."
            case .tls(let at, let problem): return "\(at): " + tls(problem)
            case .notInitialized(let at):
                return "\(at): the database holds no idea-tui data yet; create its tables with `idea-tui db init \(at)`, "
                    + "or copy a file into it with `idea-tui db copy FILE \(at)`."
            case .newerSchema(let at, let found, let known):
                return "\(at): the database is idea-tui schema version \(found), newer than the version \(known) this idea-tui "
                    + "knows; update idea-tui to open it. Nothing was changed."
            case .olderSchema(let at, let found, let known):
                return "\(at): the database is idea-tui schema version \(found), older than version \(known); "
                    + "bring it up to date with `idea-tui db init \(at)`. Nothing was changed."
            case .foreignSchema(let at):
                return "\(at): the database has a schema called idea_tui that is not idea-tui's, or not all of it (a table or the row "
                    + "of idea_tui.head is missing); nothing was changed. Use another database, or restore this one from a backup."
            case .notUTF8(let at, let encoding):
                return "\(at): the database keeps text as \(encoding), not UTF-8, so Lithuanian letters could be lost; "
                    + "create it with ENCODING 'UTF8'. Nothing was changed."
            case .notEmpty(let at, let ideas, let records):
                return "\(at): the database already holds data (\(count(ideas, "idea", "ideas")), \(records) records in all); "
                    + "nothing was copied. Add --replace to replace it."
            case .invalid(let at, let failure):
                let found = failure.problems.count + failure.dropped
                let head = "\(at): the records in the database do not make a database that loads, "
                    + "\(count(found, "problem", "problems")) found; nothing was changed."
                return ([head] + EnglishReports.loadLines(failure).map { "  \(at): \($0)" }).joined(separator: "\n")
            case .unstorable(let at, let path):
                return "\(at): the text at \(path) holds the character U+0000, which PostgreSQL cannot keep; nothing was copied. "
                    + "Remove it from the file first."
            case .lost(let at):
                return "\(at): the connection to the server was lost; nothing that was not committed was saved."
            case .commitUnknown(let at):
                return "\(at): the connection was lost while the server was saving this change, and the server cannot be "
                    + "reached to ask whether it did: the change is either all saved or not at all. Look again once it is back."
            case .versionMoved(let at, let expected, let found):
                return "\(at): someone else changed the database meanwhile (it is at version \(found); this change was made "
                    + "on version \(expected)); nothing was saved."
            case .server(let at, let code, let message):
                return "\(at): the server refused: \(message)" + (code.isEmpty ? "." : " (SQLSTATE \(code)).")
            }
        }

        static func location(_ problem: DatabaseServerError.LocationProblem) -> String {
            switch problem {
            case .scheme: return "not a PostgreSQL address; one starts with postgresql:// or postgres://"
            case .percentEncoding: return "a % in the address is not followed by two hexadecimal digits, or the text is not UTF-8"
            case .unencodedInPassword:
                return "an @ comes after the host; a / or ? in a password must be written %2F or %3F (and an @ in a database name %40)"
            case .port(let port): return "the port \u{201C}\(port)\u{201D} is not a number from 1 to 65535"
            case .severalHosts: return "several hosts are not supported; give one"
            case .unknownParameter(let key):
                return "idea-tui does not know the setting \u{201C}\(key)\u{201D} (it knows host, port, dbname, user, password, "
                    + "sslmode, sslrootcert, connect_timeout and application_name)"
            case .malformedParameter(let key): return "the setting \u{201C}\(key)\u{201D} has no value (write \(key)=VALUE)"
            case .sslMode(let mode):
                return "there is no sslmode \u{201C}\(mode)\u{201D} (disable, prefer, require, verify-ca or verify-full)"
            case .unsupportedSSLMode(let mode): return "sslmode=\(mode) is not supported; use disable, prefer or require"
            case .timeout(let text): return "connect_timeout \u{201C}\(text)\u{201D} is not a whole number of seconds"
            }
        }

        static func unreachable(_ why: DatabaseServerError.Unreachable) -> String {
            switch why {
            case .refused: return "nothing is listening there (connection refused)"
            case .noSocket(let path): return "there is no server socket \(path)"
            case .unknownHost: return "the host name is not known"
            case .timedOut(let seconds): return "no answer within \(seconds) s"
            case .notAcceptingConnections: return "the server is starting up or shutting down and takes no connections now"
            case .tooManyConnections: return "the server has no room for another connection"
            case .closedByServer: return "the server closed the connection"
            case .other(let text): return text
            }
        }

        static func refusal(_ user: String, _ why: DatabaseServerError.AccessRefusal) -> String {
            let who = "\u{201C}\(user)\u{201D}"
            switch why {
            case .password:
                return "the server refused the password for user \(who) (or there is no such user); "
                    + "check the password in the address, PGPASSWORD or ~/.pgpass."
            case .noPassword(nil):
                return "the server asks for a password for user \(who) and none was given (in the address, PGPASSWORD or ~/.pgpass)."
            case .noPassword(let path?):
                return "the server asks for a password for user \(who) and none was given; \(path) was not read because "
                    + "group or others may read it (chmod 600 \(path))."
            case .passFileNotAFile(let path):
                return "the server asks for a password for user \(who) and none was given; \(path) was not read because it is "
                    + "not a file (a folder, a FIFO or a device): PGPASSFILE names the password file, ~/.pgpass when it is not set."
            case .notAllowed(let message): return "the server does not let user \(who) in: \(message)."
            case .noPermission(let database):
                return "user \(who) may not connect to the database \u{201C}\(database)\u{201D} (its owner can GRANT CONNECT)."
            case .unsupportedMethod(let method):
                return "the server asks user \(who) to log in a way idea-tui does not speak (\(method)); use a password (scram-sha-256)."
            case .mayNotChange(let message):
                return "user \(who) may read but not change idea-tui's tables (the server said: \(message)); nothing was saved. "
                    + "The tables' owner can GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA idea_tui TO it."
            case .readOnlyServer:
                return "the server takes no changes (it is read-only: a standby, perhaps); nothing was saved. "
                    + "Use the address of the primary server."
            }
        }

        static func tls(_ problem: DatabaseServerError.TLSProblem) -> String {
            switch problem {
            case .notOffered: return "the server does not offer the encrypted connection sslmode asks for; nothing was sent."
            case .untrusted(let root):
                let by = root.map { "the root certificate \($0)" } ?? "an authority this system trusts"
                return "the server's certificate could not be verified: it is not signed by \(by), or it is not valid today; "
                    + "nothing was sent."
            case .wrongHost(let host):
                return "the server's certificate could not be verified: it does not name the host \(host) "
                    + "(sslmode verify-full checks that too); nothing was sent."
            case .handshake(let text): return "the encrypted connection failed (\(text)); nothing was sent."
            case .noRootCertificate(let path):
                return "sslmode verify-ca and verify-full need the root certificate \(path), which is not there (or give sslrootcert=PATH)."
            case .badRootCertificate(let path):
                return "the root certificate \(path) could not be read as a certificate (PEM); nothing was sent."
            case .setup(let text): return "the encryption could not be set up: \(text)."
            }
        }
    }
}
