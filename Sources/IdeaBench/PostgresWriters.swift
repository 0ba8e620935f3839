import Foundation
import IdeaModel
import IdeaPostgres

// Twenty writers at once (IdeaBench --postgres): threads, each with its own store (its own
// connection, or its own DatabaseFile and edit lock) and its own EditSession, all started
// together, each making a bounded number of changes. Calls into PostgresStore block their
// thread, so these are Foundation threads, not Swift concurrency tasks.
//
// Two variants: each writer parks and reopens an idea of its own (every commit but the
// first finds the store moved on and is made again on top: "merged"), and all writers on
// four ideas (five on each), so changes clash: a clash is a conflict, answered by keeping
// theirs (as a user choosing "keep theirs"), and the writer goes on from there.
// `PG_BENCH_WRITERS` (20), `PG_BENCH_WRITER_CHANGES` (25 each; 5 at 10,000 ideas and more),
// `PG_BENCH_FILE_WRITER_CHANGES`
// (the file store's, when it should make fewer: the same by default).

/// What one writer saw.
struct WriterResult: Sendable {
    var times: [Double] = []
    var saved = 0, merged = 0, conflicts = 0, busy = 0, failed = 0
}

/// Results from the writers' threads.
final class WriterResults: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [WriterResult] = []

    func add(_ result: WriterResult) { lock.withLock { all.append(result) } }
    var results: [WriterResult] { lock.withLock { all } }
}

func writersTables(_ targets: [BenchTarget], dir: String) throws {
    let writers = benchSetting("PG_BENCH_WRITERS", 20)

    print("\(writers) writers at once (threads, each its own store and EditSession; park or reopen; latency per change, ms;")
    print("changes: all writers' together)")
    print("database        variant    store      changes  saved merged confl. busy fail     median        p95        max     wall s  changes/s")
    for target in targets {
        // Each change of a writer reads in the others' first: at 10,000 ideas half a
        // second, so there fewer changes each.
        let changes = benchSetting("PG_BENCH_WRITER_CHANGES", target.ideas >= 10_000 ? 5 : 25)
        for collide in [false, true] {
            // Both stores start from the database as it is now.
            let store = try PostgresStore.open(target.location, credentials: target.credentials)
            let (db, stamp) = try store.load()
            store.close()
            let server = try runWriters(writers, changes: changes, collide: collide, db: db) { () throws -> (any DatabaseStore, EditSession) in
                (try PostgresStore.open(target.location, credentials: target.credentials), EditSession(database: db, stamp: stamp))
            } close: { store in
                (store as? PostgresStore)?.close()
            }
            let path = dir + "/writers.db.json"
            try DatabaseFile(path: path).save(db, expected: nil)
            let fileChanges = benchSetting("PG_BENCH_FILE_WRITER_CHANGES", changes)
            let local = try runWriters(writers, changes: fileChanges, collide: collide, db: db) { () throws -> (any DatabaseStore, EditSession) in
                let file = DatabaseFile(path: path)
                let session = try EditSession.open(file)
                session.prepareSaving()
                return (file, session)
            } close: { _ in }
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + ".bak")
            for (name, row) in [("PostgreSQL", server), ("file", local)] {
                let label = (name == "file" || collide ? "" : target.label).padding(toLength: 15, withPad: " ", startingAt: 0)
                let variant = (name == "file" ? "" : collide ? "4 ideas" : "own idea").padding(toLength: 10, withPad: " ", startingAt: 0)
                print(label + " " + variant + " " + name.padding(toLength: 10, withPad: " ", startingAt: 0) + row.line)
            }
            fflush(nil)
        }
    }
}

/// All writers' figures together.
struct WritersRow {
    var results: [WriterResult]
    var wall: Double

    var line: String {
        let times = results.flatMap(\.times)
        let sum = { (f: (WriterResult) -> Int) in results.map(f).reduce(0, +) }
        return String(format: "%8d %6d %6d %6d %4d %4d", times.count, sum { $0.saved }, sum { $0.merged }, sum { $0.conflicts },
                      sum { $0.busy }, sum { $0.failed })
            + [median(times), percentile(times, 0.95), times.max() ?? 0].map(ms).joined()
            + String(format: " %10.2f %10.1f", wall, Double(times.count) / max(wall, 1e-9))
    }
}

/// Opens every writer's store and session first (`open`, one after another), starts them
/// together, waits for all.
func runWriters(_ writers: Int, changes: Int, collide: Bool, db: Database,
                open: () throws -> (any DatabaseStore, EditSession),
                close: (any DatabaseStore) -> Void) throws -> WritersRow {
    let toggle = try Toggle(db)
    var opened: [(any DatabaseStore, EditSession)] = []
    for _ in 0..<writers { opened.append(try open()) }
    let results = WriterResults()
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for (w, (store, session)) in opened.enumerated() {
        let idea = toggle.ideas[(collide ? w % 4 : w) % toggle.ideas.count]
        done.enter()
        let thread = Thread {
            start.wait()
            results.add(writer(store: store, session: session, idea: idea, changes: changes, toggle: toggle))
            done.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    let wall = seconds {
        for _ in 0..<writers { start.signal() }
        done.wait()
    }
    for (store, _) in opened { close(store) }
    return WritersRow(results: results.results, wall: wall)
}

/// One writer's loop: `changes` changes to `idea`, each timed from the command to its answer.
func writer(store: any DatabaseStore, session start: EditSession, idea: String, changes: Int, toggle: Toggle) -> WriterResult {
    var session = start
    var result = WriterResult()
    for _ in 0..<changes {
        let command = toggle.next(idea, in: session.database)
        var outcome: Result<EditSession.Outcome, EditSession.Failure> = .failure(.busy(attempts: 0))
        result.times.append(seconds {
            do throws(EditSession.Failure) {
                outcome = .success(try session.apply(command, context: toggle.context, store: store))
            } catch {
                outcome = .failure(error)
            }
        })
        switch outcome {
        case .success(.saved(let saved)):
            result.saved += 1
            if saved.merged { result.merged += 1 }
        case .success(.conflict(let conflict)):
            result.conflicts += 1
            session.keepTheirs(conflict)
        case .failure(.busy):
            result.busy += 1
        case .failure:
            result.failed += 1
            try? session.reload(store)
        }
    }
    return result
}
