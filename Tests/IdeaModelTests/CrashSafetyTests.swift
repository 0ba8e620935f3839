import Foundation
import Testing
@testable import IdeaModel

/// A process killed with SIGKILL while it saves: the file always loads and is a whole
/// version (its log continues the last one seen), and `.bak` is always a whole earlier
/// version (the same, or one change behind).
///
/// The kills are steered, not timed: the helper stops itself at an exact step of a save
/// (`DatabaseFile.SavePoint`) and says so, and only then is it killed. So every step is
/// hit the same number of times however busy the machine is, and the file can be checked
/// for the exact version each step must leave. A smaller part kills at random moments and
/// checks only that the file is whole.
@Suite struct CrashSafetyTests {
    /// A database with a forum (the helper records discussions there), saved twice so that
    /// `.bak` is there from the start.
    private static func start() throws -> (DatabaseFile, String) {
        var start = Fx.base()
        Fx.run(&start, [.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai")])
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let stamp = try file.save(start, expected: nil)
        try file.save(start, expected: stamp)
        return (file, dir)
    }

    private static func helper(_ arguments: [String], output: Pipe? = nil) throws -> Process {
        let helper = Process()
        helper.executableURL = URL(fileURLWithPath: SessionProcessTests.helper)
        helper.arguments = arguments
        helper.standardOutput = output ?? FileHandle.nullDevice
        helper.standardError = FileHandle.nullDevice
        helper.standardInput = FileHandle.nullDevice
        try helper.run()
        return helper
    }

    /// Reads the helper's output until it says it has paused at `step`; false when it
    /// ended without pausing.
    private static func waitUntilPaused(_ output: Pipe, at step: DatabaseFile.SavePoint) -> Bool {
        var text = ""
        while true {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return false }
            text += String(decoding: data, as: UTF8.self)
            if text.contains("paused \(step.rawValue)\n") { return true }
        }
    }

    private static func temporaries(in dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter {
            $0.contains(".tmp-") || ($0.hasPrefix(TemporaryFile.prefix) && $0.hasSuffix(TemporaryFile.suffix))
        }
    }

    @Test(.timeLimit(.minutes(10)))
    func killedAtEveryStepOfASaveLeavesTheVersionThatStepPromises() throws {
        let (file, dir) = try Self.start()
        var seen = try file.load().0.log
        var round = 0
        // Every step, in the first, second and third save of a helper, three times over.
        for _ in 0..<3 {
            for save in 1...3 {
                for step in DatabaseFile.SavePoint.allCases {
                    round += 1
                    let output = Pipe()
                    let helper = try Self.helper([file.path, "\(round)", "100000", "person-0001", step.rawValue, "\(save)"],
                                                 output: output)
                    let paused = Self.waitUntilPaused(output, at: step)
                    kill(helper.processIdentifier, SIGKILL)
                    helper.waitUntilExit()
                    let what = "round \(round): killed at \(step.rawValue) of save \(save)"
                    #expect(paused, "\(what): the helper ended without reaching that step")
                    guard paused else { continue }

                    // Steps before the rename leave the earlier version; from the rename on, the new one.
                    let saved = save - 1 + (step == .replaced || step == .synced ? 1 : 0)
                    let db = try file.load().0
                    #expect(Validator.problems(in: db).isEmpty, "\(what)")
                    #expect(db.log.count == seen.count + saved, "\(what)")
                    #expect(Array(db.log.prefix(seen.count)) == seen, "\(what)")

                    // .bak holds the version the interrupted save replaces once that save has
                    // kept it, and the one before until then.
                    let bak = try DatabaseFile(path: file.backupPath).load().0
                    let replaced = seen.count + save - 1
                    switch step {
                    case .locked, .halfWritten, .written:
                        if save > 1 { #expect(bak.log.count == replaced - 1, "\(what)") }
                    case .backedUp, .replaced, .synced:
                        #expect(bak.log.count == replaced, "\(what)")
                    }
                    #expect(Array(db.log.prefix(bak.log.count)) == bak.log, "\(what)")

                    // Killed while the temporary file was there: it is left behind (and the
                    // next save removes it, checked below and by the next round).
                    let left = try Self.temporaries(in: dir)
                    let midWrite = [.halfWritten, .written, .backedUp].contains(step)
                    #expect(left.isEmpty != midWrite, "\(what): temporaries \(left)")
                    seen = db.log
                }
            }
        }
        let db = try file.load()
        try file.save(db.0, expected: db.1)
        let left = try Self.temporaries(in: dir)
        #expect(left.isEmpty, "\(left)")
    }

    /// Kills at random moments: whatever the timing, the file and `.bak` are whole.
    @Test(.timeLimit(.minutes(10)))
    func killedAtRandomMomentsTheFileIsAlwaysAWholeVersion() throws {
        let (file, dir) = try Self.start()
        var random = SplitMix64(seed: 2027)
        var seen = try file.load().0.log
        for round in 0..<60 {
            let helper = try Self.helper([file.path, "\(round + 1)", "100000", "person-0001"])
            usleep(useconds_t(3_000 + Int(random.next() % 40_000)))
            kill(helper.processIdentifier, SIGKILL)
            helper.waitUntilExit()

            let db = try file.load().0
            #expect(Validator.problems(in: db).isEmpty, "round \(round)")
            #expect(db.log.count >= seen.count && Array(db.log.prefix(seen.count)) == seen, "round \(round)")
            let bak = try DatabaseFile(path: file.backupPath).load().0
            #expect(bak.log.count == db.log.count || bak.log.count == db.log.count - 1, "round \(round)")
            #expect(Array(db.log.prefix(bak.log.count)) == bak.log, "round \(round)")
            seen = db.log
        }
        let db = try file.load()
        try file.save(db.0, expected: db.1)
        let left = try Self.temporaries(in: dir)
        #expect(left.isEmpty, "\(left)")
    }
}
