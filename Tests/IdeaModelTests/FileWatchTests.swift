import Foundation
import Testing
@testable import IdeaModel

/// Noticing another program's save: a new file renamed over the database, an editor
/// writing it in place, and nothing for the other files in its folder. inotify queues
/// an event as the change is made, so a check right after it sees it; polling is told
/// the time, so no test waits for a clock.
@Suite struct FileWatchTests {
    private func folder() throws -> (dir: String, file: DatabaseFile) {
        let dir = StoreFixtures.tempDir()
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        try file.save(StoreFixtures.valid, expected: nil)
        return (dir, file)
    }

    private func saveChanged(_ file: DatabaseFile, title: String) throws {
        let (db, stamp) = try file.load()
        var changed = db
        changed.ideas[0].title = title
        try file.save(changed, expected: stamp)
    }

    @Test func inotifyNoticesASaveAndNothingElse() throws {
        let (dir, file) = try folder()
        let watch = FileWatch(path: file.path, now: 0)
        #expect(watch.method == .inotify)
        #expect(!watch.check(now: 0))
        // A save: a temporary file, the .bak, then a rename over the file.
        try saveChanged(file, title: "Kitas kiemas")
        #expect(watch.check(now: 1))
        #expect(!watch.check(now: 2), "the events were all read")
        // Other files in the folder: a draft, the .bak touched, a file of another name.
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/ideas.db.json.draft-person-0001"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/other.db.json"))
        #expect(!watch.check(now: 3))
        // An editor writing the file in place.
        let handle = try #require(FileHandle(forWritingAtPath: file.path))
        handle.write(Data(" ".utf8))
        try handle.close()
        #expect(watch.check(now: 4))
        // Removed, then put back.
        try FileManager.default.removeItem(atPath: file.path)
        #expect(watch.check(now: 5))
        try file.save(StoreFixtures.valid, expected: nil)
        #expect(watch.check(now: 6))
    }

    @Test func pollingLooksEveryHalfSecondAndSeesEveryKindOfChange() throws {
        let (_, file) = try folder()
        let watch = FileWatch(path: file.path, polling: true, now: 0)
        #expect(watch.method == .polling)
        try saveChanged(file, title: "Kitas kiemas")
        // Not looked at before its time: no work between looks.
        #expect(!watch.check(now: FileWatch.pollInterval - 1))
        #expect(watch.check(now: FileWatch.pollInterval))
        #expect(!watch.check(now: 2 * FileWatch.pollInterval), "nothing changed since the last look")
        // Written in place by an editor (same inode).
        let handle = try #require(FileHandle(forWritingAtPath: file.path))
        handle.seekToEndOfFile()
        handle.write(Data(" ".utf8))
        try handle.close()
        #expect(watch.check(now: 3 * FileWatch.pollInterval))
        try FileManager.default.removeItem(atPath: file.path)
        #expect(watch.check(now: 4 * FileWatch.pollInterval))
    }

    @Test func aFolderThatGoesAwayTurnsInotifyIntoPolling() throws {
        let (dir, file) = try folder()
        let watch = FileWatch(path: file.path, now: 0)
        #expect(watch.method == .inotify)
        try FileManager.default.moveItem(atPath: dir, toPath: dir + "-moved")
        #expect(watch.check(now: 1))
        #expect(watch.method == .polling)
        // Back where it was: polling sees the file again.
        try FileManager.default.moveItem(atPath: dir + "-moved", toPath: dir)
        #expect(watch.check(now: 1 + FileWatch.pollInterval))
    }

    @Test func inotifyEventsAreReadFromTheKernelsLayout() {
        func event(_ mask: UInt32, _ name: String, padded: Int) -> [UInt8] {
            var out: [UInt8] = []
            for word in [UInt32(1), mask, 0, UInt32(padded)] { withUnsafeBytes(of: word) { out += $0 } }
            let bytes = Array(name.utf8)
            return out + bytes + Array(repeating: 0, count: padded - bytes.count)
        }
        let moved = UInt32(IN_MOVED_TO), closed = UInt32(IN_CLOSE_WRITE)
        let buffer = event(moved, "ideas.db.json", padded: 16) + event(closed, ".idea-tui-abc.tmp", padded: 32)
            + Array(event(closed, "ideas.db.json", padded: 16).prefix(20))
        let events = InotifyEvent.parse(buffer[...])
        #expect(events == [InotifyEvent(mask: moved, name: Array("ideas.db.json".utf8)),
                           InotifyEvent(mask: closed, name: Array(".idea-tui-abc.tmp".utf8))])
        let name = Array("ideas.db.json".utf8)
        #expect(events.map { $0.meaning(for: name) } == [.file, .other])
        #expect(InotifyEvent(mask: UInt32(IN_Q_OVERFLOW), name: []).meaning(for: name) == .file)
        #expect(InotifyEvent(mask: UInt32(IN_IGNORED), name: []).meaning(for: name) == .watchGone)
    }
}
