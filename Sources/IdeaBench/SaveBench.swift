import Foundation
import IdeaModel

// One change → saved: through the real EditSession and DatabaseFile (the rules, the look
// at the file, the encoding, the temporary file written and flushed, .bak, the rename and
// the folder flushed), as the app and the command line save. The reference, in the same
// run on the same file, is the save as it was before the encoder kept records' bytes: the
// file read before the change and again under the lock, each read hashed byte by byte
// (FNV-1a) as was the new version, the whole database encoded through the JSON tree
// (`DatabaseCodec.encode`), then written the same way.
//
// The change is an idea parked and reopened in turn (an idea and a log entry each time),
// `SAVE_BENCH_PAUSE` seconds apart (2.5 by default: a person's pace, and longer than a
// virtual machine waits before it takes back memory its guest freed); `SAVE_BENCH_SPARE=0`
// saves without the spare file made ahead (`SpareFile`). Each file is written, then left
// for `DatabaseFile.settledSeconds` before it is opened, as a file opened in the app
// usually is. `SAVE_BENCH_ALL=1` also prints each change's time.

/// `IdeaBench --save [sizes…]` (and a table of the full run).
func saveTable(_ files: [(label: String, path: String)]) throws {
    print("one change → saved (park or reopen an idea; EditSession.apply to the renamed, flushed file; ms)")
    print("database           MB   warm-up  first save  first, cold     median       max   reference  ratio")
    for (label, path) in files {
        let db = try DatabaseFile(path: path).load().0
        let row = try saveRow(db, runs: db.ideas.count >= 50_000 ? 5 : db.ideas.count >= 10_000 ? 10 : 20)
        let mb = Double(((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0) / 1_048_576
        let name = label.padding(toLength: 15, withPad: " ", startingAt: 0)
        print(name + String(format: " %5.1f", mb) + [row.warmUp, row.first, row.cold, row.median, row.max, row.reference].map(ms).joined()
              + String(format: "   %5.3f", row.median / max(row.reference, 1e-9)))
    }
}

struct SaveRow {
    var warmUp = 0.0, first = 0.0, cold = 0.0, median = 0.0, max = 0.0, reference = 0.0
}

func saveRow(_ db: Database, runs: Int) throws -> SaveRow {
    let dir = NSTemporaryDirectory() + "idea-save-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let warmFile = DatabaseFile(path: dir + "/warm.db.json"), coldFile = DatabaseFile(path: dir + "/cold.db.json")
    try warmFile.save(db, expected: nil)
    try coldFile.save(db, expected: nil)
    Thread.sleep(forTimeInterval: Double(DatabaseFile.settledSeconds) + 0.1)

    guard let actor = db.people.first(where: { $0.roles.contains(.facilitator) })?.id,
          let idea = db.ideas.first(where: { $0.stage == .shared })?.id else { throw BenchError.noIdeaToPark }
    let day = db.festival.day.adding(days: -1)
    let context = CommandContext(actor: actor, now: Timestamp(day: day, hour: 12), today: day)
    var parked = false
    func next() -> Command {
        parked.toggle()
        return parked ? .park(ideaId: idea, reason: "bench") : .reopen(ideaId: idea, reason: "bench")
    }

    var row = SaveRow()
    // Opened, warmed up as the app does on a thread of its own, then changed; after each
    // change the app prepares the next save again, off the clock here as there.
    let environment = ProcessInfo.processInfo.environment
    let store: DatabaseFile? = environment["SAVE_BENCH_SPARE"] == "0" ? nil : warmFile
    let pause = environment["SAVE_BENCH_PAUSE"].flatMap(Double.init) ?? 2.5
    var session = try EditSession.open(warmFile)
    row.warmUp = seconds { session.prepareSaving(for: store) }
    func change() throws -> Double {
        Thread.sleep(forTimeInterval: pause)
        let time = try seconds { try expectSaved(session.apply(next(), context: context, store: warmFile)) }
        session.prepareSaving(for: store)
        return time
    }
    row.first = try change()
    var times: [Double] = []
    for _ in 0..<runs { times.append(try change()) }
    if ProcessInfo.processInfo.environment["SAVE_BENCH_ALL"] != nil {
        print("  each change: " + times.map { String(format: "%.0f", $0 * 1000) }.joined(separator: " ") + " ms")
    }
    times.sort()
    row.median = times[times.count / 2]
    row.max = times.last ?? 0
    // Opened and changed at once, on its own copy: the first save encodes everything.
    var cold = try EditSession.open(coldFile)
    row.cold = try seconds {
        try expectSaved(cold.apply(.park(ideaId: idea, reason: "bench"), context: context, store: coldFile))
    }

    // The reference: what a change cost before, on the same file, from the same state.
    var current = session.database
    var stamp = DatabaseFile.Stamp(try warmFile.readBytes())
    var reference: [Double] = []
    for _ in 0..<(runs >= 10 ? 5 : 3) {
        Thread.sleep(forTimeInterval: pause)
        let command = next()
        reference.append(try seconds {
            let bytes = try warmFile.readBytes()
            guard DatabaseFile.Stamp(bytes) == stamp else { throw BenchError.changedOnDisk }
            var changed = current
            _ = try changed.make(command, context: context)
            let new = DatabaseCodec.encode(changed)
            stamp = try warmFile.save(bytes: new, expected: stamp)
            stamp.seen = nil
            // The three hashes as they were (the look, the check under the lock, the stamp of
            // what was written); the stamps above use today's quicker hash.
            hashSink ^= byteByByteFNV(bytes, 1) ^ byteByByteFNV(bytes, 2) ^ byteByByteFNV(new, 3)
            _ = Patch.diff(current, changed)
            current = changed
        })
    }
    row.reference = reference.sorted()[reference.count / 2]
    return row
}

/// The stamp's hash before: FNV-1a over every byte (`salt` keeps two passes over the same
/// bytes from being merged into one).
func byteByByteFNV(_ bytes: [UInt8], _ salt: UInt64) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
    }
    return h
}

/// Keeps the reference's hashes from being optimised away.
nonisolated(unsafe) var hashSink: UInt64 = 0

enum BenchError: Error {
    case noIdeaToPark, notSaved, changedOnDisk
    /// PostgresStore.load() and snapshot() gave different databases (PostgresBench.swift).
    case loadsDiffer(String)
}

func expectSaved(_ outcome: EditSession.Outcome) throws {
    guard case .saved = outcome else { throw BenchError.notSaved }
}
