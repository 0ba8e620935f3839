import Foundation
@testable import IdeaTUI
import IdeaModel
import Testing

/// ssh-session's database, loaded to find the key's person, is the one its remote
/// command opens (once), not loaded a second time.
@Suite(.serialized) struct LoadedDatabaseTests {
    private func sampleCopy() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = NSTemporaryDirectory() + "loaded-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/ideas.db.json"
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("ideas.db.json").path, toPath: path)
        return path
    }

    @Test func theKeptDatabaseIsOpenedOnceForTheSameStore() throws {
        let path = try sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let options = try DatabaseOptions.parse(["--db", path])
        let (onDisk, stamp, store) = try options.open()
        var kept = onDisk
        kept.ideas.removeLast()
        LoadedDatabase.keep(kept, stamp: stamp, of: store)
        // Another store is not given it.
        #expect(LoadedDatabase.take(for: DatabaseFile(path: path + ".other")) == nil)
        #expect(try options.open().0 == kept)
        // Once: the next open reads the file.
        #expect(try options.open().0 == onDisk)
    }
}
