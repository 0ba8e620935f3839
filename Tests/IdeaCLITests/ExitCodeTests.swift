import Foundation
import IdeaModel
import Testing

/// The command line's promises: exit codes 0/64/65/66/74, errors on stderr naming the
/// file, and a file that failed to load left exactly as it was.
@Suite(.serialized)
struct ExitCodeTests {
    @Test func validFileValidates() throws {
        let (_, path) = try CLI.folderWithDatabase()
        let r = try CLI.run(["validate", "--db", path])
        #expect(r.code == 0)
        #expect(r.out.contains("\(path): valid."))
        #expect(r.err.isEmpty)
    }

    @Test func invalidFileExits65AndIsNotTouched() throws {
        let (_, path) = try CLI.folderWithDatabase()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"stage\": \"shared\"", with: "\"stage\": \"finished\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in [["validate"], ["stats"], ["list"]] {
            let r = try CLI.run(command + ["--db", path])
            #expect(r.code == 65)
            #expect(r.err.contains("\(path): cannot be loaded"))
            #expect(r.err.contains("\"finished\" is not one of"))
            #expect(r.out.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test func syntaxErrorShowsLineAndColumn() throws {
        let (_, path) = try CLI.folderWithDatabase()
        try "{\n  \"schemaVersion\": 1,\n  \"ideas\": [}\n".write(toFile: path, atomically: false, encoding: .utf8)
        let r = try CLI.run(["validate", "--db", path])
        #expect(r.code == 65)
        #expect(r.err.contains("line 3, column 13"))
    }

    @Test func missingFileExits66() throws {
        let r = try CLI.run(["validate", "--db", "/nonexistent/ideas.db.json"])
        #expect(r.code == 66)
        #expect(r.err.contains("/nonexistent/ideas.db.json: no such file"))
    }

    @Test func folderInsteadOfFileExits74() throws {
        let (dir, _) = try CLI.folderWithDatabase()
        let r = try CLI.run(["stats", "--db", dir])
        #expect(r.code == 74)
        #expect(r.err.contains("it is a folder, not a file"))
    }

    @Test func unreadableFileExits74() throws {
        guard getuid() != 0 else { return } // root reads everything; nothing to check
        let (_, path) = try CLI.folderWithDatabase()
        chmod(path, 0)
        let r = try CLI.run(["validate", "--db", path])
        #expect(r.code == 74)
        #expect(r.err.contains("permission denied"))
    }

    @Test(arguments: [["list", "--stage", "finished"], ["list", "--sector", "sports"], ["validate", "--nope"],
                      ["generate"], ["generate", "--ideas", "0", "--output", "x.json"], ["frobnicate"],
                      ["generate", "--ready", "5", "--output", "x.json"], ["generate", "--ready", "5", "--venues", "0", "--output", "x.json"],
                      ["generate", "--ready", "5", "--load", "0", "--output", "x.json"], ["generate", "--load", "1", "--output", "x.json"],
                      ["generate", "--ready", "5", "--venues", "3", "--load", "1", "--output", "x.json"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let r = try CLI.run(arguments)
        #expect(r.code == 64)
        #expect(!r.err.isEmpty)
    }

    @Test func helpAndVersion() throws {
        let help = try CLI.run(["--help"])
        #expect(help.code == 0)
        for word in ["validate", "stats", "list", "generate", "Exit codes"] { #expect(help.out.contains(word)) }
        // Each exit code on a line of its own, none wrapped in mid-sentence (the help is
        // laid out for 80 columns).
        let lines = help.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for code in ["0   ok", "64  usage", "65  invalid data", "66  missing file", "69  PostgreSQL", "74  input/output error",
                     "75  busy", "77  over ssh"] {
            #expect(lines.contains { $0.hasPrefix("  " + code) }, "\(code)")
        }
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let version = try CLI.run(["--version"])
        #expect(version.code == 0)
        #expect(version.out.contains("."))
    }

    @Test func dbDefaultsToEnvironmentThenCurrentFolder() throws {
        let (dir, path) = try CLI.folderWithDatabase()
        #expect(try CLI.run(["validate"], environment: ["IDEAS_DB": path]).code == 0)
        #expect(try CLI.run(["validate"], in: dir).out.contains("ideas.db.json: valid."))
    }

    @Test func generateRefusesToOverwriteWithoutForce() throws {
        let (_, path) = try CLI.folderWithDatabase()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let r = try CLI.run(["generate", "--ideas", "5", "--output", path])
        #expect(r.code == 74)
        #expect(r.err.contains("--force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let forced = try CLI.run(["generate", "--ideas", "5", "--output", path, "--force"])
        #expect(forced.code == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == before)
    }

    /// A festival to schedule: the ready ideas and venues asked for, no slots, valid.
    @Test func generateAFestivalToSchedule() throws {
        let (dir, _) = try CLI.folderWithDatabase()
        let path = dir + "/festival.db.json"
        let r = try CLI.run(["generate", "--ready", "30", "--venues", "5", "--seed", "3", "--output", path])
        #expect(r.code == 0)
        let db = try DatabaseFile(path: path).load().0
        #expect(db.ideas.filter { $0.stage == .ready && $0.plan != nil }.count == 30)
        #expect(db.venues.count == 5 && db.festival.slots.isEmpty)
        #expect(try CLI.run(["validate", "--db", path]).code == 0)
    }

    /// A festival at a load: as many venues as bring the minutes asked for nearest to that
    /// share of the minutes open, and the same file as asking for that many venues.
    @Test func generateAFestivalAtALoad() throws {
        let (dir, _) = try CLI.folderWithDatabase()
        let path = dir + "/festival.db.json"
        #expect(try CLI.run(["generate", "--ready", "100", "--load", "1.2", "--seed", "4", "--output", path]).code == 0)
        let db = try DatabaseFile(path: path).load().0
        let load = Generator.festivalLoad(db)
        for v in [db.venues.count - 1, db.venues.count + 1] where v > 0 {
            #expect(abs(load - 1.2) <= abs(Generator.festivalLoad(Generator.festival(ready: 100, venues: v, seed: 4)) - 1.2))
        }
        #expect(abs(load - 1.2) < 0.15)
        let same = dir + "/same.db.json"
        #expect(try CLI.run(["generate", "--ready", "100", "--venues", String(db.venues.count), "--seed", "4", "--output", same]).code == 0)
        #expect(try DatabaseFile(path: same).load().0.venues == db.venues)
    }

    @Test func generateIsDeterministic() throws {
        let (dir, _) = try CLI.folderWithDatabase()
        for name in ["a.json", "b.json"] {
            #expect(try CLI.run(["generate", "--ideas", "60", "--seed", "11", "--output", dir + "/" + name]).code == 0)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.json"))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir + "/b.json"))
        #expect(a == b)
        #expect(try CLI.run(["validate", "--db", dir + "/a.json"]).code == 0)
    }
}
