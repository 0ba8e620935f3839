import Foundation
import IdeaModel

/// `IdeaBench --load [sizes…]`: loading alone, beside Python's `json.load` alone, each in a
/// process of its own, so the peak memory is that of a process that only read the file
/// (the main table's peak also holds saving and the screens). Generated databases as in
/// the main table (seed 1). Our load is `DatabaseFile.load()`: read, every check, the stamp.
/// Beside the time by the clock, the processor time of the same run (best of three each):
/// on a machine busy with other work the clock also counts the time spent waiting for a core.
func loadBench(sizes: [Int]) throws {
    let dir = NSTemporaryDirectory() + "idea-bench-load-\(getpid())"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    print("load only       MB    first load   best of 3     python   ratio   cpu: ours     python   ratio  peak MiB  python MiB")
    for n in sizes {
        let path = dir + "/db-\(n).json"
        try DatabaseFile(path: path).save(Generator.database(ideas: n, seed: 1), expected: nil)
        let mb = Double(((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0) / 1_048_576
        let ours = output(of: [CommandLine.arguments[0], "--load-one", path])?
            .split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? []
        let script = """
        import json, sys, time
        best = cpu = None
        for _ in range(3):
            t = time.perf_counter(); c = time.process_time()
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            s = time.perf_counter() - t; c = time.process_time() - c
            best = s if best is None else min(best, s); cpu = c if cpu is None else min(cpu, c); d = None
        peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) / 1024
        print(best, peak, cpu)
        """
        let py = output(of: ["python3", "-c", script, path])?
            .split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? []
        guard ours.count == 4, py.count == 3 else { print("\(n) ideas: could not be measured"); continue }
        let name = "\(n) ideas".padding(toLength: 12, withPad: " ", startingAt: 0)
        print(name + String(format: " %6.1f ", mb) + ms(ours[0]) + "  " + ms(ours[1]) + " " + ms(py[0])
              + String(format: "  %5.2f  ", ours[1] / py[0]) + ms(ours[3]) + " " + ms(py[2])
              + String(format: "  %5.2f  %8.0f  %10.0f", ours[3] / py[2], ours[2], py[1]))
    }
}

/// The child: the first load, then the best of three (each database let go before the
/// next is read, so two are never held at once), then the peak memory.
func loadOne(path: String) throws {
    let file = DatabaseFile(path: path)
    var db: Database? = nil
    let first = try seconds { db = try file.load().0 }
    let peak = peakMemoryMiB()
    var again = Double.infinity
    var cpu = Double.infinity
    for _ in 0..<3 {
        db = nil
        let c = processorSeconds()
        again = min(again, try seconds { db = try file.load().0 })
        cpu = min(cpu, processorSeconds() - c)
    }
    guard db != nil else { return }
    print(first, again, peak, cpu)
}

/// The processor time this process has used so far, in seconds.
func processorSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
