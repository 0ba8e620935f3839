import Foundation
import Testing
@testable import IdeaModel

/// Two and three real processes editing one file at the same time, each through its own
/// EditSession (the `IdeaStress` helper that `swift build` puts beside the test bundle).
@Suite struct SessionProcessTests {
    static var helper: String {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = dir.appendingPathComponent("IdeaStress")
        // Swift Testing may run from inside the .xctest bundle folder.
        if !FileManager.default.fileExists(atPath: candidate.path) {
            candidate = dir.deletingLastPathComponent().appendingPathComponent("IdeaStress")
        }
        return candidate.path
    }

    struct Run {
        let process = Process()
        let out = Pipe(), err = Pipe()

        init(_ arguments: [String]) throws {
            process.executableURL = URL(fileURLWithPath: SessionProcessTests.helper)
            process.arguments = arguments
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Waits for the end; the lines it printed and what it said on stderr.
        func finish() -> (code: Int32, lines: [String], err: String) {
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let lines = String(decoding: outData, as: UTF8.self).split(separator: "\n").map(String.init)
            return (process.terminationStatus, lines, String(decoding: errData, as: UTF8.self))
        }
    }

    // Each change is fsync'd twice; on a busy machine with a slow disk a run can take
    // minutes, so the limit only catches a hang.
    @Test(.timeLimit(.minutes(10)), arguments: [2, 3])
    func processesApplyingHundredsOfChangesLoseNothing(processes: Int) throws {
        var start = Fx.base()
        Fx.run(&start, [.createForum(title: "Kiemų forumas", day: Fx.day(2026, 4, 20), place: "Kauno menininkų namai")])
        let file = DatabaseFile(path: StoreFixtures.tempDir() + "/ideas.db.json")
        try file.save(start, expected: nil)

        let count = 100
        // The third process is the first facilitator again, in another window.
        let actors = ["person-0001", "person-0006", "person-0001"].prefix(processes)
        let runs = try actors.enumerated().map { k, actor in try Run([file.path, "\(k + 1)", "\(count)", actor]) }
        let results = runs.map { $0.finish() }
        for r in results {
            #expect(r.code == 0, "\(r.err)")
            #expect(r.lines.count == count)
        }
        let lines = results.flatMap(\.lines)

        let (db, _) = try file.load()
        #expect(Validator.problems(in: db).isEmpty)
        let added = lines.filter { $0.hasPrefix("idea ") }.map { String($0.dropFirst(5)) }
        let discussed = lines.filter { $0.hasPrefix("discussed ") }.map { String($0.dropFirst(10)) }
        #expect(added.count + discussed.count == processes * count)
        #expect(db.ideas.count == start.ideas.count + added.count)
        #expect(Set(db.ideas.map(\.id)).count == db.ideas.count)
        let titles = Set(db.ideas.map(\.title))
        #expect(added.allSatisfy(titles.contains))
        let idOf = Dictionary(db.ideas.map { ($0.title, $0.id) }, uniquingKeysWith: { a, _ in a })
        let discussedIds = Set(db.forums[0].discussions.map(\.ideaId))
        #expect(db.forums[0].discussions.count == discussed.count)
        #expect(discussed.allSatisfy { idOf[$0].map(discussedIds.contains) == true })
        // Every change of both is in the log, by whom made it.
        #expect(db.log.count == start.log.count + processes * count)
        #expect(db.log.filter { $0.by == "person-0001" }.count == (processes - 1) * count + start.log.count)
        #expect(db.log.filter { $0.by == "person-0006" }.count == count)
        // They really did overlap: each says how many changes went on top of the others'.
        for r in results { #expect(r.err.contains("applied on top")) }
    }
}
