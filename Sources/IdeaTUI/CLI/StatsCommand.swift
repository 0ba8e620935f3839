import ArgumentParser
import IdeaModel

/// `idea-tui stats`: the figures of the dashboard, as text.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts by stage, sector and district; mentors' load; festival progress."
    )

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            say(StatsReport.text(DatabaseStats(db), db: db), terminator: "")
        }
    }
}

/// The text of `idea-tui stats`, kept apart from the command so tests can read it.
enum StatsReport {
    static func text(_ s: DatabaseStats, db: Database) -> String {
        var out = "\(db.festival.title), \(db.festival.day.text): \(s.scheduled)/\(s.target) scheduled\n"
        out += "  balance: " + Sector.allCases.map { "\($0.rawValue) \(s.scheduledBySector[$0] ?? 0)" }.joined(separator: ", ") + "\n\n"
        out += "Ideas by stage (\(s.ideaCount) in all)\n"
        out += table(Stage.allCases.map { ($0.rawValue, s.byStage[$0] ?? 0) })
        out += "\nIdeas by sector (an idea can have several)\n"
        out += table(Sector.allCases.map { ($0.rawValue, s.bySector[$0] ?? 0) })
        out += "\nIdeas by district\n"
        out += table(s.districtsByCount.map { ($0.district, $0.count) })
        let loads = s.mentorLoads
        let taken = loads.reduce(0) { $0 + $1.teams }
        let capacity = loads.reduce(0) { $0 + $1.capacity }
        out += "\nMentors: \(loads.count), mentoring \(taken) of \(capacity) places; \(s.mentorsAtCapacity) at capacity\n"
        out += "Teams without a mentor: \(s.teamsWithoutMentor.count)\n"
        return out
    }

    private static func table(_ rows: [(String, Int)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + pad($0.1) }.joined(separator: "\n") + "\n"
    }

    private static func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 5 - s.count)) + s
    }
}
