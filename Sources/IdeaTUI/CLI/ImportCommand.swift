import ArgumentParser
import Foundation
import IdeaModel

/// `idea-tui import --format csv FILE`: ideas from the public, one per row, added all
/// together or not at all, as the person named by `--as`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add ideas from a spreadsheet (CSV), all rows or none.",
        discussion: """
        One idea per row. The header names the columns, in English or Lithuanian:
          title (pavadinimas), summary (santrauka), author (autorius),
          email (el. paštas), sectors (sektoriai), district (seniūnija);
          optional: problem (problema), impact (poveikis), tags (žymės).
        Sectors and tags may be separated by commas or semicolons; sectors and
        districts may be written in either language, with or without diacritics.
        Cells may be separated by commas, semicolons or tabs. Authors are found by
        e-mail, else created. A row whose idea (same title, same author) is already
        there is skipped.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption

    @Option(name: .long, help: "The file's format (csv).")
    var format: Format = .csv

    @Flag(name: .long, help: "Check every row and say what would be added, without saving.")
    var dryRun = false

    @Argument(help: ArgumentHelp("The spreadsheet saved as CSV (UTF-8), or - to read it from standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try reporting {
            let (db, stamp) = try options.load()
            let actor = try who.required(in: db, doing: "is importing")
            let bytes = try Self.read(file)
            let file = file == "-" ? "standard input" : file
            let (now, today) = TerminalApp.clock()
            let report = IdeaImport.run(bytes: bytes, into: db, context: CommandContext(actor: actor.id, now: now, today: today))
            guard report.problems.isEmpty, let imported = report.database else {
                let rows = Set(report.problems.compactMap(\.row)).count
                let lines = report.problems.map { "\(file): \($0)" }
                    + ["\(file): nothing was imported: \(Self.count(report.problems.count, "problem"))"
                        + (rows > 0 ? " in \(Self.count(rows, "row"))" : "") + "; \(options.path) was not changed."]
                throw Failure(lines.joined(separator: "\n"), code: ExitCodes.invalidData)
            }
            say(Self.describe(report, file: file), terminator: "")
            let added = Self.count(report.added.count, "idea") + " (" + Self.count(report.newPeople.count, "new person", plural: "new people") + ")"
            let skipped = report.skipped.isEmpty ? "" : ", " + Self.count(report.skipped.count, "row") + " skipped"
            if dryRun {
                say("Dry run: would import \(added)\(skipped); nothing was saved.")
                return
            }
            guard !report.added.isEmpty else {
                say("Nothing to import\(skipped); \(options.path) was not changed.")
                return
            }
            do throws(StoreError) {
                try options.file.save(imported, expected: stamp)
            } catch {
                throw Failure(error)
            }
            say("Imported \(added)\(skipped) into \(options.path).")
        }
    }

    /// The CSV's bytes: the file, or standard input for `-` (as over ssh).
    static func read(_ file: String) throws -> [UInt8] {
        if file == "-" {
            do {
                return [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
            } catch {
                throw Failure("standard input: could not read: \(error.localizedDescription).", code: ExitCodes.ioError)
            }
        }
        do throws(StoreError) {
            return try DatabaseFile(path: file).readBytes()
        } catch .missing {
            throw Failure("\(file): no such file.", code: ExitCodes.missingFile)
        } catch {
            throw Failure(error)
        }
    }

    /// A line per row: what was added, who is new, what was skipped and why.
    static func describe(_ report: IdeaImport.Report, file: String) -> String {
        var lines: [(Int, Int, String)] = []
        for p in report.newPeople { lines.append((p.row, 0, "row \(p.row): new person \(p.personId) \(p.name)")) }
        for a in report.added { lines.append((a.row, 1, "row \(a.row): \(a.ideaId) \u{201C}\(a.title)\u{201D}")) }
        for s in report.skipped { lines.append((s.row, 1, "row \(s.row): skipped, \(s.reason)")) }
        var out = lines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { $0.2 + "\n" }.joined()
        if !report.ignoredColumns.isEmpty {
            out += "\(file): columns not used: " + report.ignoredColumns.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func count(_ n: Int, _ word: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? word : plural ?? word + "s")
    }
}
