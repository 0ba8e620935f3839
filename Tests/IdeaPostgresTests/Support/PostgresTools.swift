import Foundation

/// Finding and running PostgreSQL's programs for the tests.
enum PostgresTools {
    struct Output {
        var code: Int32
        var out: String
        var err: String
    }

    /// The folder with initdb and pg_ctl: Debian's /usr/lib/postgresql/N/bin (newest
    /// first), else wherever PATH finds initdb.
    static func binFolder() -> String? {
        let base = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions {
            let bin = "\(base)/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: bin + "/initdb"),
               FileManager.default.isExecutableFile(atPath: bin + "/pg_ctl") { return bin }
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) {
            if FileManager.default.isExecutableFile(atPath: dir + "/initdb"),
               FileManager.default.isExecutableFile(atPath: dir + "/pg_ctl") { return dir }
        }
        return nil
    }

    /// Who runs the server: nobody else when the tests are not root; as root, the user
    /// IDEA_TUI_PG_USER names, else `postgres`, else `nobody`.
    static func unprivilegedUser() -> String? {
        guard geteuid() == 0 else { return nil }
        if let named = ProcessInfo.processInfo.environment["IDEA_TUI_PG_USER"], !named.isEmpty { return named }
        return getpwnam("postgres") != nil ? "postgres" : "nobody"
    }

    /// Runs a program (found on PATH unless a path), as `user` through runuser when given.
    static func run(_ arguments: [String], as user: String? = nil, environment: [String: String] = [:]) throws -> Output {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C"
        for (key, value) in environment { env[key] = value }
        let result = try Spawn.run(user.map { ["runuser", "-u", $0, "--"] + arguments } ?? arguments, environment: env)
        return Output(code: result.code, out: result.out, err: result.err)
    }

    /// A TCP port on 127.0.0.1 nothing listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

