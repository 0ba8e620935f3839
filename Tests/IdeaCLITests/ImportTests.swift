import Foundation
import IdeaModel
import Testing

/// `idea-tui import --format csv`: the real binary on real files; the database changes
/// only on a successful import that adds something.
@Suite(.serialized)
struct ImportTests {
    static let good = "\u{FEFF}Pavadinimas;Santrauka;Autorius;El. paštas;Sektoriai;Seniūnija;Žymės\r\n"
        + "Kiemo kinas Dainavoje;\"Filmai kieme.\r\nAtneškite pledus; kėdes.\";Rasa Petraitė;rasa@example.lt;kultūra, jaunimas;Dainava;\"kinas; kiemas\"\r\n"
        + "Suoliukai senjorams;Daugiau suolų.;Jonas Jonaitis;jonas@example.lt;socialinis;zaliakalnis;\r\n"

    /// A database, a facilitator's name and a CSV file beside them.
    static func setUp(_ csv: String) throws -> (path: String, csv: String, facilitator: String, bytes: Data) {
        let (dir, path) = try CLI.folderWithDatabase(ideas: 30)
        let db = try DatabaseFile(path: path).load().0
        let facilitator = try #require(db.people.first { $0.has(.facilitator) }?.name)
        let file = dir + "/ideas.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        return (path, file, facilitator, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func aDryRunSaysWhatWouldHappenAndChangesNothing() throws {
        let (path, csv, who, before) = try Self.setUp(Self.good)
        let r = try CLI.run(["import", "--db", path, "--format", "csv", "--dry-run", "--as", who, csv])
        #expect(r.code == 0)
        #expect(r.out == """
            row 2: new person person-\(String(format: "%04d", try DatabaseFile(path: path).load().0.people.count + 1)) Rasa Petraitė
            row 2: idea-0031 “Kiemo kinas Dainavoje”
            row 3: new person person-\(String(format: "%04d", try DatabaseFile(path: path).load().0.people.count + 2)) Jonas Jonaitis
            row 3: idea-0032 “Suoliukai senjorams”
            Dry run: would import 2 ideas (2 new people); nothing was saved.

            """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anImportSavesOnceAndASecondOneAddsNothing() throws {
        let (path, csv, who, _) = try Self.setUp(Self.good)
        let r = try CLI.run(["import", "--db", path, csv], environment: ["IDEA_TUI_USER": who])
        #expect(r.code == 0)
        #expect(r.out.hasSuffix("Imported 2 ideas (2 new people) into \(path).\n"))
        let db = try DatabaseFile(path: path).load().0
        let idea = try #require(db.ideas.first { $0.title == "Kiemo kinas Dainavoje" })
        #expect(idea.summary == "Filmai kieme.\nAtneškite pledus; kėdes.")
        #expect(idea.district == "Dainava" && idea.tags == ["kinas", "kiemas"])
        #expect(db.ideas.contains { $0.title == "Suoliukai senjorams" && $0.district == "Žaliakalnis" })
        let after = try Data(contentsOf: URL(fileURLWithPath: path))

        let again = try CLI.run(["import", "--db", path, csv], environment: ["IDEA_TUI_USER": who])
        #expect(again.code == 0)
        #expect(again.out.hasSuffix("Nothing to import, 2 rows skipped; \(path) was not changed.\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == after)
    }

    @Test func problemsAreReportedAndTheDatabaseStaysByteIdentical() throws {
        let (path, csv, who, before) = try Self.setUp("title,summary,author,email,sectors,district\n"
                                                      + "Fine,Fine,Ona,ona@example.lt,youth,Centras\n"
                                                      + "Bad,,Ona,ona@example.lt,sport,Centras\n")
        let r = try CLI.run(["import", "--db", path, "--as", who, csv])
        #expect(r.code == 65)
        #expect(r.out.isEmpty)
        #expect(r.err == """
            \(csv): row 3, column B “summary”: the summary is empty
            \(csv): row 3, column E “sectors”: “sport” is not a sector (use youth, cultural, educational, business, social or, in Lithuanian, jaunimas, kultūra, švietimas, verslas, socialinis)
            \(csv): nothing was imported: 2 problems in 1 row; \(path) was not changed.

            """)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func whoIsImportingMustBeSaid() throws {
        let (path, csv, _, before) = try Self.setUp(Self.good)
        let r = try CLI.run(["import", "--db", path, csv])
        #expect(r.code == 64)
        #expect(r.err.contains("say who is importing with --as NAME"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// The README's example, run on the sample and the example sheet, prints what the
    /// README says it prints.
    @Test func theReadmeExampleIsTrue() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let readme = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
        let command = "$ idea-tui import --format csv docs/examples/ideas-from-the-public.csv --as \"Urtė Paulauskienė\" --dry-run\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound])
        let r = try CLI.run(["import", "--db", root + "/ideas.db.json", "--format", "csv", "docs/examples/ideas-from-the-public.csv",
                             "--as", "Urtė Paulauskienė", "--dry-run"], in: root)
        #expect(r.code == 0)
        #expect(r.out == shown)
    }

    @Test func aMissingFileIsNamed() throws {
        let (path, csv, who, _) = try Self.setUp(Self.good)
        let r = try CLI.run(["import", "--db", path, "--as", who, csv + ".nope"])
        #expect(r.code == 66)
        #expect(r.err == "\(csv).nope: no such file.\n")
    }
}
