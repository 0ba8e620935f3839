import Foundation

/// Runs a program and waits for it with posix_spawn and waitpid, its output going to
/// files. Not Foundation's `Process`: Swift Testing runs tests on the concurrency pool,
/// whose few threads these blocking tests fill, and `Process` learns that a child ended
/// through a Dispatch source that then never gets a thread (seen here: a test process
/// hung in `waitUntilExit` while the cluster was being started). waitpid needs no thread.
enum Spawn {
    struct Output {
        var code: Int32
        /// The signal that ended it, if one did.
        var signal: Int32?
        var out: String
        var err: String
    }

    /// Runs `arguments` in the folder / (so an unprivileged user may enter where it is).
    static func run(_ arguments: [String], environment: [String: String]) throws -> Output {
        let dir = NSTemporaryDirectory() + "idea-tui-spawn-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, dir + "/out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, dir + "/err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Glibc has posix_spawn_file_actions_addchdir_np, but Swift does not import it: /usr/bin/env -C.
        let argv = (["/usr/bin/env", "-C", "/"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw NSError(domain: "Spawn", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "could not start \(arguments[0])"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signalled = status & 0x7f != 0 && status & 0x7f != 0x7f
        let out = (try? String(contentsOfFile: dir + "/out", encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: dir + "/err", encoding: .utf8)) ?? ""
        return Output(code: signalled ? 128 + (status & 0x7f) : (status >> 8) & 0xff, signal: signalled ? status & 0x7f : nil,
                      out: out, err: err)
    }
}
