/// Ideas from the public, one per spreadsheet row, added through the model's commands:
/// every row checked first and every problem reported by row and column; the authors
/// not yet known created as people; an idea already in the database (same title, same
/// author) skipped, so importing a file twice adds nothing; and all rows or none.
public enum IdeaImport {
    /// One thing wrong, where it is: "row 4, column C “Summary”: the summary is empty".
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// The spreadsheet row (the header is row 1); nil for the file as a whole.
        public var row: Int?
        /// The column as a spreadsheet names it, with its header: "C “Summary”".
        public var column: String?
        /// What is wrong, in English, like every problem of reading a file.
        public var message: String
        /// When a row breaks a rule of the model, the refusal itself, for the command line
        /// to say in its language (`message` is then empty).
        public var refusal: RuleViolation? = nil

        public var description: String {
            var place: [String] = []
            if let row { place.append("row \(row)") }
            if let column { place.append("column \(column)") }
            return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
        }
    }

    public struct Report: Equatable, Sendable {
        public var added: [(row: Int, ideaId: String, title: String)] = []
        public var newPeople: [(row: Int, personId: String, name: String)] = []
        public var skipped: [(row: Int, reason: Skip)] = []
        public var problems: [Problem] = []
        /// Header cells that name no column this import knows; their values are left out.
        public var ignoredColumns: [String] = []
        /// The database with every row added; nil when there was any problem.
        public var database: Database?

        public static func == (a: Report, b: Report) -> Bool {
            a.added.elementsEqual(b.added) { $0 == $1 } && a.newPeople.elementsEqual(b.newPeople) { $0 == $1 }
                && a.skipped.elementsEqual(b.skipped) { $0 == $1 } && a.problems == b.problems
                && a.ignoredColumns == b.ignoredColumns && a.database == b.database
        }
    }

    /// Why a row added nothing.
    public enum Skip: Equatable, Sendable {
        /// The same idea (title and author) as an earlier row of the file.
        case sameAsRow(Int)
        /// The idea is in the database already.
        case alreadyThere(ideaId: String, title: String)

        /// Which case it is, without its data: one per case, so a test can take each in turn.
        public enum Kind: String, CaseIterable, Sendable { case sameAsRow, alreadyThere }

        public var kind: Kind {
            switch self {
            case .sameAsRow: return .sameAsRow
            case .alreadyThere: return .alreadyThere
            }
        }

        public static func example(of kind: Kind) -> Self {
            switch kind {
            case .sameAsRow: return .sameAsRow(2)
            case .alreadyThere: return .alreadyThere(ideaId: "idea-0001", title: "Kiemo kinas")
            }
        }
    }

    /// Checks every row of `table` and, when none has a problem, adds them to a copy of
    /// `db` as `context.actor`.
    public static func run(_ table: CSVReader.Table, into db: Database, context: CommandContext) -> Report {
        var report = Report()
        var columns: [ImportColumn: Int] = [:]
        for (i, name) in table.header.enumerated() {
            guard let column = ImportColumn.named(name) else {
                if !name.isEmpty { report.ignoredColumns.append(name) }
                continue
            }
            if let first = columns[column] {
                report.problems.append(Problem(row: 1, column: letter(i) + " " + quoted(name),
                                               message: "names the same thing as column \(letter(first)) \(quoted(table.header[first]))"))
            } else {
                columns[column] = i
            }
        }
        let missing = ImportColumn.required.filter { columns[$0] == nil }
        for column in missing {
            report.problems.append(Problem(row: 1, column: nil,
                                           message: "the header has no \(describe(column)) column (call it \(quoted(column.english[0])) or, in Lithuanian, \(quoted(column.lithuanian[0])))"))
        }
        if let actor = db.people.first(where: { $0.id == context.actor }), !actor.has(.facilitator) {
            report.problems.append(Problem(row: nil, column: nil,
                                           message: "only facilitators import ideas; \(actor.name) is not a facilitator"))
        }
        guard report.problems.isEmpty else { return report }

        var work = RecordAppender(db)
        var known = Dictionary(db.ideas.map { (key($0.title, $0.authorId), $0.id) }, uniquingKeysWith: { a, _ in a })
        var fromRow: [String: Int] = [:]
        var authors = AuthorIndex(db.people)
        let districts = Dictionary(db.districts.map { (SearchText.fold($0), $0) }, uniquingKeysWith: { a, _ in a })
        for row in table.rows {
            let problemsBefore = report.problems.count
            func cell(_ column: ImportColumn) -> String {
                guard let i = columns[column], i < row.cells.count else { return "" }
                return CommandWords.trimmed(row.cells[i])
            }
            func problem(_ column: ImportColumn?, _ message: String, refusal: RuleViolation? = nil) {
                let place = column.flatMap { c in columns[c].map { letter($0) + " " + quoted(table.header[$0]) } }
                report.problems.append(Problem(row: row.number, column: place, message: message, refusal: refusal))
            }
            // A NUL or another control character is a damaged file, not text to keep.
            for (i, text) in row.cells.enumerated() {
                guard let bad = text.unicodeScalars.first(where: { $0.isControlCode && !"\t\n\r".unicodeScalars.contains($0) }) else { continue }
                let place = letter(i) + (i < table.header.count ? " " + quoted(table.header[i]) : "")
                let hex = String(bad.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                report.problems.append(Problem(row: row.number, column: place,
                                               message: "holds the control character \(code), which text may not hold (a damaged file?)"))
            }
            if row.cells.count > table.header.count, row.cells[table.header.count...].contains(where: { !CommandWords.trimmed($0).isEmpty }) {
                problem(nil, "has \(row.cells.count) cells but the header has \(table.header.count) (a separator inside a cell that is not in quotes?)")
            }
            let title = cell(.title), summary = cell(.summary), name = cell(.author), email = cell(.email)
            if title.isEmpty { problem(.title, "the title is empty") }
            if summary.isEmpty { problem(.summary, "the summary is empty") }
            if name.isEmpty { problem(.author, "the author's name is empty") }
            if email.isEmpty {
                problem(.email, "the e-mail is empty")
            } else if !looksLikeEmail(email) {
                problem(.email, "\(quoted(email)) is not an e-mail address")
            }
            var sectors: [Sector] = []
            let sectorWords = split(cell(.sectors), by: ",;/|\n ")
            if sectorWords.isEmpty { problem(.sectors, "no sector given (\(sectorChoices))") }
            for word in sectorWords {
                if let sector = Sector.named(word) {
                    if !sectors.contains(sector) { sectors.append(sector) }
                } else {
                    problem(.sectors, "\(quoted(word)) is not a sector (\(sectorChoices))")
                }
            }
            let districtText = cell(.district)
            let district = districts[SearchText.fold(districtText)]
            if districtText.isEmpty {
                problem(.district, "the district is empty")
            } else if district == nil {
                problem(.district, "\(quoted(districtText)) is not one of the districts (\(db.districts.joined(separator: ", ")))")
            }
            var tags: [String] = []
            for tag in split(cell(.tags), by: ",;|\n") where !tags.contains(tag.lowercased()) { tags.append(tag.lowercased()) }
            guard report.problems.count == problemsBefore, let district else { continue }

            let author = authors.author(email: email, name: name).flatMap { work.person($0) }
            if let author, let existing = known[key(title, author.id)] {
                let earlier = fromRow[existing]
                report.skipped.append((row.number, earlier.map { .sameAsRow($0) } ?? .alreadyThere(ideaId: existing, title: title)))
                continue
            }
            do {
                var authorId = author?.id ?? ""
                if author == nil {
                    let added = try work.addPerson(Person(id: "", name: name, roles: [.author], contact: Contact(email: email)),
                                                   context: context)
                    authorId = added?.id ?? ""
                    if let added { authors.add(added) }
                    report.newPeople.append((row.number, authorId, name))
                }
                let draft = IdeaDraft(title: title, summary: summary, problem: cell(.problem), impact: cell(.impact),
                                      authorId: authorId, sectors: sectors, district: district, tags: tags)
                let entry = try work.addIdea(draft, context: context)
                let ideaId = entry.ideaId ?? ""
                report.added.append((row.number, ideaId, title))
                known[key(title, authorId)] = ideaId
                fromRow[ideaId] = row.number
            } catch {
                problem(nil, "", refusal: error)
            }
        }
        guard report.problems.isEmpty else {
            // Nothing is added when anything is wrong, so the report lists only the problems.
            return Report(problems: report.problems, ignoredColumns: report.ignoredColumns)
        }
        report.database = work.database
        return report
    }

    /// Reads the file's bytes and runs the import; a file that is not a table gives one
    /// problem naming its line.
    public static func run(bytes: [UInt8], into db: Database, context: CommandContext) -> Report {
        do {
            return run(try CSVReader.read(bytes), into: db, context: context)
        } catch {
            var report = Report()
            report.problems = [Problem(row: nil, column: nil, message: error.description)]
            return report
        }
    }

    /// Titles compare ignoring case, diacritics and how many spaces separate the words.
    static func key(_ title: String, _ authorId: String) -> String {
        SearchText.fold(title).split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\u{1F}" + authorId
    }

    static func split(_ text: String, by separators: String) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { CommandWords.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// Something@something.something, with no spaces: enough to catch a name typed in
    /// the wrong column without rejecting real addresses.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }

    static var sectorChoices: String {
        "use " + Sector.allCases.map(\.rawValue).joined(separator: ", ") + " or, in Lithuanian, "
            + Sector.allCases.map { $0.names[1] }.joined(separator: ", ")
    }

    static func describe(_ column: ImportColumn) -> String {
        switch column {
        case .author: return "author's name"
        case .email: return "author's e-mail"
        default: return column.rawValue
        }
    }

    /// A spreadsheet's name for the column at `index`: A … Z, AA, AB, …
    static func letter(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    static func quoted(_ text: String) -> String { CommandWords.quoted(text) }
}
