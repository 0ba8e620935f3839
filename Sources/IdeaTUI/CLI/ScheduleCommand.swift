import ArgumentParser
import Foundation
import IdeaModel
import IdeaUI

/// `idea-tui schedule --auto`: places the ready ideas on the festival grid.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Place the ready, unscheduled ideas on the festival grid automatically.",
        discussion: """
        Keeps pinned slots and, without --reflow, every existing slot; with --reflow
        the unpinned ones are placed again too. Places as many as the rules allow
        (venue hours and features, capacity, changeover, nobody in two places,
        travel between districts, each idea's time window), then balances the
        sectors, then prefers each idea's districts. The same file always gives the
        same result; every idea it cannot place is listed with why: the places
        closest to fitting, each with what is in the way, and the one change that
        would let it in (another intervention moved, a wider time window, a shorter
        plan, a feature brought to a venue), or that no single change does.
        """
    )

    @OptionGroup var options: DatabaseOptions
    @OptionGroup var who: ActorOption
    @Flag(name: .long, help: "Required: schedule automatically (placing by hand is done in the terminal interface).")
    var auto = false
    @Flag(name: .long, help: "Say what would be placed, without saving.")
    var dryRun = false
    @Flag(name: .long, help: "Place the unpinned scheduled interventions again as well.")
    var reflow = false

    func validate() throws {
        guard auto else { throw ValidationError(options.strings.cli.addAuto) }
    }

    func run() throws {
        try reporting {
            let (db, stamp) = try options.load()
            let words = options.strings
            let result = AutoScheduler.run(db, reflow: reflow)
            if dryRun || result.placements.isEmpty {
                say(Self.describe(result, db, reflow: reflow, words: words), terminator: "")
                say(dryRun ? words.cli.dryRun : words.cli.nothingToPlace(options.shownPath))
                return
            }
            let actor = try who.required(in: db, doing: .scheduling, words)
            let saved: EditSession.Saved
            do {
                saved = try SessionChange.apply(.autoSchedule(placements: result.placements, reflow: reflow), as: actor, db, stamp, options)
            } catch {
                // Not saved: say what it would have done, then why it was not.
                say(Self.describe(result, db, reflow: reflow, words: words), terminator: "")
                throw error
            }
            // Said once it is saved, so "has" is true.
            say(Self.describe(result, db, reflow: reflow, saving: true, words: words), terminator: "")
            say(words.model.change(saved.change) + ".")
        }
    }

    /// The placements, the ideas left out with why (the nearest misses and the change that
    /// lets each in), and the festival's count: what it
    /// "would have" in a dry run, what it "has" once `saving`.
    static func describe(_ result: AutoScheduler.Result, _ db: Database, reflow: Bool, saving: Bool = false,
                         words: Strings = .en) -> String {
        let titles = Dictionary(db.ideas.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let venues = Dictionary(db.venues.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = PlainText.table(header: words.cli.scheduleHeader, rows: result.placements.map { p in
            [p.start.text, p.end.text, PlainText.clip(venues[p.venueId] ?? p.venueId, 30), PlainText.clip(titles[p.ideaId] ?? p.ideaId, 50)]
        })
        let diagnosed = diagnosisLines(result, db, reflow: reflow, words: words)
        for (ideaId, reason) in result.unplaced {
            out += words.cli.notPlaced(ideaId, PlainText.clip(titles[ideaId] ?? ideaId, 50), words.model.unplaced(reason)) + "\n"
            out += (diagnosed[ideaId] ?? []).map { $0 + "\n" }.joined()
        }
        let scheduled = Set(db.ideas.filter { $0.stage == .scheduled }.map(\.id))
        let kept = db.festival.slots.filter { !reflow || $0.pinned || !scheduled.contains($0.ideaId) }.count
        out += words.cli.placedSummary(result.placements.count, result.placements.count + result.unplaced.count, saving,
                                       kept + result.placements.count, db.festival.target) + "\n"
        return out
    }
}
