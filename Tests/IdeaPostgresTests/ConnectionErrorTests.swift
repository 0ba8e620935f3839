import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// What the real binary says, and the exit code, when the server is not there or does
/// not let the user in.
@Suite struct ConnectionErrorTests {
    /// One line on stderr, nothing on stdout.
    static func oneLine(_ result: IdeaBinary.Result) -> Bool {
        result.out.isEmpty && result.err.hasSuffix("\n") && result.err.dropLast().split(separator: "\n").count == 1
    }

    @Test func serverDownIsOneLineAndExit69() throws {
        let port = PostgresTools.freePort()
        let url = "postgresql://kaunas@127.0.0.1:\(port)/ideas?sslmode=disable"
        let result = try IdeaBinary.run(["db", "init", url])
        #expect(result.code == 69)
        #expect(Self.oneLine(result), "\(result.err)")
        #expect(result.err == "postgresql://kaunas@127.0.0.1:\(port)/ideas: the PostgreSQL server cannot be reached: "
            + "nothing is listening there (connection refused); nothing was read or written.\n")
        let lt = try IdeaBinary.run(["db", "copy", "--lang", "lt", url, "/nonexistent/x.json"])
        #expect(lt.code == 69)
        #expect(lt.err == "postgresql://kaunas@127.0.0.1:\(port)/ideas: nepavyko pasiekti PostgreSQL serverio: "
            + "ten niekas nelaukia ryšių (ryšys atmestas); nieko neperskaityta ir neįrašyta.\n")
    }

    @Test func noServerOnTheSocketIsExit69() throws {
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try IdeaBinary.run(["db", "init", "postgresql://kaunas@/ideas?host=\(dir)"])
        #expect(result.code == 69)
        #expect(Self.oneLine(result), "\(result.err)")
        #expect(result.err.contains("there is no server socket \(dir)/.s.PGSQL.5432"))
    }

    @Test func wrongPasswordIsExit77() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase(owner: TestCluster.user)
        let wrong = try IdeaBinary.run(["db", "init", cluster.tcpURL(database: location.database, password: "not-it")])
        #expect(wrong.code == 77)
        #expect(Self.oneLine(wrong), "\(wrong.err)")
        #expect(wrong.err == "postgresql://kaunas@127.0.0.1:\(cluster.port)/\(location.database): the server refused the password "
            + "for user \u{201C}kaunas\u{201D} (or there is no such user); check the password in the address, PGPASSWORD or ~/.pgpass.\n")
        #expect(!wrong.err.contains("not-it"))
        // The right one, from the address, PGPASSWORD, and a password file.
        let right = try IdeaBinary.run(["db", "init", cluster.tcpURL(database: location.database, password: TestCluster.password)])
        #expect(right.code == 0, "\(right.err)")
        let url = cluster.tcpURL(database: location.database)
        #expect(try IdeaBinary.run(["db", "init", url], environment: ["PGPASSWORD": TestCluster.password]).code == 0)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let passFile = dir + "/pgpass"
        let escaped = TestCluster.password.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
        try Data("# idea-tui\n127.0.0.1:\(cluster.port):*:kaunas:\(escaped)\n".utf8).write(to: URL(fileURLWithPath: passFile))
        chmod(passFile, 0o600)
        #expect(try IdeaBinary.run(["db", "init", url], environment: ["PGPASSFILE": passFile]).code == 0)
        // A password file others may read is not read, and the refusal says so.
        chmod(passFile, 0o644)
        let ignored = try IdeaBinary.run(["db", "init", url], environment: ["PGPASSFILE": passFile])
        #expect(ignored.code == 77)
        #expect(ignored.err.contains("none was given; \(passFile) was not read because group or others may read it"))
        // A folder where the password file should be: said so, not "others may read it".
        let folder = try IdeaBinary.run(["db", "init", url], environment: ["PGPASSFILE": dir])
        #expect(folder.code == 77)
        #expect(folder.err.contains("none was given; \(dir) was not read because it is not a file (a folder, a FIFO or a device)"),
                "\(folder.err)")
        #expect(!folder.err.contains("chmod"))
        // No password at all.
        let none = try IdeaBinary.run(["db", "init", url])
        #expect(none.code == 77)
        #expect(none.err.contains("asks for a password for user \u{201C}kaunas\u{201D} and none was given"))
    }

    @Test func unknownRoleIsExit77() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        // Over the socket (trust): the server says the role does not exist.
        let socket = try IdeaBinary.run(["db", "init", cluster.socketURL(database: location.database, user: "nobody_here")])
        #expect(socket.code == 77)
        #expect(Self.oneLine(socket), "\(socket.err)")
        #expect(socket.err.contains("the server does not let user \u{201C}nobody_here\u{201D} in: role \"nobody_here\" does not exist"))
        // Over TCP (scram): the server does not tell a wrong role from a wrong password.
        let tcp = try IdeaBinary.run(["db", "init", cluster.tcpURL(database: location.database, user: "nobody_here", password: "x")])
        #expect(tcp.code == 77)
    }

    @Test func noPermissionToTheDatabaseIsExit77() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        try cluster.psql("REVOKE CONNECT ON DATABASE \(location.database) FROM PUBLIC", database: "postgres")
        let result = try IdeaBinary.run(["db", "init", cluster.tcpURL(database: location.database, password: TestCluster.password)])
        #expect(result.code == 77)
        #expect(Self.oneLine(result), "\(result.err)")
        #expect(result.err.hasSuffix("user \u{201C}kaunas\u{201D} may not connect to the database \u{201C}\(location.database)\u{201D} "
            + "(its owner can GRANT CONNECT).\n"))
    }

    @Test func noSuchDatabaseIsExit66() throws {
        let cluster = try TestCluster.get()
        let result = try IdeaBinary.run(["db", "init", cluster.socketURL(database: "no_such_db")])
        #expect(result.code == 66)
        #expect(result.err.hasSuffix("the server has no database \u{201C}no_such_db\u{201D}; create it (createdb no_such_db) or check its name.\n"))
    }

    @Test func aBadAddressIsExit64() throws {
        let result = try IdeaBinary.run(["db", "init", "postgresql://kaunas:secret@db:99999/ideas"])
        #expect(result.code == 64)
        #expect(result.err == "postgresql://kaunas:…@db:99999/ideas: the port \u{201C}99999\u{201D} is not a number from 1 to 65535.\n")
        let path = try IdeaBinary.run(["db", "init", "ideas.db.json"])
        #expect(path.code == 64)
        #expect(path.err.contains("not a PostgreSQL address"))
    }

    @Test func sslRequiredButNotOfferedIsRefused() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase(owner: TestCluster.user)
        let url = "postgresql://kaunas@127.0.0.1:\(cluster.port)/\(location.database)?sslmode=require"
        let result = try IdeaBinary.run(["db", "init", url], environment: ["PGPASSWORD": TestCluster.password])
        #expect(result.code == 69)
        #expect(result.err.hasSuffix("the server does not offer the encrypted connection sslmode asks for; nothing was sent.\n"))
        // prefer falls back to a plain connection, as in libpq.
        let prefer = try IdeaBinary.run(["db", "init", url.replacingOccurrences(of: "require", with: "prefer")],
                                        environment: ["PGPASSWORD": TestCluster.password])
        #expect(prefer.code == 0, "\(prefer.err)")
        let verify = try IdeaBinary.run(["db", "init", url.replacingOccurrences(of: "require", with: "verify-full")],
                                        environment: ["PGPASSWORD": TestCluster.password])
        #expect(verify.code == 69)
        #expect(verify.err.contains("need the root certificate /nonexistent/.postgresql/root.crt"))
    }
}
