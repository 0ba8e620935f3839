#if os(Linux)
import Glibc
@testable import IdeaModel
import Testing

/// The file a session makes ahead of its next save (`SpareFile`): the save writes into
/// it, names it and renames it over the database, with the same bytes as ever; it is
/// cut to the bytes whatever its size; one made for another folder is not used; the
/// folder never shows it, before or after.
@Suite struct SpareFileTests {
    static func inode(_ fd: Int32) -> ino_t {
        var info = stat()
        return fstat(fd, &info) == 0 ? info.st_ino : 0
    }

    static func inode(_ path: String) -> ino_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : 0
    }

    static func names(in dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [String] = []
        while let item = readdir(d) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { out.append(name) }
        }
        return out.sorted()
    }

    @Test func theNextSaveWritesIntoTheSpareTheWarmUpMade() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let db = Generator.database(ideas: 40, seed: 3)
        try file.save(db, expected: nil)
        var session = try EditSession.open(file)
        session.prepareSaving(for: file)
        let spare = try #require(session.saving.takeSpare())
        #expect(Self.names(in: dir) == ["ideas.db.json"], "a spare has no name")
        let made = Self.inode(spare.fd)
        // Given back, as if the warm-up had just kept it.
        session.saving.keepSpare { spare }

        var changes = RandomChanges(seed: 3)
        var outcome: EditSession.Outcome?
        while outcome == nil, let command = changes.nextCommand(in: session.database) {
            outcome = try? session.apply(command, context: changes.context(in: session.database), store: file)
            if case .saved? = outcome {} else { outcome = nil }
        }
        #expect(outcome != nil)
        #expect(Self.inode(file.path) == made, "the database is now the spare file")
        #expect(try file.readBytes() == DatabaseCodec.encode(session.database))
        #expect(Self.names(in: dir) == ["ideas.db.json", "ideas.db.json.bak"], "no .bak before: nothing set aside")
        #expect(session.saving.takeSpare() == nil, "used once")
        session.prepareSaving(for: file)
        #expect(session.saving.takeSpare() != nil, "made again after the save")
    }

    /// With a .bak to replace, the version before last is set aside under a temporary
    /// name rather than removed in the save, and removed when the next spare is made.
    @Test func theVersionBeforeLastIsRemovedAfterTheSave() throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        var stamp = try file.save(Generator.database(ideas: 20, seed: 1), expected: nil)
        stamp = try file.save(Generator.database(ideas: 21, seed: 1), expected: stamp)
        let beforeLast = Self.inode(file.backupPath)
        let ahead = SaveCache()
        ahead.keepSpare { SpareFile.make(in: dir, size: 4096) }
        let bytes = DatabaseCodec.encode(Generator.database(ideas: 22, seed: 1))
        try file.save(bytes: bytes, expected: stamp, ahead: ahead)
        #expect(try file.readBytes() == bytes)
        #expect(try file.load().0 == DatabaseCodec.decode(bytes))
        #expect(try DatabaseFile(path: file.backupPath).load().0.ideas.count == 21)
        let aside = Self.names(in: dir).filter { $0.hasPrefix(TemporaryFile.prefix) }
        #expect(aside.count == 1)
        #expect(aside.first.map { Self.inode(dir + "/" + $0) } == beforeLast)
        ahead.keepSpare { nil }
        #expect(Self.names(in: dir) == ["ideas.db.json", "ideas.db.json.bak"])
        // Without a spare, the save removes it itself, as before.
        try file.save(bytes: DatabaseCodec.encode(Generator.database(ideas: 23, seed: 1)), expected: file.load().1, ahead: SaveCache())
        #expect(Self.names(in: dir) == ["ideas.db.json", "ideas.db.json.bak"])
    }

    @Test(arguments: [0, 10, 1 << 20])
    func theSavedFileHoldsTheBytesWhateverTheSparesSize(size: Int) throws {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        let first = try file.save(Generator.database(ideas: 20, seed: 1), expected: nil)
        let bytes = DatabaseCodec.encode(Generator.database(ideas: 30, seed: 2))
        let spare = try #require(SpareFile.make(in: dir, size: size))
        let ahead = SaveCache()
        ahead.keepSpare { spare }
        try file.save(bytes: bytes, expected: first, ahead: ahead)
        #expect(try file.readBytes() == bytes)
        #expect(Self.inode(file.path) == Self.inode(spare.fd))
    }

    @Test func aSpareMadeForAnotherFolderIsNotUsed() throws {
        let here = StoreFixtures.tempDir(), there = StoreFixtures.tempDir()
        let file = DatabaseFile(path: here + "/ideas.db.json")
        let first = try file.save(Generator.database(ideas: 20, seed: 1), expected: nil)
        let spare = try #require(SpareFile.make(in: there, size: 4096))
        let ahead = SaveCache()
        ahead.keepSpare { spare }
        let bytes = DatabaseCodec.encode(Generator.database(ideas: 25, seed: 4))
        try file.save(bytes: bytes, expected: first, ahead: ahead)
        #expect(try file.readBytes() == bytes)
        #expect(Self.inode(file.path) != Self.inode(spare.fd))
        #expect(Self.names(in: there).isEmpty)
    }

    @Test func noSpareWhereNoFileCanBeMade() {
        #expect(SpareFile.make(in: StoreFixtures.tempDir() + "/missing", size: 10) == nil)
    }
}
#endif
