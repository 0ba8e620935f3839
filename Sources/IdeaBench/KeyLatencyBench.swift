import Foundation
import IdeaModel

// The screen while the auto-scheduler runs: the real idea-tui (the release build beside
// this program) in a pseudo-terminal of 120×40 on a generated festival of 1,000 ready
// ideas and 80 venues. `A` starts the auto-scheduler; while it runs, a key that moves the
// grid's cursor (j or k, in turn) is sent every 20 ms or so, and each one is timed from
// the moment it is written to the terminal to the moment the app says it has drawn the
// frame for it (its input log, IDEA_TUI_INPUT_LOG, read through a FIFO: "busy" once the
// frame is on the terminal). Several runs; then the same keys with nothing running, as
// the reference; beside them, the auto-scheduler's own time in this process and the
// time from `A` to its answer in the app.

/// The terminal end the bench holds: writes keys, reads (and throws away) what the app draws.
private final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slavePath: String

    init?(cols: Int, rows: Int) {
        // posix_openpt and its companions are X/Open functions the Glibc module leaves out.
        typealias Open = @convention(c) (Int32) -> Int32
        typealias Call = @convention(c) (Int32) -> Int32
        typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32
        func symbol<T>(_ name: String, _: T.Type) -> T? { dlsym(UnsafeMutableRawPointer(bitPattern: 0), name).map { unsafeBitCast($0, to: T.self) } }
        guard let openpt = symbol("posix_openpt", Open.self), let grant = symbol("grantpt", Call.self),
              let unlock = symbol("unlockpt", Call.self), let name = symbol("ptsname_r", Name.self) else { return nil }
        let fd = openpt(O_RDWR | O_NOCTTY)
        var path = [CChar](repeating: 0, count: 128)
        guard fd >= 0, grant(fd) == 0, unlock(fd) == 0, name(fd, &path, path.count) == 0 else { return nil }
        master = fd
        slavePath = String(decoding: path.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(fd, UInt(TIOCSWINSZ), &size)
        // What the app draws must be read, or it stops when the terminal's buffer is full.
        let thread = Thread { [fd] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while read(fd, &buffer, buffer.count) > 0 {}
        }
        thread.start()
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }
}

/// The app's input log, line by line, each with the moment it was read.
private final class LogReader {
    let fd: Int32
    private var pending: [UInt8] = []
    private var lines: [(String, UInt64)] = []

    init?(fifo path: String) {
        unlink(path)
        guard mkfifo(path, 0o600) == 0 else { return nil }
        // Read and write: it never blocks on open, and never sees the end of the file.
        fd = open(path, O_RDWR | O_NONBLOCK)
        guard fd >= 0 else { return nil }
    }

    /// The next line, waiting up to `seconds`; nil when none came.
    func next(within seconds: Double = 120) -> (line: String, at: UInt64)? {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        while lines.isEmpty {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return nil }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, Int32(min(1_000, (deadline - now) / 1_000_000 + 1))) > 0 else { continue }
            let at = DispatchTime.now().uptimeNanoseconds
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else { continue }
            pending += buffer[0..<n]
            while let end = pending.firstIndex(of: 10) {
                lines.append((String(decoding: pending[..<end], as: UTF8.self), at))
                pending.removeSubrange(...end)
            }
        }
        let first = lines.removeFirst()
        return (first.0, first.1)
    }

    /// Reads lines until one of `wanted`; the line and when it came, or nil.
    func until(_ wanted: Set<String>, within seconds: Double = 120) -> (line: String, at: UInt64)? {
        while let got = next(within: seconds) {
            if wanted.contains(got.line) { return got }
        }
        return nil
    }
}

/// Milliseconds of each key, from written to drawn.
private struct Latencies {
    var samples: [Double] = []

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
    }

    func row(_ label: String) -> String {
        String(format: "%@%5d  %8.1f ms  %8.1f ms  %8.1f ms", label.padding(toLength: 34, withPad: " ", startingAt: 0),
               samples.count, percentile(0.5), percentile(0.95), samples.max() ?? 0)
    }
}

func keyLatencyBench(runs: Int = 3) {
    let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    let app = here.appendingPathComponent("idea-tui").path
    guard FileManager.default.isExecutableFile(atPath: app) else {
        print("key to frame while auto-scheduling: no idea-tui beside \(here.path); build both with `swift build -c release`")
        return
    }
    let dir = NSTemporaryDirectory() + "idea-latency-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }

    let db = Generator.festival(ready: 1000, venues: 80, seed: 1000)
    let path = dir + "/festival.db.json"
    guard (try? DatabaseFile(path: path).save(db, expected: nil)) != nil,
          let facilitator = db.people.first(where: { $0.has(.facilitator) })?.id else {
        print("key to frame while auto-scheduling: could not write the festival")
        return
    }
    var alone = AutoScheduler.run(db)
    let schedulerTime = best(2) { alone = AutoScheduler.run(db) }

    guard let terminal = PseudoTerminal(cols: 120, rows: 40), let log = LogReader(fifo: dir + "/input.log"),
          let slave = FileHandle(forUpdatingAtPath: terminal.slavePath) else {
        print("key to frame while auto-scheduling: no pseudo-terminal")
        return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: app)
    process.arguments = ["--db", path, "--as", facilitator, "--lang", "en"]
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["LANG"] = "C.UTF-8"
    environment["IDEA_TUI_INPUT_LOG"] = dir + "/input.log"
    environment.removeValue(forKey: "LC_ALL")
    process.environment = environment
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    guard (try? process.run()) != nil, log.until(["ready"]) != nil else {
        print("key to frame while auto-scheduling: idea-tui did not start")
        return
    }
    defer { if process.isRunning { process.terminate() } }

    /// Sends a key; the time to the frame drawn for it, and whether work ended meanwhile.
    func press(_ key: String) -> (ms: Double, ended: Bool)? {
        let sent = DispatchTime.now().uptimeNanoseconds
        terminal.send(key)
        var ended = false
        while let got = log.next() {
            if got.line == "done" { ended = true }
            if got.line == "busy" || got.line == "ready" { return (Double(got.at - sent) / 1e6, ended) }
        }
        return nil
    }

    _ = press("9")
    var during = Latencies(), idle = Latencies()
    var inApp: [Double] = []
    var placedInApp = 0
    for _ in 0..<runs {
        let started = DispatchTime.now().uptimeNanoseconds
        guard let first = press("A") else { break }
        var running = !first.ended
        var k = 0
        while running {
            usleep(useconds_t(15_000 + 10_000 * (k % 2)))
            guard let key = press(k % 2 == 0 ? "j" : "k") else { running = false; break }
            k += 1
            if key.ended { running = false } else { during.samples.append(key.ms) }
        }
        inApp.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        placedInApp = alone.placements.count
        _ = press("\u{1b}")  // the answer's question: no
    }
    for k in 0..<40 {
        usleep(20_000)
        if let key = press(k % 2 == 0 ? "j" : "k") { idle.samples.append(key.ms) }
    }
    terminal.send("Q")
    process.waitUntilExit()

    print("key to frame while auto-scheduling: idea-tui (release) in a 120×40 pseudo-terminal, "
        + "1000 ready ideas/80 venues, \(runs) runs, a key every 15–25 ms")
    print("                                      n      median         p95         max")
    print(during.row("  while the scheduler runs"))
    print(idle.row("  nothing running (reference)"))
    print("  auto-scheduler alone (in-process) " + ms(schedulerTime) + "   placed \(placedInApp)")
    print("  in the app, A to its answer       " + ms(inApp.min() ?? 0) + "   (best of \(inApp.count), keys pressed meanwhile)")
}
