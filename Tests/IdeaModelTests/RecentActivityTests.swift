import Testing
@testable import IdeaModel

/// `recentActivity` keeps the newest entries in one pass from the log's end; it must give
/// exactly the newest `count` by time, then id (the plain sort below), whatever the
/// order of the log: appended in time (the usual case), shuffled, reversed, with many
/// entries of the same second, shorter than `count`, or empty.
@Suite struct RecentActivityTests {
    static func plain(_ log: [LogEntry], _ count: Int) -> [LogEntry] {
        Array(log.sorted { a, b in a.at != b.at ? a.at > b.at : a.id > b.id }.prefix(count))
    }

    @Test(arguments: [31 as UInt64, 32, 33])
    func keepsTheNewestWhateverTheOrder(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var db = Generator.database(ideas: 80, seed: seed)
        // Many entries of one second, so the id decides between them.
        let second = db.log.last?.at ?? Timestamp(seconds: 0)
        for n in 0..<30 {
            db.log.append(LogEntry(id: "log-same-\(Int.random(in: 0..<1000, using: &rng))-\(n)", at: second, by: "p", kind: "edit", summary: "s"))
        }
        let orders = [db.log, db.log.shuffled(using: &rng), db.log.reversed(), Array(db.log.prefix(3)), []]
        for (o, log) in orders.enumerated() {
            var copy = db
            copy.log = log
            for count in [0, 1, 5, 12, 100, log.count + 5] {
                #expect(copy.recentActivity(count) == Self.plain(log, count), "order \(o), count \(count)")
            }
        }
    }
}
