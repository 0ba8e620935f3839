import Foundation
import Testing
@testable import IdeaModel

/// Every file of the malformed corpus (scripts/check-bad-files.py, which bad-files.sh runs
/// against the binary) read both ways: the fast pass refuses each, and the load's message
/// is the precise pass's. The corpus's valid base file reads the same both ways.
@Suite("Fast load over the malformed corpus")
struct FastLoadCorpusTests {
    @Test func everyCorpusFileIsRefusedByTheFastPass() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = NSTemporaryDirectory() + "idea-tui-corpus-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", root.appendingPathComponent("scripts/check-bad-files.py").path, "--write-only", CLI.binary, dir]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)

        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".db.json") }.sorted()
        #expect(names.count >= 45, "\(names)")
        #expect(names.contains("base.db.json"))
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            let fast = DatabaseCodec.decodeFast(bytes)
            let precise = Result { () throws(LoadFailure) in try DatabaseCodec.decodePrecisely(bytes) }
            let loaded = Result { () throws(LoadFailure) in try DatabaseCodec.decode(bytes) }
            #expect(loaded == precise, "\(name)")
            if name == "base.db.json" {
                #expect(fast != nil && fast == (try? precise.get()), "\(name)")
            } else {
                #expect(fast == nil, "\(name): the fast pass read a malformed file")
                #expect((try? precise.get()) == nil, "\(name): the precise pass read a malformed file")
            }
        }
    }
}
