import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// A real PostgreSQL server for the tests, one per test process: a cluster made with
/// `initdb` in a temporary folder and started with `pg_ctl`, listening on a Unix socket
/// in that folder and on 127.0.0.1 at a free port (password logins, scram-sha-256, for
/// the tests that need TCP). Stopped (`pg_ctl stop -m fast`) and removed when the process
/// exits, failed tests or not; a cluster a crashed test process left behind is stopped
/// and removed by the next one.
///
/// PostgreSQL refuses to run as root: then initdb and pg_ctl run as an unprivileged user
/// (`postgres`, which Debian's package makes, else `nobody`; IDEA_TUI_PG_USER names
/// another), and the folder belongs to it.
///
/// `TestCluster.tls` is a second one, made only when a TLS test asks for it, with a
/// certificate (see TLSFiles).
final class TestCluster: Sendable {
    /// The superuser the tests use over the socket (no password: `trust` on the socket).
    static let admin = "idea_admin"
    /// A role with a password, for logins over TCP.
    static let user = "kaunas"
    static let password = "Kaunas-2026:pw"

    let folder: String
    let port: Int
    let bin: String
    /// Who runs the server (nil: whoever runs the tests).
    let runAs: String?

    /// The cluster, started on first use.
    static let shared: Result<TestCluster, ClusterError> = {
        do {
            return .success(try TestCluster())
        } catch let error as ClusterError {
            return .failure(error)
        } catch {
            return .failure(ClusterError(description: "\(error)"))
        }
    }()

    /// The running cluster, or a test failure saying why there is none.
    static func get() throws -> TestCluster { try shared.get() }

    struct ClusterError: Error, CustomStringConvertible {
        var description: String
    }

    /// Makes and starts a cluster. `prepare` runs after initdb, before the start, with the
    /// folder and the server's user; what it returns is added to the server's options.
    init(prepare: (_ folder: String, _ runAs: String?) throws -> String = { _, _ in "" }) throws {
        TestCluster.removeLeftovers()
        guard let bin = PostgresTools.binFolder() else {
            throw ClusterError(description: "initdb and pg_ctl were not found (/usr/lib/postgresql/*/bin, PATH): run scripts/install-deps.sh")
        }
        self.bin = bin
        let runAs = PostgresTools.unprivilegedUser()
        self.runAs = runAs
        let template = NSTemporaryDirectory().replacingOccurrences(of: "//", with: "/") + "idea-tui-pg-XXXXXX"
        var buffer = Array(template.utf8CString)
        guard mkdtemp(&buffer) != nil else { throw ClusterError(description: "mkdtemp failed for \(template)") }
        folder = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try Data("\(getpid())\n".utf8).write(to: URL(fileURLWithPath: folder + "/owner.pid"))
        if let runAs { _ = try PostgresTools.run(["chown", "-R", runAs, folder]) }
        chmod(folder, 0o700)
        let initdb = try PostgresTools.run([bin + "/initdb", "-D", folder + "/data", "-U", Self.admin, "-E", "UTF8", "--locale=C",
                                            "--auth-local=trust", "--auth-host=scram-sha-256", "-N"], as: runAs)
        guard initdb.code == 0 else { throw ClusterError(description: "initdb failed: \(initdb.err)") }
        let extra = try prepare(folder, runAs)
        var started: Int?
        var lastError = ""
        for _ in 0..<5 {
            let port = PostgresTools.freePort()
            let options = "-k \(folder) -p \(port) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                + "-c full_page_writes=off -c max_connections=60" + (extra.isEmpty ? "" : " " + extra)
            let start = try PostgresTools.run([bin + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/server.log", "-w",
                                               "-t", "60", "-o", options, "start"], as: runAs)
            if start.code == 0 {
                started = port
                break
            }
            lastError = start.err + ((try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? "")
        }
        guard let port = started else { throw ClusterError(description: "pg_ctl start failed: \(lastError)") }
        self.port = port
        ClusterShutdown.register(pgCtl: bin + "/pg_ctl", data: folder + "/data", folder: folder, runAs: runAs)
        try psql("CREATE ROLE \(Self.user) LOGIN PASSWORD '\(Self.password)'", database: "postgres")
    }

    /// Runs SQL with psql as the superuser over the socket; its output, unaligned.
    @discardableResult
    func psql(_ sql: String, database: String, user: String = TestCluster.admin) throws -> String {
        let result = try PostgresTools.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder,
                                            "-p", String(port), "-U", user, "-d", database, "-c", sql])
        guard result.code == 0 else { throw ClusterError(description: "psql failed: \(result.err)") }
        return result.out.trimmingCharacters(in: .newlines)
    }

    /// A new, empty database for one test (owned by `owner`), and its address on the socket.
    func newDatabase(owner: String = TestCluster.admin) throws -> PostgresLocation {
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql("CREATE DATABASE \(name) OWNER \(owner)", database: "postgres")
        return try socketLocation(database: String(name))
    }

    func socketLocation(database: String, user: String = TestCluster.admin) throws -> PostgresLocation {
        try PostgresLocation.parse(socketURL(database: database, user: user), environment: [:], loginName: nil,
                                   socketFolder: folder)
    }

    func socketURL(database: String, user: String = TestCluster.admin) -> String {
        "postgresql://\(user)@/\(database)?host=\(folder)&port=\(port)"
    }

    /// An address over TCP (no password in it unless given).
    func tcpURL(database: String, user: String = TestCluster.user, password: String? = nil) -> String {
        let secret = password.map { ":" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
        return "postgresql://\(user)\(secret)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Stops and removes clusters that test processes no longer running left behind.
    private static func removeLeftovers() {
        let temp = NSTemporaryDirectory()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temp) else { return }
        for name in names where name.hasPrefix("idea-tui-pg-") {
            let folder = (temp as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: folder + "/owner.pid", encoding: .utf8),
                  let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            if let bin = PostgresTools.binFolder() {
                _ = try? PostgresTools.run([bin + "/pg_ctl", "-D", folder + "/data", "stop", "-m", "immediate"],
                                           as: PostgresTools.unprivilegedUser())
            }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}

/// What the exit handler stops, as C strings made before exit: one entry per cluster,
/// added when it has started (under `clustersLock`).
private nonisolated(unsafe) var clustersToStop: [(stop: [UnsafeMutablePointer<CChar>?], remove: [UnsafeMutablePointer<CChar>?],
                                                  environment: [UnsafeMutablePointer<CChar>?])] = []
private let clustersLock = NSLock()

/// Stops the cluster when the test process exits. The handler uses the C library only:
/// `exit` runs it on whatever thread ends the tests while others still run, where
/// Foundation's locks may be held.
enum ClusterShutdown {
    static func register(pgCtl: String, data: String, folder: String, runAs: String?) {
        let stop = (runAs.map { ["/usr/sbin/runuser", "-u", $0, "--"] } ?? []) + [pgCtl, "-D", data, "stop", "-m", "fast", "-w"]
        let remove: [String] = ["/bin/rm", "-rf", folder]
        let environment: [String] = ["PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C"]
        func c(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] { strings.map { strdup($0) } + [nil] }
        clustersLock.lock()
        defer { clustersLock.unlock() }
        clustersToStop.append((c(stop), c(remove), c(environment)))
        guard clustersToStop.count == 1 else { return }
        atexit {
            for cluster in clustersToStop {
                ClusterShutdown.runQuietly(cluster.stop, cluster.environment)
                ClusterShutdown.runQuietly(cluster.remove, cluster.environment)
            }
        }
    }

    static func runQuietly(_ argv: [UnsafeMutablePointer<CChar>?], _ environment: [UnsafeMutablePointer<CChar>?]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard let program = argv.first ?? nil, posix_spawn(&pid, program, &actions, nil, argv, environment) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
