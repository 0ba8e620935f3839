import ArgumentParser
import IdeaModel
import IdeaUI

/// `idea-tui generate`: a realistic, valid database of any size, the same for the same seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a generated, valid database (fictional people) of any size."
    )

    @Option(name: .long, help: "How many ideas (1 to 100,000).")
    var ideas: Int = 180

    @Option(name: .long, help: "Seed: the same seed and size give the same file.")
    var seed: UInt64 = 2027

    @Option(name: .long, help: ArgumentHelp("With --venues: a festival to schedule instead, with this many ready ideas, random venues and no slots (for comparing schedulers).", valueName: "n"))
    var ready: Int?

    @Option(name: .long, help: ArgumentHelp("With --ready: how many venues.", valueName: "n"))
    var venues: Int?

    @Option(name: .long, help: ArgumentHelp("With --ready, instead of --venues: as many venues as make the time the ideas ask for this many times the time the venues are open (0.6 loose, 1 full, 1.8 oversubscribed).", valueName: "x"))
    var load: Double?

    @Option(name: .long, help: ArgumentHelp("The festival day the database is dated by: the season runs the nine months before it and the data shows that day at 13:00 in Kaunas (default: yesterday). The sample is --festival-day 2026-06-20.", valueName: "YYYY-MM-DD"))
    var festivalDay: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the database.", valueName: "path"))
    var output: String

    @Flag(name: .long, help: "Replace a file that is already there (its previous version is kept as .bak).")
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let cli = language.strings.cli
        guard (1...100_000).contains(ideas) else { throw ValidationError(cli.ideasRange(ideas)) }
        guard venues == nil || load == nil else { throw ValidationError(cli.venuesOrLoad) }
        guard (ready == nil) == (venues == nil && load == nil) else { throw ValidationError(cli.readyWithVenues) }
        if let load, !(0.1...10).contains(load) { throw ValidationError(cli.loadRange(load)) }
        if let ready, !(1...30_000).contains(ready) { throw ValidationError(cli.readyRange(ready)) }
        if let festivalDay, Day(text: festivalDay) == nil { throw ValidationError(cli.festivalDayFormat(festivalDay)) }
        if let venues, !(1...1_000).contains(venues) { throw ValidationError(cli.venuesRange(venues)) }
    }

    func run() throws {
        try reporting {
            // Without the tz database the moments are chosen in UTC; said, not hidden.
            let words = language.strings
            let zone = FestivalClock.zoneOrUTC
            if zone.isUTC, case .failure(let why) = FestivalClock.load(TimeZoneRules.festivalZoneName, words) {
                say(words.cli.chosenInUTC(why.message, output))
            }
            // A new database describes a festival that has just happened, so anything done
            // in it today is newer than all it holds.
            let day = festivalDay.flatMap(Day.init(text:)) ?? FestivalClock.now().today.adding(days: -1)
            let db: Database
            if let ready, let venues {
                db = Generator.festival(ready: ready, venues: venues, seed: seed, festivalDay: day, zone: zone)
            } else if let ready, let load {
                db = Generator.festival(ready: ready, load: load, seed: seed, festivalDay: day, zone: zone)
            } else {
                db = Generator.database(ideas: ideas, seed: seed, festivalDay: day, zone: zone)
            }
            let file = DatabaseFile(path: output)
            do throws(StoreError) {
                var expected: DatabaseFile.Stamp?
                if force, let current = try? file.readBytes() { expected = DatabaseFile.Stamp(current) }
                try file.save(db, expected: expected)
            } catch {
                if case .exists(let path) = error { throw Failure(words.cli.alreadyThere(path), code: ExitCodes.ioError) }
                throw Failure(error, words)
            }
            say(words.cli.generated(output, db))
        }
    }
}
