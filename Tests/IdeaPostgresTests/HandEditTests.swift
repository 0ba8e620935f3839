import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// Records edited by hand with psql into something idea-tui cannot load: `db copy` out of
/// the database refuses with 65 and says where, by the path in the file the records make,
/// and writes nothing.
@Suite struct HandEditTests {
    /// A database with the sample in it, edited by `sql`; what `db copy` out of it said.
    static func copyOut(after sql: String) throws -> (result: IdeaBinary.Result, location: PostgresLocation, wrote: Bool) {
        let cluster = try TestCluster.get()
        let location = try cluster.newDatabase()
        let url = cluster.socketURL(database: location.database)
        let into = try IdeaBinary.run(["db", "copy", IdeaBinary.sample, url])
        #expect(into.code == 0, "\(into.err)")
        try cluster.psql(sql, database: location.database)
        let dir = try IdeaBinary.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try IdeaBinary.run(["db", "copy", url, dir + "/out.json"])
        return (result, location, FileManager.default.fileExists(atPath: dir + "/out.json"))
    }

    @Test(arguments: [
        ("UPDATE idea_tui.records SET record = '[]' WHERE collection = 'ideas' AND position = 1",
         "ideas[0]: expected an object, found a list"),
        ("UPDATE idea_tui.records SET record = jsonb_set(record, '{stage}', '\"bogus\"') WHERE collection = 'ideas' AND position = 1",
         "ideas[0].stage: \"bogus\" is not one of"),
        ("UPDATE idea_tui.records SET collection = 'people', position = 100000 WHERE collection = 'ideas' AND position = 1",
         "people[571].name: missing field \"name\""),
        ("DELETE FROM idea_tui.records WHERE collection = 'festival'", "festival: missing field \"festival\""),
        ("UPDATE idea_tui.records SET record = '{\"a\": 1}' WHERE collection = 'districts'", "districts: expected a list, found an object"),
    ])
    func aRecordThatDoesNotLoadIsNamedByItsPath(sql: String, problem: String) throws {
        let (result, location, wrote) = try Self.copyOut(after: sql)
        #expect(result.code == 65, "\(result.err)")
        #expect(!wrote)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("\(location.name): the records in the database do not make a database that loads, ") == true,
                "\(result.err)")
        #expect(lines.dropFirst().contains { $0.hasPrefix("  \(location.name): \(problem)") }, "\(result.err)")
        // Lines and columns would be those of a file that is nowhere.
        #expect(!result.err.contains("line "), "\(result.err)")
    }
}
