import Foundation
import IdeaModel
import IdeaUI

// Timings for docs/PERFORMANCE.md. Prints tables; asserts nothing.
// Run: swift build -c release && .build/release/IdeaBench [sizes…]   (default: the sample,
// 1000, 10000, 50000); `--latency [runs]` times only the keys while the auto-scheduler runs
// (it drives the release idea-tui beside it); `--diagnosis` times only the placement
// diagnosis, `--scheduler` only the auto-scheduler; `--save [sizes…]` only one change → saved
// (SaveBench.swift); `--postgres URL [sizes…]` the PostgreSQL store (PostgresBench.swift).
// IdeaBench --measure PATH is the child process that measures one file.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--diagnosis" {
    // Pairs of ready ideas and venues: --diagnosis 60 8 40 12
    let n = arguments.dropFirst().compactMap(Int.init)
    diagnosisBench(n.count >= 2 ? stride(from: 0, to: n.count - 1, by: 2).map { (n[$0], n[$0 + 1]) } : [(100, 12), (300, 30), (1000, 80)])
    exit(0)
}
// IdeaBench --frames PATH: the first frame taken apart, and search keystrokes (FrameBench.swift).
if arguments.first == "--frames", arguments.count == 2 {
    try frameBench(path: arguments[1])
    exit(0)
}
if arguments.first == "--scheduler" {
    festivalBench()
    exit(0)
}
if arguments.first == "--measure", arguments.count == 2 {
    try measure(path: arguments[1])
    exit(0)
}
// IdeaBench --import [rows…]: only the CSV import (ImportBench.swift).
if arguments.first == "--import" {
    let rows = arguments.dropFirst().compactMap(Int.init)
    importBench(sizes: rows.isEmpty ? [1000, 10000, 100_000] : rows)
    exit(0)
}
// IdeaBench --load [sizes…]: only loading, beside Python's json.load (LoadBench.swift).
if arguments.first == "--load" {
    try loadBench(sizes: arguments.dropFirst().compactMap(Int.init))
    exit(0)
}
if arguments.first == "--load-one", arguments.count == 2 {
    try loadOne(path: arguments[1])
    exit(0)
}
// IdeaBench --postgres URL [sizes…]: the PostgreSQL store beside the file store
// (PostgresBench.swift; scripts/bench-postgres.sh starts a server and fills it).
if arguments.first == "--postgres", arguments.count >= 2 {
    try postgresBench(url: arguments[1], sizes: Array(arguments.dropFirst(2)))
    exit(0)
}
// IdeaBench --latency: only the keys while the auto-scheduler runs (KeyLatencyBench.swift).
if arguments.first == "--latency" {
    keyLatencyBench(runs: arguments.dropFirst().first.flatMap(Int.init) ?? 3)
    exit(0)
}

// IdeaBench --save [sizes…]: only one change → saved (SaveBench.swift).
let saveOnly = arguments.first == "--save"
let sizes = arguments.compactMap(Int.init)
let dir = NSTemporaryDirectory() + "idea-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }

var files: [(label: String, path: String)] = []
if sizes.isEmpty, FileManager.default.fileExists(atPath: "ideas.db.json") {
    let path = dir + "/sample.db.json"
    try FileManager.default.copyItem(atPath: "ideas.db.json", toPath: path)
    files.append(("sample (\(Generator.sampleIdeas))", path))
}
for n in sizes.isEmpty ? [1000, 10000, 50000] : sizes {
    let path = dir + "/db-\(n).json"
    var db = Database(festival: Festival(title: "", day: Day(daysSinceEpoch: 0)))
    let time = seconds { db = Generator.database(ideas: n, seed: 1) }
    try DatabaseFile(path: path).save(db, expected: nil)
    print("generated \(n) ideas in " + ms(time).trimmingCharacters(in: .whitespaces))
    files.append(("\(n) ideas", path))
}
print("")
if saveOnly {
    try saveTable(files)
    exit(0)
}
fileTable(files)
print("")
try saveTable(files)
print("")
mentorBench()
print("")
festivalBench()
print("")
diagnosisBench()
print("")
importBench()
print("")
keyLatencyBench()
