import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// `idea-tui db init` against a real server: a fresh database, again, and databases it
/// must refuse.
@Suite struct SchemaTests {
    @Test func initMakesTheSchemaAndIsHarmlessAgain() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)

        let first = try IdeaBinary.run(["db", "init", url])
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out == "\(location.name): created idea-tui's tables (schema version 3).\n")
        #expect(try cluster.psql("SELECT string_agg(version || ' ' || program, ',' ORDER BY version) FROM idea_tui.schema_version",
                                 database: location.database) == "1 idea-tui 0.1.0,2 idea-tui 0.1.0,3 idea-tui 0.1.0")
        #expect(try cluster.psql("SELECT version, replaced_at FROM idea_tui.head", database: location.database) == "0|0")
        let tables = try cluster.psql("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
            + "WHERE table_schema = 'idea_tui'", database: location.database)
        #expect(tables == "head,log,records,schema_version")

        let again = try IdeaBinary.run(["db", "init", url])
        #expect(again.code == 0, "\(again.err)")
        #expect(again.out == "\(location.name): already at idea-tui schema version 3; nothing to do.\n")
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.schema_version", database: location.database) == "3")

        let lithuanian = try IdeaBinary.run(["db", "init", "--lang", "lt", url])
        #expect(lithuanian.out == "\(location.name): idea-tui schemos versija jau 3; nieko daryti nereikia.\n")
    }

    @Test func newerSchemaIsRefused() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        #expect(try IdeaBinary.run(["db", "init", url]).code == 0)
        try cluster.psql("INSERT INTO idea_tui.schema_version (version, program) VALUES (4, 'idea-tui 9.0')", database: location.database)

        let again = try IdeaBinary.run(["db", "init", url])
        #expect(again.code == 65)
        #expect(again.out.isEmpty)
        #expect(again.err == "\(location.name): the database is idea-tui schema version 4, newer than the version 3 this idea-tui "
            + "knows; update idea-tui to open it. Nothing was changed.\n")
        // Reading it is refused the same way, and nothing was written.
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = try IdeaBinary.run(["db", "copy", url, dir + "/out.json"])
        #expect(out.code == 65)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
        #expect(try cluster.psql("SELECT max(version) FROM idea_tui.schema_version", database: location.database) == "4")
    }

    /// A database an idea-tui of schema version 1 made: refused until `db init` brings it
    /// up to date, which keeps every record; then a change by hand moves the version.
    @Test func aVersionOneSchemaIsBroughtUpToDate() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        #expect(try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url]).code == 0)
        try cluster.psql("DROP TRIGGER records_changed_by_hand ON idea_tui.records; DROP TRIGGER log_changed_by_hand ON idea_tui.log; "
                         + "DROP FUNCTION idea_tui.changed_by_hand(); DROP TRIGGER records_truncated_by_hand ON idea_tui.records; "
                         + "DROP FUNCTION idea_tui.truncated_by_hand(); DELETE FROM idea_tui.schema_version WHERE version >= 2",
                         database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let refused = try IdeaBinary.run(["db", "copy", url, dir + "/refused.json"])
        #expect(refused.code == 65)
        #expect(refused.err == "\(location.name): the database is idea-tui schema version 1, older than version 3; "
            + "bring it up to date with `idea-tui db init \(location.name)`. Nothing was changed.\n")

        let upgraded = try IdeaBinary.run(["db", "init", url])
        #expect(upgraded.code == 0, "\(upgraded.err)")
        #expect(upgraded.out == "\(location.name): brought up to date from schema version 1 to 3.\n")
        let back = try IdeaBinary.run(["db", "copy", url, dir + "/back.json"])
        #expect(back.code == 0, "\(back.err)")
        #expect(FileManager.default.contents(atPath: dir + "/back.json") == FileManager.default.contents(atPath: IdeaBinary.sample))
        try cluster.psql("UPDATE idea_tui.records SET record = record WHERE collection = 'venues' AND position = 1",
                         database: location.database)
        #expect(try cluster.psql("SELECT version FROM idea_tui.head", database: location.database) == "2")
    }

    @Test func aSchemaIdeaTuiDidNotMakeIsLeftAlone() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        try cluster.psql("CREATE SCHEMA idea_tui; CREATE TABLE idea_tui.things (x int)", database: location.database)
        let result = try IdeaBinary.run(["db", "init", cluster.socketURL(database: location.database)])
        #expect(result.code == 65)
        #expect(result.err.contains("a schema called idea_tui that is not idea-tui's"))
        #expect(try cluster.psql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'idea_tui'",
                                 database: location.database) == "1")
    }

    @Test func aDatabaseNotInUTF8IsRefused() throws {
        let cluster = try TestCluster.get()
        let name = "latin_" + UUID().uuidString.prefix(8).lowercased()
        try cluster.psql("CREATE DATABASE \(name) ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'", database: "postgres")
        let result = try IdeaBinary.run(["db", "init", cluster.socketURL(database: name)])
        #expect(result.code == 65)
        #expect(result.err.contains("keeps text as LATIN1, not UTF-8"))
        #expect(try cluster.psql("SELECT to_regnamespace('idea_tui') IS NULL", database: name) == "t")
    }

    @Test func readingADatabaseWithoutTheSchemaSaysHowToMakeIt() throws {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try IdeaBinary.run(["db", "copy", url, dir + "/out.json"])
        #expect(result.code == 66)
        #expect(result.err == "\(location.name): the database holds no idea-tui data yet; create its tables with "
            + "`idea-tui db init \(location.name)`, or copy a file into it with `idea-tui db copy FILE \(location.name)`.\n")
    }

    /// A database of 40 generated ideas, and a connection to it.
    static func filledForTheLog() throws -> (TestCluster, PostgresLocation, ServerConnection) {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        _ = try PostgresStore.fill(location, credentials: Credentials(password: nil), with: Generator.database(ideas: 40, seed: 7),
                                   replace: false, program: "test")
        return (cluster, location, try ServerConnection.open(location, credentials: Credentials(password: nil)))
    }

    /// Nil when `sql` runs; else what the server said (code and message), as `said` puts it,
    /// or any other error as it is.
    static func refusal(_ sql: String, on connection: ServerConnection, _ said: (String, String) -> String) -> String? {
        do {
            try connection.run([sql])
            return nil
        } catch {
            guard case .server(_, let code, let message) = error else { return "\(error)" }
            return said(code, message)
        }
    }

    @Test func theLogRefusesDeleteTruncateAndEveryUpdateButAnIdeaLink() throws {
        let (cluster, location, connection) = try Self.filledForTheLog()
        defer { connection.close() }
        func refusal(_ sql: String) -> String? { Self.refusal(sql, on: connection) { code, message in code + " " + message } }
        let linked = try cluster.psql("SELECT seq FROM idea_tui.log WHERE entry ? 'ideaId' ORDER BY seq LIMIT 1", database: location.database)
        #expect(refusal("DELETE FROM idea_tui.log WHERE seq = 1") == "23001 the idea-tui log is append-only: DELETE of its entries is refused")
        #expect(refusal("TRUNCATE idea_tui.log") == "23001 the idea-tui log is append-only: TRUNCATE of its entries is refused")
        #expect(refusal("UPDATE idea_tui.log SET entry = jsonb_set(entry, '{summary}', '\"rewritten\"') WHERE seq = \(linked)")
            == "23001 the idea-tui log is append-only: UPDATE of its entries is refused")
        #expect(refusal("UPDATE idea_tui.log SET entry = jsonb_set(entry, '{ideaId}', '\"idea-0002\"') WHERE seq = \(linked)")
            == "23001 the idea-tui log is append-only: UPDATE of its entries is refused")
        // What the model does when an idea is removed, and when that removal is undone.
        let idea = try cluster.psql("SELECT entry->>'ideaId' FROM idea_tui.log WHERE seq = \(linked)", database: location.database)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry - 'ideaId', version = version + 1 WHERE seq = \(linked)") == nil)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"\(idea)\"}', version = version + 1 WHERE seq = \(linked)") == nil)
        #expect(try cluster.psql("SELECT count(*) FROM idea_tui.log", database: location.database) == String(Generator.database(ideas: 40, seed: 7).log.count))
    }

    /// Clearing a link then "putting back" another idea, in two statements, would point an
    /// entry at an idea it never named: only the idea it named may come back.
    @Test func theLogPutsBackOnlyTheIdeaAnEntryNamed() throws {
        let (cluster, location, connection) = try Self.filledForTheLog()
        defer { connection.close() }
        func refusal(_ sql: String) -> String? { Self.refusal(sql, on: connection) { code, _ in code } }
        let db = location.database
        let linked = try cluster.psql("SELECT seq FROM idea_tui.log WHERE entry ? 'ideaId' ORDER BY seq LIMIT 1", database: db)
        let idea = try cluster.psql("SELECT entry->>'ideaId' FROM idea_tui.log WHERE seq = \(linked)", database: db)
        let other = try cluster.psql("SELECT id FROM idea_tui.records WHERE collection = 'ideas' AND id <> '\(idea)' LIMIT 1", database: db)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry - 'ideaId' WHERE seq = \(linked)") == nil)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"\(other)\"}' WHERE seq = \(linked)") == "23001")
        // Nor by writing the remembered idea by hand first, nor on an entry that never had one.
        #expect(refusal("UPDATE idea_tui.log SET cleared_idea = '\"\(other)\"' WHERE seq = \(linked)") == nil)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"\(other)\"}' WHERE seq = \(linked)") == "23001")
        try cluster.psql("INSERT INTO idea_tui.log (seq, id, entry, version, cleared_idea) SELECT 100000, 'log-x', "
            + "jsonb_set(entry - 'ideaId', '{id}', '\"log-x\"'), 1, '\"\(other)\"' FROM idea_tui.log WHERE seq = 1", database: db)
        #expect(refusal("UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"\(other)\"}' WHERE seq = 100000") == "23001")
        // The idea it named comes back.
        #expect(refusal("UPDATE idea_tui.log SET entry = entry || '{\"ideaId\": \"\(idea)\"}' WHERE seq = \(linked)") == nil)
        #expect(try cluster.psql("SELECT entry->>'ideaId' FROM idea_tui.log WHERE seq = \(linked)", database: db) == idea)
    }

    /// A schema called idea_tui that is not idea-tui's whole schema (another program's
    /// `schema_version`, a table or the head row gone) is refused with 65 and left alone,
    /// never reported as up to date or as a server error.
    @Test func aSchemaThatIsNotIdeaTuisWholeIsRefused() throws {
        let cluster = try TestCluster.get()
        let damage = ["CREATE SCHEMA idea_tui; CREATE TABLE idea_tui.schema_version (version int); "
                        + "INSERT INTO idea_tui.schema_version VALUES (1)",
                      "CREATE SCHEMA idea_tui; CREATE TABLE idea_tui.schema_version (version text, program text); "
                        + "INSERT INTO idea_tui.schema_version VALUES ('1', 'flyway')",
                      "DROP TABLE idea_tui.head", "DROP TABLE idea_tui.log", "DELETE FROM idea_tui.head"]
        for (i, sql) in damage.enumerated() {
            let location = try cluster.newDatabase()
            let url = cluster.socketURL(database: location.database)
            if i >= 2 {
                let copy = try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url])
                #expect(copy.code == 0, "\(copy.err)")
            }
            try cluster.psql(sql, database: location.database)
            let dir = try IdeaBinary.folder()
            defer { try? FileManager.default.removeItem(atPath: dir) }
            for args in [["db", "init", url], ["db", "copy", IdeaBinary.sample, url], ["db", "copy", "--replace", IdeaBinary.sample, url],
                         ["db", "copy", url, dir + "/out.json"]] {
                let result = try IdeaBinary.run(args)
                #expect(result.code == 65, "\(sql) \(args): \(result.code) \(result.err)")
                #expect(result.err == "\(location.name): the database has a schema called idea_tui that is not idea-tui's, or not "
                    + "all of it (a table or the row of idea_tui.head is missing); nothing was changed. Use another database, or restore this "
                    + "one from a backup.\n", "\(sql)")
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/out.json"))
        }
    }
}
