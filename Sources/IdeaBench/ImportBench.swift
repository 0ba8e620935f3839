import Foundation
import IdeaModel

/// CSV import of 1,000, 10,000 and 100,000 rows into the sample database: read, check
/// every row, find or create each author, add. A third of the rows name an author met
/// before. References in the same run: Python's csv module reading the same file, and
/// (up to 10,000 rows) the same rows added one `apply` at a time, as the import did
/// before it kept indexes.
func importBench(sizes: [Int] = [1000, 10000, 100_000]) {
    guard let db = try? DatabaseCodec.decode(DatabaseFile(path: "ideas.db.json").readBytes()),
          let actor = db.people.first(where: { $0.has(.facilitator) }) else {
        print("import: run from the project's folder (it reads ideas.db.json)")
        return
    }
    let context = CommandContext(actor: actor.id, now: Timestamp(seconds: 1_780_000_000), today: db.festival.day)
    print("CSV import into the sample    rows       import   per row      python csv   ratio   one apply a row (before)")
    for n in sizes {
        let path = NSTemporaryDirectory() + "idea-bench-import-\(getpid())-\(n).csv"
        let bytes = Array(csv(rows: n, districts: db.districts).utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var added = 0
        let time = best(n >= 100_000 ? 1 : 3) {
            let report = IdeaImport.run(bytes: bytes, into: db, context: context)
            added = report.added.count
        }
        guard added == n else { print("import of \(n) rows added \(added)"); return }
        let py = output(of: ["python3", "-c", """
            import csv, sys, time
            t = time.perf_counter(); rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''))); print(time.perf_counter() - t)
            """, path]).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let before = n <= 10_000 ? seconds { oneApplyARow(bytes, into: db, context) } : nil
        print(String(format: "%36d  ", n) + ms(time) + String(format: "  %6.1f µs  ", time / Double(n) * 1e6)
              + (py.map(ms) ?? "         –") + (py.map { String(format: "  %6.2f  ", time / $0) } ?? "       –  ")
              + (before.map { ms($0) + String(format: " (%.0f× ours)", $0 / time) } ?? "   (not run: quadratic)"))
    }
}

/// Rows with a Lithuanian header; every third row's author wrote an earlier row.
private func csv(rows: Int, districts: [String]) -> String {
    var text = "Pavadinimas,Santrauka,Autorius,El. paštas,Sektoriai,Seniūnija,Žymos\n"
    let sectors = ["kultūra", "jaunimas", "švietimas", "verslas", "socialinis"]
    for i in 0..<rows {
        let author = i % 3 == 2 ? i - 1 : i
        text += "Idėja nr. \(i),\"Kiemo šventė, kaimynai ir \(i).\",Autorė \(author),autore\(author)@example.lt,"
            + "\(sectors[i % 5]),\(districts[i % districts.count]),\"kiemas, \(i % 40)\"\n"
    }
    return text
}

/// The same rows added the way the import did before: each author looked up and each
/// record added by `Database.apply`, which looks through every record for each add.
private func oneApplyARow(_ bytes: [UInt8], into db: Database, _ context: CommandContext) {
    guard let table = try? CSVReader.read(bytes) else { return }
    var work = db
    for row in table.rows where row.cells.count >= 6 {
        let email = row.cells[3]
        var authorId = work.people.first { $0.contact?.email == email }?.id
        if authorId == nil {
            _ = try? work.apply(.addPerson(Person(id: "", name: row.cells[2], roles: [.author], contact: Contact(email: email))), context: context)
            authorId = work.people.last?.id
        }
        let sectors = Sector.named(row.cells[4]).map { [$0] } ?? [.cultural]
        _ = try? work.apply(.addIdea(IdeaDraft(title: row.cells[0], summary: row.cells[1], authorId: authorId ?? "",
                                              sectors: sectors, district: row.cells[5])), context: context)
    }
}
