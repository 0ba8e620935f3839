import IdeaModel

// Auto-scheduler on generated festivals: N ready ideas (with their teams, so people can
// clash) and V venues, seeded by N as `idea-tui generate --ready N --venues V --seed N`
// makes them; beside what it places, the most any schedule could place (the search's own
// upper bound: when it is reached, nothing better exists), how many ideas the fixed rules
// allow anywhere at all, and the festival's load (minutes asked over minutes open).
func festivalBench() {
    print("auto-scheduler       ready  venues  load  placed  bound  placeable  time")
    for (n, v) in [(100, 12), (300, 30), (1000, 80)] {
        let db = Generator.festival(ready: n, venues: v, seed: UInt64(n))
        var result = AutoScheduler.run(db)
        let time = best(2) { result = AutoScheduler.run(db) }
        let unplaceable = result.unplaced.filter { $0.reason != .allTaken }.count
        print(String(format: "  %4d ideas/%2d venues  %5d  %6d  %4.2f  %6d  %5d  %9d  ", n, v, n, v, Generator.festivalLoad(db),
                     result.placements.count, result.bound, n - unplaceable) + ms(time))
    }
}
