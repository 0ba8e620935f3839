import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// `idea-tui mentors`: the mentors and their load, the suggested assignment, and taking
/// a team on or letting it go from the command line.
struct MentorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentors",
        abstract: "Mentors: their load, suggested mentors for teams without one, taking teams on.",
        subcommands: [MentorsList.self, MentorsSuggest.self, MentorsTake.self, MentorsRelease.self],
        defaultSubcommand: MentorsList.self
    )
}

/// `mentors list`: every mentor with load, expertise, districts and teams.
struct MentorsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every mentor: load (teams/capacity), expertise, districts and teams.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var options: DatabaseOptions
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: Format = .table

    func run() throws {
        try reporting {
            let (db, _) = try options.load()
            StandardOutput.write(MentorListing.render(db, format: format, options.strings))
        }
    }
}

enum MentorListing {
    struct Row {
        var person: Person
        var teams: [Team]
        var load: Int { teams.count }
        var capacity: Int { person.mentor?.capacity ?? 0 }
    }

    static func rows(_ db: Database) -> [Row] {
        db.people.filter { $0.mentor != nil }
            .sorted { LithuanianOrder.less($0.name, $1.name) || ($0.name == $1.name && $0.id < $1.id) }
            .map { p in Row(person: p, teams: db.teams.filter { $0.mentorIds.contains(p.id) }) }
    }

    static func render(_ db: Database, format: MentorsList.Format, _ words: Strings = .en) -> String {
        let rows = rows(db)
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        switch format {
        case .json:
            let items: [JSONValue] = rows.map { r in
                .object(["id": .string(r.person.id), "name": .string(r.person.name), "load": .int(r.load),
                         "capacity": .int(r.capacity), "expertise": .array((r.person.mentor?.expertise ?? []).map(JSONValue.string)),
                         "districts": .array((r.person.mentor?.districts ?? []).map(JSONValue.string)),
                         "teams": .array(r.teams.map { .string($0.id) })])
            }
            return String(decoding: JSONWriter().write(.array(items)), as: UTF8.self)
        case .csv:
            var csv = CSVWriter(header: ["id", "name", "load", "capacity", "expertise", "districts", "teams"])
            for r in rows {
                csv.row([r.person.id, r.person.name, String(r.load), String(r.capacity),
                         (r.person.mentor?.expertise ?? []).joined(separator: "; "), (r.person.mentor?.districts ?? []).joined(separator: "; "),
                         r.teams.map { titles[$0.ideaId] ?? $0.id }.joined(separator: "; ")])
            }
            return csv.text
        case .table:
            let table = rows.map { r in
                [r.person.id, PlainText.clip(r.person.name, 28), "\(r.load)/\(r.capacity)",
                 PlainText.clip((r.person.mentor?.expertise ?? []).joined(separator: ", "), 40),
                 PlainText.clip((r.person.mentor?.districts ?? []).joined(separator: ", "), 24)]
            }
            let load = rows.reduce(0) { $0 + $1.load }, capacity = rows.reduce(0) { $0 + $1.capacity }
            return PlainText.table(header: words.cli.mentorsHeader, rows: table)
                + words.cli.mentorsSummary(rows.count, load, capacity, rows.filter { $0.load >= $0.capacity }.count) + "\n"
        }
    }
}

/// `mentors suggest`: the best assignment for teams without a mentor; `--apply` makes it.
struct MentorsSuggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest a mentor for every team without one (most teams, then best fit); --apply assigns them.",
        discussion: "The suggestion gives as many teams a mentor as the mentors' free places allow and, among those, the greatest total fit. The same file always gives the same suggestion."
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption
    @Flag(name: .long, help: "Assign the suggested mentors (as the person given by --as, a facilitator).")
    var apply = false

    func run() throws {
        try reporting {
            let (db, stamp) = try options.load()
            let words = options.strings
            let result = MentorSuggestion.suggest(db)
            say(Self.describe(result, db, words), terminator: "")
            guard apply else { return }
            let actor = try who.required(in: db, doing: .assigning, words)
            guard !result.assignments.isEmpty else {
                say(words.cli.nothingToAssign(options.shownPath))
                return
            }
            // All or none, as one change on top of whatever was saved meanwhile.
            let commands = result.assignments.map { Command.assignMentor(teamId: $0.teamId, mentorId: $0.mentorId) }
            _ = try SessionChange.apply(commands, as: actor, db, stamp, options.store, words)
            say(words.cli.assigned(result.assignments.count, options.shownPath))
        }
    }

    static func describe(_ result: MentorSuggestion.Result, _ db: Database, _ words: Strings = .en) -> String {
        let names = Dictionary(db.people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let teams = Dictionary(db.teams.map { ($0.id, $0.ideaId) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let title = { (teamId: String) in teams[teamId].flatMap { titles[$0] } ?? teamId }
        var out = PlainText.table(header: words.cli.suggestHeader, rows: result.assignments.map { fit in
            [fit.teamId, PlainText.clip(title(fit.teamId), 36), PlainText.clip(names[fit.mentorId] ?? fit.mentorId, 24),
             String(fit.score), words.mentor.reason(fit, words)]
        })
        for (teamId, gap) in result.unplaced {
            out += words.cli.noMentorFor(teamId, PlainText.clip(title(teamId), 36), words.model.mentorGap(gap)) + "\n"
        }
        out += words.cli.suggestSummary(result.assignments.count, result.assignments.count + result.unplaced.count, result.totalFit) + "\n"
        return out
    }
}

/// `mentors take TEAM --as MENTOR`: a mentor takes a team on (or a facilitator assigns one).
struct MentorsTake: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "take", abstract: "Take a team on as its mentor (the person given by --as, or --mentor when a facilitator assigns).")

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption
    @Option(name: .long, help: ArgumentHelp("The mentor (name or id), when a facilitator assigns someone else.", valueName: "name-or-id"))
    var mentor: String?
    @Argument(help: ArgumentHelp("The team's id.", valueName: "team"))
    var team: String

    func run() throws {
        try reporting {
            try MentorChange.run(options, who, mentor: mentor) { .assignMentor(teamId: team, mentorId: $0) }
        }
    }
}

/// `mentors release TEAM --reason WHY --as MENTOR`: a mentor lets a team go.
struct MentorsRelease: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "release", abstract: "Let a team go (the reason is kept in the log).")

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption
    @Option(name: .long, help: ArgumentHelp("The mentor (name or id), when a facilitator removes someone else.", valueName: "name-or-id"))
    var mentor: String?
    @Option(name: .long, help: "Why the team is let go.")
    var reason: String
    @Argument(help: ArgumentHelp("The team's id.", valueName: "team"))
    var team: String

    func run() throws {
        try reporting {
            try MentorChange.run(options, who, mentor: mentor) { .removeMentor(teamId: team, mentorId: $0, reason: reason) }
        }
    }
}

/// Taking a team on or letting it go: the mentor is the person acting, or the one a
/// facilitator names with --mentor.
enum MentorChange {
    static func run(_ options: DatabaseOptions, _ who: ActorOption, mentor: String?, _ command: (String) -> Command) throws {
        let (db, stamp) = try options.load()
        let words = options.strings
        let actor = try who.required(in: db, doing: .mentoring, words)
        var mentorId = actor.id
        if let mentor {
            let found = PersonLookup.find(mentor, in: db.people)
            guard case .found(let person) = found else {
                throw Failure("--mentor: \(words.model.lookup(found) ?? mentor)", code: ExitCodes.usage)
            }
            mentorId = person.id
        }
        let saved = try SessionChange.apply(command(mentorId), as: actor, db, stamp, options)
        say(words.model.change(saved.change) + ".")
        if let notice = saved.notice { say(words.model.notice(notice) + ".") }
    }
}
