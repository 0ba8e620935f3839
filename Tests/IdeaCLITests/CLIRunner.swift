import Foundation
import IdeaModel

/// Runs the real `idea-tui` binary that `swift build` put beside the test bundle.
enum CLI {
    struct Result {
        var code: Int32
        var out: String
        var err: String
    }

    static var binary: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = dir.appendingPathComponent("idea-tui")
        // Swift Testing may run from inside the .xctest bundle folder.
        if !FileManager.default.fileExists(atPath: candidate.path) {
            candidate = dir.deletingLastPathComponent().appendingPathComponent("idea-tui")
        }
        return candidate.path
    }

    /// `output`: a file standard output goes to instead of the result (e.g. /dev/full).
    /// `input`: what the process reads on standard input (else nothing, /dev/null).
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
                    output: String? = nil, input: [UInt8]? = nil) throws -> Result {
        try Running(arguments, environment: environment, in: directory, output: output, input: input).finish()
    }

    /// The binary started and not yet waited for, so several can run at once.
    struct Running {
        let process = Process()
        let out = Pipe(), err = Pipe()

        init(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
             output: String? = nil, input: [UInt8]? = nil) throws {
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
            var env = ProcessInfo.processInfo.environment
            env["IDEAS_DB"] = nil
            // The words the tests read are English unless a test asks for another language.
            env["LC_ALL"] = nil
            env["LC_MESSAGES"] = nil
            env["LANG"] = "C.UTF-8"
            for (k, v) in environment { env[k] = v }
            process.environment = env
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            if let output, let file = FileHandle(forWritingAtPath: output) {
                process.standardOutput = file
            } else {
                process.standardOutput = out
            }
            process.standardError = err
            let stdin = Pipe()
            process.standardInput = input == nil ? FileHandle.nullDevice : stdin
            try process.run()
            if let input {
                stdin.fileHandleForWriting.write(Data(input))
                try stdin.fileHandleForWriting.close()
            }
        }

        func finish() -> Result {
            try? out.fileHandleForWriting.close()
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(code: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                          err: String(decoding: errData, as: UTF8.self))
        }
    }

    /// A folder with a generated database in it, for one test.
    static func folderWithDatabase(ideas: Int = 40) throws -> (dir: String, path: String) {
        let dir = NSTemporaryDirectory() + "idea-tui-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/ideas.db.json"
        try DatabaseFile(path: path).save(Generator.database(ideas: ideas, seed: 7), expected: nil)
        return (dir, path)
    }
}
