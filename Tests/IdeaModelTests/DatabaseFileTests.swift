import Foundation
import Testing
@testable import IdeaModel

@Suite(.serialized)
struct DatabaseFileTests {
    private func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    @Test func loadThenSaveGivesTheSameBytes() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        try file.save(StoreFixtures.valid, expected: nil)
        let before = try #require(bytes(file.path))
        let (db, stamp) = try file.load()
        #expect(db == StoreFixtures.valid)
        try file.save(db, expected: stamp)
        #expect(bytes(file.path) == before)
    }

    @Test func newFilesAreReadableByTheOwnerOnly() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        try file.save(StoreFixtures.valid, expected: nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func savingKeepsThePreviousVersionAsBak() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let first = try file.save(StoreFixtures.valid, expected: nil)
        let firstBytes = try #require(bytes(file.path))
        var changed = StoreFixtures.valid
        changed.ideas[0].title = "Žalias kiemas II"
        try file.save(changed, expected: first)
        #expect(bytes(file.backupPath) == firstBytes)
        #expect(try file.load().0 == changed)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func anotherProgramsChangeIsNeverOverwritten() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let stamp = try file.save(StoreFixtures.valid, expected: nil)
        // Someone edits the file by hand meanwhile.
        var theirs = StoreFixtures.valid
        theirs.ideas[0].summary = "edited in a text editor"
        try Data(DatabaseCodec.encode(theirs)).write(to: URL(fileURLWithPath: file.path))
        var mine = StoreFixtures.valid
        mine.ideas[1].title = "mine"
        #expect(throws: StoreError.changedOnDisk(path: file.path)) { try file.save(mine, expected: stamp) }
        #expect(try file.load().0 == theirs)
    }

    @Test func aFileThatDidNotLoadIsNotWritten() throws {
        let dir = StoreFixtures.tempDir()
        let path = dir + "/ideas.db.json"
        let broken = Array("{\"schemaVersion\": 1, \"ideas\": [".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(broken)))
        let file = DatabaseFile(path: path)
        #expect(throws: StoreError.self) { try file.load() }
        // Without the stamp of a good load, no save can replace it.
        #expect(throws: StoreError.exists(path: path)) { try file.save(StoreFixtures.valid, expected: nil) }
        let otherStamp = DatabaseFile.Stamp(StoreFixtures.validBytes)
        #expect(throws: StoreError.changedOnDisk(path: path)) { try file.save(StoreFixtures.valid, expected: otherStamp) }
        #expect(bytes(path) == broken)
    }

    @Test func existingPermissionsAreKept() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let stamp = try file.save(StoreFixtures.valid, expected: nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try file.save(StoreFixtures.valid, expected: stamp)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
    }

    @Test func missingFolderAndDirectoryAreExplained() throws {
        let dir = StoreFixtures.tempDir()
        #expect(throws: StoreError.missing(path: dir + "/nope.json")) { try DatabaseFile(path: dir + "/nope.json").load() }
        #expect(throws: StoreError.io(path: dir, action: .read, reason: .isFolder)) {
            try DatabaseFile(path: dir).load()
        }
    }

    @Test func errorMessagesNameTheFile() {
        let failure = LoadFailure([Problem(path: "ideas[0].title", message: "missing field")])
        let text = StoreError.invalid(path: "db.json", failure).description
        #expect(text.contains("db.json: cannot be loaded, 1 problem found; the file was not changed."))
        #expect(text.contains("db.json: ideas[0].title: missing field"))
    }
}
