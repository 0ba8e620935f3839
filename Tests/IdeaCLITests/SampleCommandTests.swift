import Foundation
import Testing

/// The README's command makes the committed sample, byte for byte; without
/// --festival-day a new database is dated by yesterday, so nothing in it is ahead.
struct SampleCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theReadmeCommandMakesTheSample() throws {
        let dir = NSTemporaryDirectory() + "idea-tui-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try CLI.run(["generate", "--ideas", "180", "--seed", "2027", "--festival-day", "2026-06-20", "--output", dir + "/s.json"])
        #expect(r.code == 0)
        let made = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.json"))
        #expect(made == (try Data(contentsOf: Self.root.appendingPathComponent("ideas.db.json"))))
        let wrong = try CLI.run(["generate", "--festival-day", "2026-02-30", "--output", dir + "/x.json"])
        #expect(wrong.code == 64 && wrong.err.contains("--festival-day must be a date like 2026-06-20"))
    }

    @Test func aNewDatabaseDescribesYesterday() throws {
        let dir = NSTemporaryDirectory() + "idea-tui-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        #expect(try CLI.run(["generate", "--ideas", "50", "--output", dir + "/g.json"]).code == 0)
        let text = try String(contentsOfFile: dir + "/g.json", encoding: .utf8)
        // Every moment written is before now.
        let now = ISO8601DateFormatter().string(from: Date())
        let moments = text.matches(of: /"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"/).map { String($0.1) }
        #expect(!moments.isEmpty && moments.allSatisfy { $0 < now })
    }
}
