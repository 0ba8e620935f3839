import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// `idea-tui db copy` against a real server: file → PostgreSQL → file gives the same
/// bytes; a database or file with data in it is replaced only when asked, and all at once.
@Suite struct CopyTests {
    /// True when the file holds exactly these bytes (or the other file's): a Bool, so a
    /// failure does not make Swift Testing diff megabytes.
    static func same(_ path: String, _ other: String) -> Bool {
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: other)) else { return false }
        return same(path, bytes)
    }

    static func same(_ path: String, _ bytes: Data) -> Bool {
        (try? Data(contentsOf: URL(fileURLWithPath: path))) == bytes
    }

    static func same(_ bytes: Data, _ path: String) -> Bool { same(path, bytes) }

    /// Copies `file` into a new database and out again; the bytes that came back.
    static func roundTrip(_ file: String, in cluster: TestCluster) throws -> (back: Data, location: PostgresLocation) {
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let into = try IdeaBinary.run(["db", "copy", file, url])
        #expect(into.code == 0, "\(into.err)")
        let out = try IdeaBinary.run(["db", "copy", url, dir + "/back.json"])
        #expect(out.code == 0, "\(out.err)")
        return (try Data(contentsOf: URL(fileURLWithPath: dir + "/back.json")), location)
    }

    @Test func theSampleComesBackAsTheSameBytes() throws {
        let cluster = try TestCluster.get()
        let (back, location) = try Self.roundTrip(IdeaBinary.sample, in: cluster)
        #expect(Self.same(back, IdeaBinary.sample))
        // What psql sees: a row per record, the log in its own table.
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'", database: location.database) == "180")
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.log", database: location.database) == "584")
        #expect(try cluster.psql("SELECT version FROM idea_tui.head", database: location.database) == "1")
    }

    @Test func tenThousandIdeasComeBackAsTheSameBytes() throws {
        let cluster = try TestCluster.get()
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/big.json"
        let made = try IdeaBinary.run(["generate", "--ideas", "10000", "--seed", "1", "--output", file])
        #expect(made.code == 0, "\(made.err)")
        let (back, location) = try Self.roundTrip(file, in: cluster)
        #expect(Self.same(back, file))
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'", database: location.database) == "10000")
    }

    @Test func whatTheCopySays() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let result = try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url])
        #expect(result.code == 0)
        #expect(result.out == """
            \(location.name): created idea-tui's tables (schema version 3).
            Copied \(IdeaBinary.sample) to \(location.name): 180 ideas, 571 people, 112 teams, 9 forums, 1 workshop track, \
            65 workshop sessions, 12 sponsors, 14 venues, 12 districts, 59 festival slots, 584 log entries; the database is at version 1.

            """)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try IdeaBinary.run(["db", "copy", "--lang", "lt", url, dir + "/x.json"])
        #expect(out.out == "Nukopijuota iš \(location.name) į \(dir)/x.json: 180 idėjų, 571 žmogus, 112 komandų, 9 forumai, "
            + "1 dirbtuvių programa, 65 dirbtuvių užsiėmimai, 12 rėmėjų, 14 vietų, 12 seniūnijų, 59 festivalio laikai, "
            + "584 žurnalo įrašai.\n")
    }

    @Test func aDatabaseWithDataIsReplacedOnlyWhenAsked() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let small = dir + "/small.json"
        try DatabaseFile(path: small).save(Generator.database(ideas: 12, seed: 3), expected: nil)
        #expect(try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url]).code == 0)

        let refused = try IdeaBinary.run(["db", "copy", small, url])
        #expect(refused.code == 74)
        #expect(refused.err == "\(location.name): the database already holds data (180 ideas, 1609 records in all); "
            + "nothing was copied. Add --replace to replace it.\n")
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'", database: location.database) == "180")

        let replaced = try IdeaBinary.run(["db", "copy", "--replace", small, url])
        #expect(replaced.code == 0, "\(replaced.err)")
        #expect(replaced.out.hasPrefix("\(location.name): replaced what it held (180 ideas, 1609 records in all).\n"))
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.records WHERE collection = 'ideas'", database: location.database) == "12")
        #expect(try cluster.psql("SELECT version || ' ' || replaced_at FROM idea_tui.head", database: location.database) == "2 2")
        let back = try IdeaBinary.run(["db", "copy", url, dir + "/back.json"])
        #expect(back.code == 0)
        #expect(Self.same(dir + "/back.json", small))
    }

    @Test func aReplaceThatFailsHalfWayLeavesTheOldData() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let old = Generator.database(ideas: 30, seed: 5)
        _ = try PostgresStore.fill(location, credentials: Credentials(password: nil), with: old, replace: false, program: "test")
        for step in PostgresStore.FillStep.allCases {
            #expect(throws: DatabaseServerError.lost(location: "test")) {
                _ = try PostgresStore.fill(location, credentials: Credentials(password: nil), with: Generator.database(ideas: 8, seed: 9),
                                           replace: true, program: "test") { (reached: PostgresStore.FillStep) throws(DatabaseServerError) in
                    if reached == step { throw .lost(location: "test") }
                }
            }
            let store = try PostgresStore.open(location, credentials: Credentials(password: nil))
            defer { store.close() }
            let (db, version) = try store.snapshot()
            #expect(db == old, "after a failure at \(step)")
            #expect(version == 1)
        }
    }

    @Test func aCopyKilledHalfWayChangesNothing() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Into an empty database: killed after writing everything, before the commit.
        let fresh = try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url], environment: ["IDEA_TUI_TEST_PG_KILL_AT": "written"])
        #expect(fresh.code != 0)
        #expect(try cluster.psql("SELECT to_regnamespace('idea_tui') IS NULL", database: location.database) == "t")
        // Over data, with --replace: killed after the old data was cleared.
        let small = dir + "/small.json"
        try DatabaseFile(path: small).save(Generator.database(ideas: 12, seed: 3), expected: nil)
        #expect(try IdeaBinary.run(["db", "copy", small, url]).code == 0)
        for step in ["cleared", "recordsWritten", "written"] {
            let killed = try IdeaBinary.run(["db", "copy", "--replace", IdeaBinary.sample, url],
                                            environment: ["IDEA_TUI_TEST_PG_KILL_AT": step])
            #expect(killed.code != 0)
            let back = try IdeaBinary.run(["db", "copy", "--replace", url, dir + "/back.json"])
            #expect(back.code == 0, "\(back.err)")
            #expect(Self.same(dir + "/back.json", small), "killed at \(step)")
        }
    }

    @Test func aFileIsReplacedOnlyWhenAskedAndOnlyWhenItLoads() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        #expect(try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url]).code == 0)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/ideas.db.json"
        let small = Generator.database(ideas: 5, seed: 2)
        try DatabaseFile(path: target).save(small, expected: nil)
        let before = try Data(contentsOf: URL(fileURLWithPath: target))

        let refused = try IdeaBinary.run(["db", "copy", url, target])
        #expect(refused.code == 74)
        #expect(refused.err == "\(target): a file is already there; nothing was copied. Add --replace to replace it "
            + "(the previous version is kept as ideas.db.json.bak).\n")
        #expect(Self.same(target, before))

        let replaced = try IdeaBinary.run(["db", "copy", "--replace", url, target])
        #expect(replaced.code == 0, "\(replaced.err)")
        #expect(Self.same(target, IdeaBinary.sample))
        #expect(Self.same(target + ".bak", before))

        // A file that does not load is never written over.
        try Data("{\"schemaVersion\": 1, \"ideas\": [".utf8).write(to: URL(fileURLWithPath: target))
        let broken = try IdeaBinary.run(["db", "copy", "--replace", url, target])
        #expect(broken.code == 65)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "{\"schemaVersion\": 1, \"ideas\": [")
    }

    @Test func fromOneDatabaseToAnother() throws {
        let cluster = try TestCluster.get()
        let (_, first) = try Self.roundTrip(IdeaBinary.sample, in: cluster)
        let second = try cluster.newDatabase()
        let from = cluster.socketURL(database: first.database), to = cluster.socketURL(database: second.database)
        let copied = try IdeaBinary.run(["db", "copy", from, to])
        #expect(copied.code == 0, "\(copied.err)")
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try IdeaBinary.run(["db", "copy", to, dir + "/back.json"]).code == 0)
        #expect(Self.same(dir + "/back.json", IdeaBinary.sample))
        let same = try IdeaBinary.run(["db", "copy", from, from])
        #expect(same.code == 64)
        let files = try IdeaBinary.run(["db", "copy", IdeaBinary.sample, dir + "/other.json"])
        #expect(files.code == 64)
        #expect(files.err.contains("FROM or TO must be a PostgreSQL address"))
    }

    @Test func aTextPostgreSQLCannotKeepIsNamed() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        var db = Generator.database(ideas: 6, seed: 1)
        db.ideas[3].title = "Kiemo\u{0}kinas"
        #expect(throws: DatabaseServerError.unstorable(location: location.name, path: "ideas[3].title")) {
            _ = try PostgresStore.fill(location, credentials: Credentials(password: nil), with: db, replace: false, program: "test")
        }
        #expect(try cluster.psql("SELECT to_regnamespace('idea_tui') IS NULL", database: location.database) == "t")
    }
}
