import Foundation
import IdeaModel
import IdeaUI

// Timings for the figures in docs/PERFORMANCE.md. Prints a table; asserts nothing.
// Run: swift run -c release idea-bench [sizes…]   (default 1000 10000)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Best of `runs`, so a busy moment on the machine does not decide the figure.
func best(_ runs: Int = 3, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(body)) }
    return times.min() ?? 0
}

func ms(_ s: Double) -> String { String(format: "%8.1f ms", s * 1000) }

func python(load path: String) -> Double? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import json,sys,time; t=time.perf_counter(); json.load(open(sys.argv[1],encoding='utf-8')); print(time.perf_counter()-t)", path]
    let out = Pipe()
    p.standardOutput = out
    guard (try? p.run()) != nil else { return nil }
    p.waitUntilExit()
    return Double(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines))
}

let sizes = CommandLine.arguments.dropFirst().compactMap(Int.init)
let dir = NSTemporaryDirectory() + "idea-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }

print("size     step                              time")
for n in sizes.isEmpty ? [1000, 10000] : sizes {
    var db = Database(festival: Festival(title: "", day: Day(daysSinceEpoch: 0)))
    let gen = seconds { db = Generator.database(ideas: n, seed: 1) }
    let path = dir + "/db-\(n).json"
    let file = DatabaseFile(path: path)
    var stamp = try file.save(db, expected: nil)
    let bytes = try file.readBytes()
    print(String(format: "%-8d generate                        ", n) + ms(gen) + "   (\(bytes.count / 1_048_576) MB)")
    let load = try best { _ = try DatabaseCodec.decode(bytes) }
    let py = python(load: path)
    print(String(format: "%-8d load (parse+check)              ", n) + ms(load)
        + (py.map { "   python json.load \(ms($0).trimmingCharacters(in: .whitespaces)), ratio \(String(format: "%.2f", load / $0))" } ?? ""))
    let save = try best { stamp = try file.save(db, expected: stamp) }
    print(String(format: "%-8d save (encode+fsync+rename)      ", n) + ms(save))

    var state = AppState(database: db, path: path, size: Size(cols: 120, rows: 40))
    let first = best { state = AppState(database: db, path: path, size: Size(cols: 120, rows: 40)); _ = render(state) }
    print(String(format: "%-8d first frame (state + render)    ", n) + ms(first))
    state.handle(.char("2"))
    let move = best(20) { state.handle(.down); _ = render(state) }
    print(String(format: "%-8d key to frame: move              ", n) + ms(move))
    let page = best(20) { state.handle(.pageDown); _ = render(state) }
    print(String(format: "%-8d key to frame: page              ", n) + ms(page))
    let sort = best { state.update(.openSort); state.handle(.down); state.handle(.enter); _ = render(state) }
    print(String(format: "%-8d key to frame: sort              ", n) + ms(sort))
    state.handle(.char("/"))
    let search = best { state.handle(.char("a")); _ = render(state) }
    print(String(format: "%-8d key to frame: search keystroke  ", n) + ms(search))
}

// Mentor suggestion: 1,000 teams without a mentor and 300 mentors, from a generated
// database (real expertise, tags and sectors); beside it, in the same run, a greedy
// first-fit as the reference (each team in turn takes its best mentor with room).
do {
    var db = Generator.database(ideas: 2400, seed: 4)
    let teamIds = Set(db.teams.prefix(1000).map(\.ideaId))
    db.teams = Array(db.teams.prefix(1000))
    for i in db.teams.indices { db.teams[i].mentorIds = [] }
    for i in db.ideas.indices where teamIds.contains(db.ideas[i].id) { db.ideas[i].stage = .team }
    var mentors = 0
    for i in db.people.indices where db.people[i].mentor != nil {
        mentors += 1
        if mentors > 300 { db.people[i].mentor = nil }
    }
    var result = MentorSuggestion.suggest(db)
    let optimal = best { result = MentorSuggestion.suggest(db) }
    var greedyPlaced = 0, greedyFit = 0
    let greedy = best {
        var room: [String: Int] = [:]
        for p in db.people { if let m = p.mentor { room[p.id] = m.capacity } }
        let ideas = Dictionary(db.ideas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let people = db.people.filter { $0.mentor != nil }
        greedyPlaced = 0
        greedyFit = 0
        for team in db.teams {
            let idea = ideas[team.ideaId]
            let bestFit = people.filter { (room[$0.id] ?? 0) > 0 && MentorFit.couldTake($0, team, idea: idea, maxPerTeam: db.festival.maxMentorsPerTeam) }
                .map { MentorFit.of($0, for: team, idea: idea) }.max { $0.score < $1.score }
            if let bestFit {
                room[bestFit.mentorId, default: 0] -= 1
                greedyPlaced += 1
                greedyFit += bestFit.score
            }
        }
    }
    let places = db.people.reduce(0) { $0 + ($1.mentor?.capacity ?? 0) }
    print("")
    print("mentor suggestion: \(db.teams.count) teams without a mentor, \(min(mentors, 300)) mentors, \(places) places")
    print("  optimal (min-cost flow)  " + ms(optimal) + "   placed \(result.assignments.count), total fit \(result.totalFit)")
    print("  greedy first-fit (ref.)  " + ms(greedy) + "   placed \(greedyPlaced), total fit \(greedyFit)"
        + String(format: "   time ratio %.2f", optimal / max(greedy, 1e-9)))
}

// Auto-scheduler on generated festivals: N ready ideas (with their teams, so people can
// clash) and V venues; beside it, how many ideas the fixed rules allow anywhere at all
// (an upper bound no scheduler can pass).
print("")
print("auto-scheduler       ready  venues  placed  placeable  time")
for (n, v) in [(100, 12), (300, 30), (1000, 80)] {
    let db = Generator.festival(ready: n, venues: v, seed: UInt64(n))
    var result = AutoScheduler.run(db)
    let time = best(2) { result = AutoScheduler.run(db) }
    let unplaceable = result.unplaced.filter { !$0.reason.hasPrefix("every venue") }.count
    print(String(format: "  %4d ideas/%2d venues  %5d  %6d  %6d  %9d  ", n, v, n, v, result.placements.count, n - unplaceable) + ms(time))
}
