import ArgumentParser
import IdeaModel
import IdeaUI

/// `idea-tui list`: ideas matching filters, as a table, JSON or CSV.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List ideas, filtered by stage, sector, district and text.",
        discussion: "Filters of one kind may be repeated (--stage team --stage mentored) and match any of them; different kinds must all match."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var options: DatabaseOptions

    @Option(name: .long, help: ArgumentHelp("Only ideas at this stage: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "stage"))
    var stage: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only ideas in this sector: \(Sector.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "sector"))
    var sector: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only ideas in this district (diacritics optional).", valueName: "district"))
    var district: [String] = []

    @Option(name: .long, help: ArgumentHelp("Words to find in title, summary, tags, district or author (case and diacritics ignored).", valueName: "words"))
    var text: String?

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    func validate() throws {
        let cli = options.strings.cli
        for s in stage where Stage(rawValue: s) == nil {
            throw ValidationError(cli.unknownStage(s, Stage.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        for s in sector where Sector(rawValue: s) == nil {
            throw ValidationError(cli.unknownSector(s, Sector.allCases.map(\.rawValue).joined(separator: ", ")))
        }
    }

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            let filter = IdeaFilter(stages: Set(stage.compactMap(Stage.init(rawValue:))),
                                    sectors: Set(sector.compactMap(Sector.init(rawValue:))),
                                    districts: Set(district), text: text ?? "")
            let ideas = filter.apply(to: db)
            StandardOutput.write(IdeaListing.render(ideas, db: db, format: format, options.strings))
        }
    }
}

/// The three shapes of `idea-tui list`.
enum IdeaListing {
    static func render(_ ideas: [Idea], db: Database, format: ListCommand.Format, _ words: Strings = .en) -> String {
        switch format {
        case .json:
            return String(decoding: JSONWriter().write(.array(ideas.map(\.json))), as: UTF8.self)
        case .csv:
            var csv = CSVWriter(header: ["id", "title", "stage", "sectors", "district", "tags", "author"])
            let names = Dictionary(db.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            for idea in ideas {
                csv.row([idea.id, idea.title, idea.stage.rawValue, idea.sectors.map(\.rawValue).joined(separator: " "),
                         idea.district, idea.tags.joined(separator: " "), names[idea.authorId] ?? ""])
            }
            return csv.text
        case .table:
            let rows = ideas.map { [$0.id, PlainText.clip($0.title, 44), words.stage($0.stage),
                                    $0.sectors.map(words.sector).joined(separator: ","), $0.district] }
            return PlainText.table(header: words.cli.listHeader, rows: rows) + words.cli.ideasShown(ideas.count, db.ideas.count) + "\n"
        }
    }
}
