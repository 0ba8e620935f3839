import IdeaModel

// Auto-scheduler on generated festivals: N ready ideas (with their teams, so people can
// clash) and V venues; beside it, how many ideas the fixed rules allow anywhere at all
// (an upper bound no scheduler can pass).
func festivalBench() {
    print("auto-scheduler       ready  venues  placed  placeable  time")
    for (n, v) in [(100, 12), (300, 30), (1000, 80)] {
        let db = Generator.festival(ready: n, venues: v, seed: UInt64(n))
        var result = AutoScheduler.run(db)
        let time = best(2) { result = AutoScheduler.run(db) }
        let unplaceable = result.unplaced.filter { $0.reason != .allTaken }.count
        print(String(format: "  %4d ideas/%2d venues  %5d  %6d  %6d  %9d  ", n, v, n, v, result.placements.count, n - unplaceable) + ms(time))
    }
}
