import Foundation
import IdeaModel
import Testing

/// Every command into every kind of failure, with the exit code the README promises:
/// 64 usage, 65 invalid data, 66 missing file, 74 input/output (a file that may not or
/// cannot be written, output that cannot be written), 75 busy (a lock another program
/// holds). Nothing is written when a command fails.
@Suite(.serialized)
struct ExitCodeMatrixTests {
    /// The commands that only read, and print.
    static let readers: [[String]] = [
        ["validate"], ["stats"], ["list"], ["list", "--format", "csv"], ["export", "--format", "html"],
        ["export", "--format", "ics"], ["mentors", "list"], ["mentors", "suggest"], ["schedule", "--auto", "--dry-run"],
    ]

    /// The commands that change the database (each needs something to change).
    static func writers(_ dir: String) throws -> [[String]] {
        let csv = dir + "/row.csv"
        try "title,summary,author,email,sectors,district\nBandymas,Santrauka.,Rasa Petraitė,rasa@example.lt,social,Centras\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        return [
            ["import", "--format", "csv", csv, "--as", "person-00001"],
            ["mentors", "suggest", "--apply", "--as", "person-00001"],
            ["mentors", "take", "team-0026", "--mentor", "person-00037", "--as", "person-00001"],
            ["schedule", "--auto", "--as", "person-00001"],
        ]
    }

    private func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func usageErrorsAre64() throws {
        let (dir, path) = try CLI.folderWithDatabase()
        for command in Self.readers + (try Self.writers(dir)) {
            let r = try CLI.run(command + ["--db", path, "--no-such-option"])
            #expect(r.code == 64, "\(command): \(r.err)")
        }
    }

    @Test func aMissingDatabaseIs66AndAnInvalidOne65() throws {
        let (dir, path) = try CLI.folderWithDatabase()
        for command in Self.readers + (try Self.writers(dir)) {
            let missing = try CLI.run(command + ["--db", dir + "/none.json"])
            #expect(missing.code == 66, "\(command): \(missing.err)")
        }
        try "{\"schemaVersion\": 1}".write(toFile: path, atomically: false, encoding: .utf8)
        for command in Self.readers + (try Self.writers(dir)) {
            let invalid = try CLI.run(command + ["--db", path])
            #expect(invalid.code == 65, "\(command): \(invalid.err)")
            #expect(invalid.err.contains("\(path): cannot be loaded"))
        }
    }

    @Test func outputThatCannotBeWrittenIs74() throws {
        let (_, path) = try CLI.folderWithDatabase()
        for command in Self.readers {
            let r = try CLI.run(command + ["--db", path], output: "/dev/full")
            #expect(r.code == 74, "\(command): \(r.err)")
            #expect(r.err.contains("standard output: could not write: the disk is full"), "\(command): \(r.err)")
        }
    }

    @Test func aFileThatMayNotBeWrittenIs74AndUntouched() throws {
        let (dir, path) = try CLI.folderWithDatabase()
        #expect(chmod(path, 0o444) == 0)
        let before = bytes(path)
        for command in try Self.writers(dir) {
            let r = try CLI.run(command + ["--db", path])
            #expect(r.code == 74, "\(command): \(r.err)")
            #expect(r.err.contains("read-only"), "\(command): \(r.err)")
            #expect(bytes(path) == before)
        }
        let export = try CLI.run(["export", "--format", "csv", "--db", path, "--output", path + ".csv"])
        #expect(export.code == 0)
        #expect(chmod(path + ".csv", 0o444) == 0)
        let again = try CLI.run(["export", "--format", "csv", "--db", path, "--output", path + ".csv"])
        #expect(again.code == 74 && again.err.contains("read-only"), "\(again.err)")
    }

    @Test func aLockHeldTooLongIs75AndNamesItsHolder() throws {
        let (dir, path) = try CLI.folderWithDatabase()
        let before = bytes(path)
        let folder = open(dir, O_RDONLY | O_DIRECTORY)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)
        for command in try Self.writers(dir) {
            let r = try CLI.run(command + ["--db", path], environment: ["IDEA_TUI_LOCK_WAIT": "1"])
            #expect(r.code == 75, "\(command): \(r.err)")
            #expect(r.err.contains("(pid \(getpid()))"), "\(command): \(r.err)")
            #expect(r.err.contains("waited 1 s and gave up, nothing was saved"), "\(command): \(r.err)")
            #expect(bytes(path) == before)
        }
        _ = flock(folder, LOCK_UN)
        for command in try Self.writers(dir) {
            let r = try CLI.run(command + ["--db", path])
            #expect(r.code == 0, "\(command): \(r.err)")
        }
    }
}
