import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

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
            let (db, stamp, store) = try options.open()
            let words = options.strings, cli = words.cli
            let actor = try who.required(in: db, doing: .importing, words)
            let bytes = try Self.read(file, words)
            let file = file == "-" ? cli.standardInputName : file
            let (now, today) = TerminalApp.clock()
            let report = IdeaImport.run(bytes: bytes, into: db, context: CommandContext(actor: actor.id, now: now, today: today))
            guard report.problems.isEmpty, let imported = report.database else {
                let rows = Set(report.problems.compactMap(\.row)).count
                let lines = report.problems.map { "\(file): " + Self.describe($0, words) }
                    + ["\(file): " + cli.nothingImported(report.problems.count, rows, options.shownPath)]
                throw Failure(lines.joined(separator: "\n"), code: ExitCodes.invalidData)
            }
            say(Self.describe(report, file: file, words), terminator: "")
            let added = cli.imported(report.added.count, report.newPeople.count, report.skipped.count)
            if dryRun {
                say(cli.importDryRun(added))
                return
            }
            guard !report.added.isEmpty else {
                say(cli.nothingToImport(report.skipped.count, options.shownPath))
                return
            }
            do throws(StoreError) {
                _ = try store.save(imported, from: db, expected: stamp, saving: SaveCache())
            } catch {
                throw Failure(error, words)
            }
            say(cli.importedInto(added, options.shownPath))
        }
    }

    /// The CSV's bytes: the file, or standard input for `-` (as over ssh).
    static func read(_ file: String, _ words: Strings) throws -> [UInt8] {
        if file == "-" {
            do {
                return [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
            } catch {
                throw Failure(words.cli.standardInputUnreadable(error.localizedDescription), code: ExitCodes.ioError)
            }
        }
        do throws(StoreError) {
            return try DatabaseFile(path: file).readBytes()
        } catch .missing {
            throw Failure(words.cli.noSuchFile(file), code: ExitCodes.missingFile)
        } catch {
            throw Failure(error, words)
        }
    }

    /// A line per row: what was added, who is new, what was skipped and why.
    static func describe(_ report: IdeaImport.Report, file: String, _ words: Strings = .en) -> String {
        let cli = words.cli
        var lines: [(Int, Int, String)] = []
        for p in report.newPeople { lines.append((p.row, 0, cli.importRow(p.row, cli.newPerson(p.personId, p.name)))) }
        for a in report.added { lines.append((a.row, 1, cli.importRow(a.row, "\(a.ideaId) \u{201C}\(a.title)\u{201D}"))) }
        for s in report.skipped { lines.append((s.row, 1, cli.importRow(s.row, cli.skipped(s.reason)))) }
        var out = lines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { $0.2 + "\n" }.joined()
        if !report.ignoredColumns.isEmpty {
            out += "\(file): " + cli.columnsNotUsed(report.ignoredColumns) + "\n"
        }
        return out
    }

    /// One problem, where it is: a rule of the model in the chosen language, anything
    /// else about the file in the reader's English.
    static func describe(_ problem: IdeaImport.Problem, _ words: Strings) -> String {
        guard let refusal = problem.refusal else { return problem.description }
        var place = problem
        place.message = words.model.sentence(refusal)
        return place.description
    }
}
