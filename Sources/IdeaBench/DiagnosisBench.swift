import IdeaModel

// Why ideas are left off the grid (PlacementDiagnosis) on generated festivals after the
// auto-scheduler: every idea it left out diagnosed (nearest misses and single changes,
// each checked by the placement rules), the time per idea on average and the slowest,
// and how many had a single change of each kind (the best one counted).
func diagnosisBench(_ sizes: [(Int, Int)] = [(100, 12), (300, 30), (1000, 80)]) {
    print("placement diagnosis   left out  per idea (mean, slowest)  best change: none/move/earlier/later/shorter/feature/no change")
    for (n, v) in sizes {
        let db = Generator.festival(ready: n, venues: v, seed: UInt64(n))
        let result = AutoScheduler.run(db)
        let after = result.applied(to: db, reflow: false)
        var slowest = 0.0, total = 0.0
        var kinds: [String: Int] = [:]
        for (ideaId, _) in result.unplaced {
            var d: PlacementDiagnosis?
            let time = seconds { d = PlacementDiagnosis.of(ideaId, in: after) }
            total += time
            slowest = max(slowest, time)
            kinds[d?.suggestions.first.map { $0.change.kind.rawValue } ?? "-", default: 0] += 1
        }
        let count = result.unplaced.count
        let breakdown = (PlacementDiagnosis.Change.Kind.allCases.map(\.rawValue) + ["-"]).map { String(kinds[$0, default: 0]) }
        print(String(format: "  %4d ideas/%2d venues  %5d  ", n, v, count) + ms(count == 0 ? 0 : total / Double(count)) + ","
              + ms(slowest) + "   " + breakdown.joined(separator: "/"))
    }
}
