import Foundation
import Testing
@testable import IdeaModel

/// A process killed with SIGKILL at random moments while it saves, 200 times: the file
/// always loads and is a whole version (its log continues the last one seen), and `.bak`
/// is always a whole earlier version (the same, or one change behind).
@Suite struct CrashSafetyTests {
    @Test(.timeLimit(.minutes(4)))
    func killedWhileSavingTheFileIsAlwaysAWholeVersion() throws {
        var start = Fx.base()
        Fx.run(&start, [.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai")])
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        try file.save(start, expected: nil)

        var random = SplitMix64(seed: 2027)
        var seen = try file.load().0.log
        var progressed = 0
        for round in 0..<200 {
            let helper = Process()
            helper.executableURL = URL(fileURLWithPath: SessionProcessTests.helper)
            helper.arguments = [file.path, "\(round + 1)", "100000", "person-0001"]
            helper.standardOutput = FileHandle.nullDevice
            helper.standardError = FileHandle.nullDevice
            helper.standardInput = FileHandle.nullDevice
            try helper.run()
            usleep(useconds_t(3_000 + Int(random.next() % 40_000)))
            kill(helper.processIdentifier, SIGKILL)
            helper.waitUntilExit()

            let db = try file.load().0
            #expect(Validator.problems(in: db).isEmpty, "round \(round)")
            // A whole version: everything saved before is still there, in order.
            #expect(db.log.count >= seen.count && Array(db.log.prefix(seen.count)) == seen, "round \(round)")
            let bak = try DatabaseFile(path: file.backupPath).load().0
            #expect(bak.log.count == db.log.count || bak.log.count == db.log.count - 1, "round \(round)")
            #expect(Array(db.log.prefix(bak.log.count)) == bak.log, "round \(round)")
            if db.log.count > seen.count { progressed += 1 }
            seen = db.log
        }
        // Most kills landed while it was saving change after change.
        #expect(progressed >= 100)
        // The next save clears the temporary files the killed processes left behind.
        let db = try file.load()
        try file.save(db.0, expected: db.1)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "\(left)")
    }
}
