import Foundation
import IdeaModel
import IdeaPostgres

// `IdeaBench --postgres URL [sizes…]`: the PostgreSQL store beside the file store, in the
// same run on the same data (docs/PERFORMANCE.md, "PostgreSQL"). Sizes are `sample` or a
// number of ideas (default: sample 1000 10000); the database of each is the URL's database
// name with `_SIZE` added (`bench` → `bench_sample`, `bench_1000`), filled beforehand with
// `idea-tui db copy` (scripts/bench-postgres.sh does it all). The file store's file is
// written from what each database holds, so both stores hold the same data.
//
// Tables: opening (connect, check the schema, load everything) against the file's load;
// one change committed (EditSession.apply through each store); another session's change
// read in (what a session does before its change when others committed); twenty writers at once
// (PostgresWriters.swift). `PG_BENCH_RUNS` (default 5): runs of the open; `PG_BENCH_CHANGES`
// (default 50): changes in the one-change table; `PG_BENCH_FILE=0`: that table without the
// file store (to profile the server's side alone).

struct BenchTarget {
    var label: String
    var location: PostgresLocation
    var credentials: Credentials
    /// The same data as a file, in the bench's temporary folder.
    var file: String
    var megabytes: Double
    var ideas: Int
}

func postgresBench(url: String, sizes given: [String]) throws {
    let environment = ProcessInfo.processInfo.environment
    let base = try PostgresLocation.parse(url, environment: environment, loginName: LocalUser.loginName(),
                                          socketFolder: LocalUser.defaultSocketFolder())
    let dir = NSTemporaryDirectory() + "idea-bench-pg-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }

    var targets: [BenchTarget] = []
    for size in given.isEmpty ? ["sample", "1000", "10000"] : given {
        var location = base
        location.database = base.database + "_" + size
        let credentials = Credentials.find(for: location, environment: environment, home: LocalUser.home(environment: environment))
        let store = try PostgresStore.open(location, credentials: credentials)
        let db = try store.load().0
        // load() reads one document; snapshot() the rows as values: the same database.
        let same = try store.snapshot().database == db
        store.close()
        guard same else { throw BenchError.loadsDiffer(location.name) }
        let path = dir + "/\(size).db.json"
        try DatabaseFile(path: path).save(db, expected: nil)
        let bytes = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        let label = size == "sample" ? "sample (\(db.ideas.count))" : "\(db.ideas.count) ideas"
        targets.append(BenchTarget(label: label, location: location, credentials: credentials, file: path,
                                   megabytes: Double(bytes) / 1_048_576, ideas: db.ideas.count))
    }
    print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; load average at start: \(loadAverage())")
    print("")
    try openTable(targets, dir: dir)
    // PG_BENCH_OPEN_ONLY=1: the open table alone.
    if ProcessInfo.processInfo.environment["PG_BENCH_OPEN_ONLY"] != nil { return }
    fflush(nil)
    print("")
    try commitTable(targets, dir: dir)
    fflush(nil)
    print("")
    try readInTable(targets, dir: dir)
    fflush(nil)
    print("")
    try writersTables(targets, dir: dir)
    print("")
    print("load average at the end: \(loadAverage())")
}

/// Opening: PostgresStore.open (connect, log in, check the schema) and load() (everything,
/// in one snapshot, checked as a file is), against DatabaseFile.load() of the same data;
/// and opening again with the local copy load() wrote (the copy read, the server asked
/// whether it is current). The three alternate, so a busy moment on the machine falls on
/// each. Medians.
func openTable(_ targets: [BenchTarget], dir: String) throws {
    let runs = benchSetting("PG_BENCH_RUNS", 5)
    print("open (median of \(runs); PostgreSQL: connect + check the schema, then load(): from the server, and from the local copy")
    print("at the server's version; file: DatabaseFile.load(); load before: snapshot(), as load() was first)")
    print("database           MB    connect  load (server)  open total  open, copy  file load  ratio: server  copy  load before")
    for target in targets {
        var connect: [Double] = [], load: [Double] = [], total: [Double] = [], copied: [Double] = [], file: [Double] = [],
            before: [Double] = []
        let copy = LocalCopy(folder: dir + "/copies", address: target.location.name)
        for _ in 0..<runs {
            var store: PostgresStore?
            let c = try seconds { store = try PostgresStore.open(target.location, credentials: target.credentials) }
            guard let opened = store else { continue }
            let l = try seconds { _ = try opened.load() }
            before.append(try seconds { _ = try opened.snapshot() })
            opened.close()
            connect.append(c)
            load.append(l)
            total.append(c + l)
            file.append(try seconds { _ = try DatabaseFile(path: target.file).load() })
            // A copy written by an open before (untimed), then an open that reads it.
            let writer = try PostgresStore.open(target.location, credentials: target.credentials, localCopy: copy)
            _ = try writer.load()
            writer.close()
            var reader: PostgresStore?
            copied.append(try seconds {
                reader = try PostgresStore.open(target.location, credentials: target.credentials, localCopy: copy)
                _ = try reader?.load()
            })
            reader?.close()
        }
        let name = target.label.padding(toLength: 15, withPad: " ", startingAt: 0)
        print(name + String(format: " %5.1f", target.megabytes) + ms(median(connect)) + "    " + ms(median(load))
              + "  " + [total, copied, file].map { ms(median($0)) }.joined()
              + String(format: "         %6.2f %6.2f", median(total) / max(median(file), 1e-9), median(copied) / max(median(file), 1e-9))
              + "  " + ms(median(before)))
    }
}

/// One change committed: an idea parked or reopened in turn through EditSession.apply, from
/// the command to the commit answered (PostgreSQL) or the file renamed and flushed, in a
/// session that is alone. The file's session is warmed up (prepareSaving) and its file left
/// to settle first, as in the app (SaveBench.swift).
func commitTable(_ targets: [BenchTarget], dir: String) throws {
    let changes = benchSetting("PG_BENCH_CHANGES", 50)
    print("one change committed (park or reopen an idea; EditSession.apply, command → committed; \(changes) changes after a first; ms)")
    print("database        store          first     median        p95        max   ratio of medians")
    for target in targets {
        let store = try PostgresStore.open(target.location, credentials: target.credentials)
        defer { store.close() }
        let (db, stamp) = try store.load()
        let server = try commitRow(EditSession(database: db, stamp: stamp), store: store, changes: changes)

        // PG_BENCH_FILE=0 leaves the file store out (to profile the server's side alone).
        var local: (first: Double, times: [Double]) = (0, [])
        if benchSetting("PG_BENCH_FILE", 1) != 0 {
            let file = DatabaseFile(path: dir + "/commit.db.json")
            try file.save(db, expected: nil)
            Thread.sleep(forTimeInterval: Double(DatabaseFile.settledSeconds) + 0.1)
            let session = try EditSession.open(file)
            session.prepareSaving()
            local = try commitRow(session, store: file, changes: changes)
            try? FileManager.default.removeItem(atPath: file.path)
            try? FileManager.default.removeItem(atPath: file.path + ".bak")
        }

        for (name, row) in [("PostgreSQL", server), ("file", local)] {
            let label = (name == "file" ? "" : target.label).padding(toLength: 15, withPad: " ", startingAt: 0)
            let ratio = name == "file" || local.times.isEmpty ? "" : String(format: "   %6.2f", median(server.times) / median(local.times))
            print(label + " " + name.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + [row.first, median(row.times), percentile(row.times, 0.95), row.times.max() ?? 0].map(ms).joined() + ratio)
        }
    }
}

/// Another session's change read in, as a session does before its own change whenever
/// someone else committed since it last looked (and so at almost every change of twenty
/// writers at once): `changed(since:known:)` after one change by another session.
/// PostgreSQL reads the rows written since and applies them to what the session has; the
/// file is read again as a whole. Median of `PG_BENCH_RUNS`.
func readInTable(_ targets: [BenchTarget], dir: String) throws {
    let runs = benchSetting("PG_BENCH_RUNS", 5)
    print("another session's change read in (changed(since:known:) after one change by another; median of \(runs))")
    print("database        PostgreSQL        file   ratio")
    for target in targets {
        let writer = try PostgresStore.open(target.location, credentials: target.credentials)
        let reader = try PostgresStore.open(target.location, credentials: target.credentials)
        defer {
            writer.close()
            reader.close()
        }
        let (db, stamp) = try writer.load()
        let path = dir + "/read-in.db.json"
        try DatabaseFile(path: path).save(db, expected: nil)
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".bak")
        }
        var times: [String: [Double]] = [:]
        for (name, store, start) in [("PostgreSQL", writer as any DatabaseStore, EditSession(database: db, stamp: stamp)),
                                     ("file", DatabaseFile(path: path), try EditSession.open(DatabaseFile(path: path)))] {
            let other: any DatabaseStore = name == "file" ? DatabaseFile(path: path) : reader
            var session = start
            let toggle = try Toggle(db)
            for _ in 0..<runs {
                let seen = session.snapshot
                try expectSaved(session.apply(toggle.next(toggle.ideas[0], in: session.database), context: toggle.context, store: store))
                times[name, default: []].append(try seconds { _ = try other.changed(since: seen.stamp, known: seen.database) })
            }
        }
        let server = median(times["PostgreSQL"] ?? []), local = median(times["file"] ?? [])
        print(target.label.padding(toLength: 15, withPad: " ", startingAt: 0) + ms(server) + "  " + ms(local)
              + String(format: "  %6.2f", server / max(local, 1e-9)))
    }
}

func commitRow(_ start: EditSession, store: any DatabaseStore, changes: Int) throws -> (first: Double, times: [Double]) {
    var session = start
    let toggle = try Toggle(session.database)
    let idea = toggle.ideas[0]
    let first = try seconds { try expectSaved(session.apply(toggle.next(idea, in: session.database), context: toggle.context, store: store)) }
    var times: [Double] = []
    for _ in 0..<changes {
        let command = toggle.next(idea, in: session.database)
        times.append(try seconds { try expectSaved(session.apply(command, context: toggle.context, store: store)) })
    }
    return (first, times)
}

/// The change every table makes: an idea that was shared is parked, and reopened the next
/// time (as SaveBench), by a facilitator, the day before the festival.
struct Toggle: Sendable {
    /// Ideas that may be parked (shared ones), in the database's order.
    var ideas: [String]
    var context: CommandContext

    init(_ db: Database) throws {
        guard let actor = db.people.first(where: { $0.roles.contains(.facilitator) })?.id else { throw BenchError.noIdeaToPark }
        ideas = db.ideas.filter { $0.stage == .shared }.map(\.id)
        if ideas.isEmpty { throw BenchError.noIdeaToPark }
        let day = db.festival.day.adding(days: -1)
        context = CommandContext(actor: actor, now: Timestamp(day: day, hour: 12), today: day)
    }

    /// Park it when it is not parked (as the session last saw it), else reopen it.
    func next(_ idea: String, in db: Database) -> Command {
        db.ideas.first(where: { $0.id == idea })?.stage == .parked
            ? .reopen(ideaId: idea, reason: "bench") : .park(ideaId: idea, reason: "bench")
    }
}

func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

/// The value below which `p` of them lie (nearest rank).
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
}

func benchSetting(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
}

/// The 1, 5 and 15 minute load averages, as /proc says.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}
