import Testing
@testable import IdeaModel
import IdeaUI

/// Ideas from a spreadsheet: headers in either language, every row's problems by row and
/// column, authors found or created, duplicates skipped, and all rows or none.
@Suite struct IdeaImportTests {
    static let header = "title,summary,author,email,sectors,district,tags\n"

    func run(_ text: String, into db: Database = Fx.base(), actor: String = Fx.facilitator) -> IdeaImport.Report {
        IdeaImport.run(bytes: Array(text.utf8), into: db, context: Fx.context(on: Fx.today, actor: actor))
    }

    @Test func rowsBecomeSharedIdeasAndNewAuthorsBecomePeople() throws {
        var base = Fx.base()
        if let i = base.people.firstIndex(where: { $0.id == "person-0002" }) { base.people[i].contact = Contact(email: "jonas@example.lt") }
        let report = run(Self.header + """
            Kiemo kinas,Filmai kieme.,Rasa Petraitė,rasa@example.lt,"kultūra, Youth",dainava,"kinas; Kiemas"
            Suolai,Daugiau suolų.,Jonas K.,JONAS@example.lt,socialinis,Šančiai,
            Laiptinės koncertai,Muzika laiptinėse.,Rasa Petraitė,rasa@example.lt,cultural,Centras,

            """, into: base)
        #expect(report.problems == [])
        let db = try #require(report.database)
        #expect(report.added.map(\.ideaId) == ["idea-0001", "idea-0002", "idea-0003"])
        #expect(report.added.map(\.row) == [2, 3, 4])
        // Rasa is new (once, though she wrote two rows); Jonas is known by his e-mail.
        #expect(report.newPeople.map(\.name) == ["Rasa Petraitė"])
        let rasa = try #require(db.people.first { $0.name == "Rasa Petraitė" })
        #expect(rasa.contact?.email == "rasa@example.lt" && rasa.roles == [.author])
        let first = try #require(db.ideas.first)
        #expect(first.title == "Kiemo kinas" && first.authorId == rasa.id && first.stage == .shared)
        #expect(first.sectors == [.cultural, .youth] && first.district == "Dainava" && first.tags == ["kinas", "kiemas"])
        #expect(db.ideas[1].authorId == "person-0002")
        // Every addition is a logged change by the importing facilitator.
        #expect(db.log.count == 4 && db.log.allSatisfy { $0.by == Fx.facilitator })
        #expect(Validator.problems(in: db).isEmpty)
    }

    @Test func lithuanianHeadersInAnyOrderWithExtraColumns() throws {
        let report = run("Laiko žyma;El. paštas;Seniūnija;Sektoriai;Autorius;Santrauka;Pavadinimas;Problema\n"
                         + "2026-11-01;ona@example.lt;Žaliakalnis;švietimas;Ona Onaitė;Pamokos.;Mokslo pamokos;Vaikai nuobodžiauja.\n")
        #expect(report.problems == [])
        #expect(report.ignoredColumns == ["Laiko žyma"])
        let idea = try #require(report.database?.ideas.first)
        #expect(idea.title == "Mokslo pamokos" && idea.problem == "Vaikai nuobodžiauja." && idea.sectors == [.educational])
    }

    @Test func everyProblemIsReportedByRowAndColumnAndNothingIsAdded() {
        let report = run(Self.header + """
            "Idea, one",,Ona,ona-at-example,sport,Kaunas,
            ,Text,,x@y.lt,"youth;culture",Centras,
            Fine,Fine,Ona,ona@example.lt,youth,Centras,
            Extra,Text,Ona,ona@example.lt,youth,Centras,tag,surplus

            """)
        #expect(report.database == nil)
        #expect(report.added.isEmpty)
        #expect(report.problems.map(\.description) == [
            "row 2, column B “summary”: the summary is empty",
            "row 2, column D “email”: “ona-at-example” is not an e-mail address",
            "row 2, column E “sectors”: “sport” is not a sector (use youth, cultural, educational, business, social or, in Lithuanian, jaunimas, kultūra, švietimas, verslas, socialinis)",
            "row 2, column F “district”: “Kaunas” is not one of the districts (Centras, Senamiestis, Žaliakalnis, Šančiai, Aleksotas, Vilijampolė, Dainava, Eiguliai, Šilainiai, Petrašiūnai, Panemunė, Gričiupis)",
            "row 3, column A “title”: the title is empty",
            "row 3, column C “author”: the author's name is empty",
            "row 5: has 8 cells but the header has 7 (a separator inside a cell that is not in quotes?)",
        ])
    }

    @Test func aNulOrOtherControlCharacterInACellIsRefusedWhereItIs() {
        let report = run(Self.header + "Kiemo\u{0}kinas,Filmai.,Rasa Petraitė,rasa@example.lt,cultural,Centras,\n"
            + "Suolai,Daugiau\u{1B}[2J suolų.,Rasa Petraitė,rasa@example.lt,social,Centras,\n"
            + "Laiptai,\"Dvi\neilutės\tir tab\",Rasa Petraitė,rasa@example.lt,social,Centras,\n")
        #expect(report.database == nil)
        #expect(report.problems.map { "\($0.row ?? 0) \($0.column ?? "")" } == ["2 A “title”", "3 B “summary”"])
        #expect(report.problems.first?.message.contains("U+0000") == true)
        #expect(report.problems.last?.message.contains("U+001B") == true)
    }

    @Test func missingAndRepeatedColumnsAreNamed() {
        let report = run("Title,Pavadinimas,Author,E-mail,Sectors\nA,B,C,c@d.lt,youth\n")
        #expect(report.problems.map(\.description) == [
            "row 1, column B “Pavadinimas”: names the same thing as column A “Title”",
            "the header has no summary column (call it “summary” or, in Lithuanian, “santrauka”)".replacingOccurrences(of: "the header", with: "row 1: the header"),
            "row 1: the header has no district column (call it “district” or, in Lithuanian, “seniūnija”)",
        ])
    }

    @Test func importingTheSameFileTwiceAddsNothingTheSecondTime() throws {
        let file = Self.header + "Kiemo kinas,Filmai.,Rasa Petraitė,rasa@example.lt,cultural,Dainava,\n"
            + "kiemo  KINAS,Dar kartą.,Rasa Petraitė,Rasa@Example.lt,cultural,Dainava,\n"
        let once = run(file)
        #expect(once.added.count == 1)
        #expect(once.skipped.map(\.row) == [3])
        #expect(once.skipped.first?.reason == .sameAsRow(2))
        #expect(once.skipped.first.map { Strings.en.cli.skipped($0.reason) } == "skipped, the same idea as row 2")
        let db = try #require(once.database)
        let twice = run(file, into: db)
        #expect(twice.problems == [] && twice.added.isEmpty && twice.newPeople.isEmpty)
        #expect(twice.skipped.map(\.reason) == [.alreadyThere(ideaId: "idea-0001", title: "Kiemo kinas"),
                                                 .alreadyThere(ideaId: "idea-0001", title: "kiemo  KINAS")])
        #expect(twice.skipped.map { Strings.en.cli.skipped($0.reason) } == ["skipped, already in the database as idea-0001 (“Kiemo kinas”)",
                                                                             "skipped, already in the database as idea-0001 (“kiemo  KINAS”)"])
        #expect(twice.database == db)
    }

    @Test func onlyFacilitatorsImport() {
        let report = run(Self.header + "A,B,C,c@d.lt,youth,Centras,\n", actor: "person-0002")
        #expect(report.problems.map(\.description) == ["only facilitators import ideas; Jonas Kazlauskas is not a facilitator"])
        #expect(report.database == nil)
    }

    @Test func aBrokenFileIsOneProblemWithItsLine() {
        let report = run(Self.header + "\"never closed,x,y,z@z.lt,youth,Centras,\n")
        #expect(report.problems.map(\.description) == ["line 2: a quoted cell starting here never ends (a closing \" is missing)"])
    }

    @Test func columnLettersGoPastZ() {
        #expect([0, 25, 26, 27, 51, 52, 701, 702].map(IdeaImport.letter) == ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    }
}
