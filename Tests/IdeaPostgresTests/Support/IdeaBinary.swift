import Foundation
import IdeaModel

/// The real `idea-tui` binary that `swift build` put beside the test bundle.
enum IdeaBinary {
    struct Result {
        var code: Int32
        /// The signal that ended it, if one did.
        var signal: Int32?
        var out: String
        var err: String
    }

    static var path: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = dir.appendingPathComponent("idea-tui")
        if !FileManager.default.fileExists(atPath: candidate.path) {
            candidate = dir.deletingLastPathComponent().appendingPathComponent("idea-tui")
        }
        return candidate.path
    }

    /// Runs it with English words and no PG* variables but those given.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") }
        env["IDEAS_DB"] = nil
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        env["LANG"] = "C.UTF-8"
        // No ~/.pgpass of the machine's: a home of nothing.
        env["HOME"] = "/nonexistent"
        env["XDG_CACHE_HOME"] = nil
        for (key, value) in environment { env[key] = value }
        let result = try Spawn.run([path] + arguments, environment: env)
        return Result(code: result.code, signal: result.signal, out: result.out, err: result.err)
    }

    /// A temporary folder for one test, removed by the caller.
    static func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "idea-tui-pgtest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The repository's sample database file.
    static var sample: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("ideas.db.json").path
    }
}
