import Foundation
import IdeaModel
import IdeaUI

/// Load, save, memory and frames for one database file, measured in a process of its
/// own (`IdeaBench --measure PATH`) so its peak memory is this file's alone. Prints one
/// line of numbers: load, save, peak MiB, first frame, move, page, sort, search, a key on
/// the grid, a key on a mentor's home (seconds).
func measure(path: String) throws {
    // Each load starts with no database held, as Python's does: the last one is let go
    // before the clock starts, so its freeing is not timed and two are never held at once.
    // The file's bytes are let go once it is loaded, as the app lets them go.
    var db = Database(festival: Festival(title: "", day: Day(daysSinceEpoch: 0)))
    var load = Double.infinity
    try {
        let bytes = try DatabaseFile(path: path).readBytes()
        for _ in 0..<3 {
            db = Database(festival: Festival(title: "", day: Day(daysSinceEpoch: 0)))
            load = min(load, try seconds { db = try DatabaseCodec.decode(bytes) })
        }
    }()
    let copy = DatabaseFile(path: path + ".copy")
    var stamp = try copy.save(db, expected: nil)
    let save = try best { stamp = try copy.save(db, expected: stamp) }
    let size = Size(cols: 120, rows: 40)
    var state = AppState(database: db, path: path, size: size)
    let first = best { state = AppState(database: db, path: path, size: size); _ = render(state) }
    state.handle(.char("2"))
    let move = best(20) { state.handle(.down); _ = render(state) }
    let page = best(20) { state.handle(.pageDown); _ = render(state) }
    let sort = best { state.update(.openSort); state.handle(.down); state.handle(.enter); _ = render(state) }
    state.handle(.char("/"))
    _ = render(state)
    let search = best { state.handle(.char("a")); _ = render(state) }
    // The festival grid, and a mentor's home (their teams and every team ranked for them).
    state.handle(.escape)
    let grid = best(5) { state.handle(.char("9")); _ = render(state); state.handle(.right); _ = render(state) } / 2
    let mentor = db.people.first { $0.mentor != nil }?.id
    var home = AppState(database: db, path: path, size: size, actor: mentor)
    home.openHomeForActor()
    let mentorKey = best(5) { home.handle(.down); _ = render(home) }
    print([load, save, peakMemoryMiB(), first, move, page, sort, search, grid, mentorKey].map { String($0) }.joined(separator: " "))
}

/// Python's json.load and json.dump (indented, fsync, rename) of the same file, timed
/// inside Python, and its peak memory: the reference beside our load and save.
func python(_ path: String) -> (load: Double, save: Double, peakMiB: Double)? {
    let script = """
    import json, os, sys, time
    t = time.perf_counter(); d = json.load(open(sys.argv[1], encoding='utf-8')); load = time.perf_counter() - t
    t = time.perf_counter()
    with open(sys.argv[1] + '.py', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.flush(); os.fsync(f.fileno())
    os.replace(sys.argv[1] + '.py', sys.argv[1] + '.py2'); save = time.perf_counter() - t
    peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) / 1024
    print(load, save, peak)
    """
    guard let out = output(of: ["python3", "-c", script, path]) else { return nil }
    let n = out.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return n.count == 3 ? (n[0], n[1], n[2]) : nil
}

/// The table of file and screen figures for each database, each measured in a child process.
func fileTable(_ files: [(label: String, path: String)]) {
    print("database           MB     load       python   ratio     save       python   ratio  peak MiB  python MiB")
    var frames: [String] = []
    for (label, path) in files {
        let mb = Double(((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0) / 1_048_576
        guard let line = output(of: [CommandLine.arguments[0], "--measure", path]) else { print("\(label): could not be measured"); continue }
        let v = line.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard v.count == 10 else { print("\(label): could not be measured"); continue }
        let py = python(path)
        func ratio(_ a: Double, _ b: Double?) -> String { b.map { String(format: "%5.2f", a / $0) } ?? "    –" }
        let name = label.padding(toLength: 15, withPad: " ", startingAt: 0)
        print(name + String(format: " %5.1f ", mb) + ms(v[0]) + (py.map { ms($0.load) } ?? "         –") + "  " + ratio(v[0], py?.load)
              + "  " + ms(v[1]) + (py.map { ms($0.save) } ?? "         –") + "  " + ratio(v[1], py?.save)
              + String(format: "  %8.0f  %10.0f", v[2], py?.peakMiB ?? 0))
        frames.append(name + "  " + v[3...9].map(ms).joined(separator: "  "))
    }
    print("")
    print("Key to frame, rendered into the in-memory screen at 120×40 (grid: open it or move on it; mentor home: move)")
    print("database         first frame        move         page         sort   search key         grid  mentor home")
    for f in frames { print(f) }
}
