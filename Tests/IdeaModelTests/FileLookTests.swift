import Foundation
import Synchronization
import Testing
@testable import IdeaModel

/// A save knows the file it wrote by its looks (inode, size, times: `Stamp.seen`) and does
/// not read it again before the next save; anything another program does to it shows in
/// those looks, however soon, and the file is then read and compared by its bytes as
/// before (docs/STORAGE.md, "Checks the file is still what was read").
@Suite(.serialized)
struct FileLookTests {
    private func saved() throws -> (DatabaseFile, DatabaseFile.Stamp) {
        let file = DatabaseFile(path: StoreFixtures.tempDir() + "/ideas.db.json")
        return (file, try file.save(StoreFixtures.valid, expected: nil))
    }

    /// The file rewritten where it is (same inode), as an editor or `cat >` does.
    private func rewriteInPlace(_ path: String, _ bytes: [UInt8]) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    /// The same bytes with one letter of the first idea's title changed: the same size.
    private func oneLetterChanged(_ bytes: [UInt8]) throws -> [UInt8] {
        var text = String(decoding: bytes, as: UTF8.self)
        let range = try #require(text.range(of: "\"Žalias kiemas\""))
        text.replaceSubrange(range, with: "\"Žalias kiemaz\"")
        let changed = Array(text.utf8)
        #expect(changed.count == bytes.count)
        return changed
    }

    @Test func aSaveKnowsTheFileItWrote() throws {
        let (file, stamp) = try saved()
        let seen = try #require(stamp.seen)
        #expect(FileIdentity(path: file.path) == seen)
        #expect(try file.changedSince(stamp) == nil)
        // And saving on it needs no second look at the bytes.
        var changed = StoreFixtures.valid
        changed.ideas[1].title = "Čiuožykla II"
        let next = try file.save(changed, expected: stamp)
        #expect(try file.load().0 == changed)
        #expect(next.seen != nil && next.seen != seen)
    }

    @Test func anEditInPlaceAtOnceAfterASaveIsSeenEvenWithTheSameSize() throws {
        let (file, stamp) = try saved()
        let theirs = try oneLetterChanged(file.readBytes())
        try rewriteInPlace(file.path, theirs)
        #expect(FileIdentity(path: file.path)?.inode == stamp.seen?.inode)
        #expect(try file.changedSince(stamp)?.0 == theirs)
        var mine = StoreFixtures.valid
        mine.ideas[1].title = "mine"
        #expect(throws: StoreError.changedOnDisk(path: file.path)) { try file.save(mine, expected: stamp) }
        #expect(try file.readBytes() == theirs)
    }

    @Test func anEditWithItsOldTimePutBackIsSeen() throws {
        let (file, stamp) = try saved()
        let seen = try #require(stamp.seen)
        // Once the kernel's clock has moved on from the save (a change within the same
        // tick that also puts the time back is the one case the looks cannot tell).
        var now = timespec()
        repeat {
            usleep(1000)
            _ = clock_gettime(CLOCK_REALTIME_COARSE, &now)
        } while Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec) <= seen.changed
        try rewriteInPlace(file.path, try oneLetterChanged(file.readBytes()))
        // touch -d: the modification time as the save left it.
        let time = timespec(tv_sec: Int(seen.modified / 1_000_000_000), tv_nsec: Int(seen.modified % 1_000_000_000))
        #expect(utimensat(AT_FDCWD, file.path, [time, time], 0) == 0)
        #expect(FileIdentity(path: file.path)?.modified == seen.modified)
        #expect(try file.changedSince(stamp) != nil)
        #expect(throws: StoreError.changedOnDisk(path: file.path)) { try file.save(StoreFixtures.valid, expected: stamp) }
    }

    @Test func theSameBytesWrittenAgainAreNoChange() throws {
        let (file, stamp) = try saved()
        let bytes = try file.readBytes()
        try rewriteInPlace(file.path, bytes)
        #expect(try file.changedSince(stamp) == nil)
        try file.save(StoreFixtures.valid, expected: stamp)
    }

    /// A session's next change is made on top of an edit made in place right after its save.
    @Test func aSessionMakesItsChangeOnTopOfAnEditInPlace() throws {
        let file = DatabaseFile(path: StoreFixtures.tempDir() + "/ideas.db.json")
        try file.save(Fx.base(), expected: nil)
        var session = try EditSession.open(file)
        let first = try session.apply(.addIdea(Fx.draft()), context: Fx.ctx, store: file)
        guard case .saved(let saved) = first else {
            Issue.record("not saved: \(first)")
            return
        }
        #expect(saved.merged == false)
        try rewriteInPlace(file.path, try oneLetterChanged(file.readBytes()))
        let second = try session.apply(.addIdea(Fx.draft("Tylos valanda")), context: Fx.ctx, store: file)
        guard case .saved(let again) = second else {
            Issue.record("not saved: \(second)")
            return
        }
        #expect(again.merged && again.notice == .changedOutside)
        let titles = try file.load().0.ideas.map(\.title)
        #expect(titles == ["Žalias kiemaz", "Tylos valanda"])
    }

    @Test func aFileReadJustAfterItChangedIsKnownByItsBytesOnly() throws {
        let (file, _) = try saved()
        let (_, read) = try file.load()
        #expect(read.seen == nil)
        var info = stat()
        #expect(lstat(file.path, &info) == 0)
        #expect(!DatabaseFile.settled(info))
        info.st_mtim.tv_sec -= Int(DatabaseFile.settledSeconds) + 1
        info.st_ctim.tv_sec -= Int(DatabaseFile.settledSeconds) + 1
        #expect(DatabaseFile.settled(info))
        info.st_ctim.tv_sec += Int(DatabaseFile.settledSeconds)
        #expect(!DatabaseFile.settled(info))
    }

    @Test func aSaveWhoseTimeWasNotKeptIsNotKnownByItsLooks() throws {
        let (file, _) = try saved()
        var info = stat()
        #expect(lstat(file.path, &info) == 0)
        let kept = timespec(tv_sec: info.st_mtim.tv_sec, tv_nsec: info.st_mtim.tv_nsec)
        #expect(file.seenAfterSaving(info, mark: kept) != nil)
        // A file system that rounds the time, or another file in its place.
        #expect(file.seenAfterSaving(info, mark: timespec(tv_sec: kept.tv_sec, tv_nsec: (kept.tv_nsec + 1) % 1_000_000_000)) == nil)
        var other = info
        other.st_ino += 1
        #expect(file.seenAfterSaving(other, mark: kept) == nil)
        #expect(file.seenAfterSaving(nil, mark: kept) == nil)
    }

    /// Where `.bak` cannot be a second name it is a copy, also when the save did not read
    /// the file it replaces; a file changed meanwhile is then not copied nor written over.
    @Test func theBakCopyIsTheVersionReplacedWhenNothingWasRead() throws {
        var (file, stamp) = try saved()
        let first = try file.readBytes()
        let dir = DatabaseFile.folder(of: file.path)
        // Not a temporary file's name, so the save does not clean it away.
        let taken = "taken-name"
        #expect(FileManager.default.createFile(atPath: dir + "/" + taken, contents: Data()))
        // The temporary file gets a free name; the 16 tries to link `.bak` find theirs taken.
        let calls = Calls()
        file.temporaryNames = {
            let n = calls.next()
            return n == 1 || n > 17 ? TemporaryFile.randomName() : taken
        }
        var changed = StoreFixtures.valid
        changed.ideas[0].title = "Žalias kiemas II"
        stamp = try file.save(changed, expected: stamp)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: file.backupPath))) == first)
        #expect(try file.load().0 == changed)
    }

    @Test func stampsAreEqualByTheirBytesAlone() throws {
        let (file, stamp) = try saved()
        let plain = DatabaseFile.Stamp(try file.readBytes())
        #expect(plain.seen == nil && stamp.seen != nil)
        #expect(plain == stamp)
    }

    @Test func anyChangedByteChangesTheStamp() {
        var random = SplitMix64(seed: 17)
        for size in [0, 1, 7, 31, 32, 33, 64, 100, 1000] {
            var bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let stamp = DatabaseFile.Stamp(bytes)
            #expect(DatabaseFile.Stamp(bytes) == stamp)
            for _ in 0..<min(size, 50) {
                let at = Int(random.next() % UInt64(size))
                let was = bytes[at]
                bytes[at] = was &+ UInt8(truncatingIfNeeded: random.next() % 255 + 1)
                #expect(DatabaseFile.Stamp(bytes) != stamp, "size \(size), byte \(at)")
                bytes[at] = was
            }
            #expect(DatabaseFile.Stamp(bytes + [0]) != stamp)
        }
    }
}

/// Counts calls, from any thread.
private final class Calls: Sendable {
    private let count = Mutex(0)

    func next() -> Int {
        count.withLock { n in
            n += 1
            return n
        }
    }
}
