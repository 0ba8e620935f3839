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
