import Foundation
import Testing
@testable import IdeaModel

/// Saving into a folder shared with careless or hostile people: planted links, other
/// owners, read-only and hard-linked files, FIFOs, a folder in the way of `.bak`, long
/// names, leftover temporary files and held locks (docs/STORAGE.md).
@Suite(.serialized)
struct SharedFolderTests {
    static let isRoot = geteuid() == 0

    private func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    private func saved(in dir: String, name: String = "ideas.db.json") throws -> (DatabaseFile, DatabaseFile.Stamp) {
        let file = DatabaseFile(path: dir + "/" + name)
        let stamp = try file.save(StoreFixtures.valid, expected: nil)
        return (file, stamp)
    }

    private var changed: Database {
        var db = StoreFixtures.valid
        db.ideas[0].title = "Žalias kiemas II"
        return db
    }

    // MARK: Links planted where the temporary file goes

    @Test func aLinkPlantedAtTheNextTemporaryNameIsNotFollowed() throws {
        let dir = StoreFixtures.tempDir()
        let victim = dir + "/victim.txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
        var (file, stamp) = try saved(in: dir)
        // The first name the save tries is taken by a link to the victim; the next is free.
        let names = NameQueue([".idea-tui-planted00000.tmp"])
        try FileManager.default.createSymbolicLink(atPath: dir + "/.idea-tui-planted00000.tmp", withDestinationPath: victim)
        file.temporaryNames = { names.next() }
        try file.save(changed, expected: stamp)
        #expect(String(decoding: bytes(victim) ?? [], as: UTF8.self) == "keep me")
        #expect(try file.load().0 == changed)
        // The planted link is someone else's: left as it was.
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/.idea-tui-planted00000.tmp")) == victim)
    }

    /// The name earlier versions used, `NAME.tmp-PID`: a link there is never written through.
    @Test func aLinkAtThePredictableOldNameIsNotFollowed() throws {
        let dir = StoreFixtures.tempDir()
        let victim = dir + "/victim.txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
        let (file, stamp) = try saved(in: dir)
        try FileManager.default.createSymbolicLink(atPath: file.path + ".tmp-\(getpid())", withDestinationPath: victim)
        try file.save(changed, expected: stamp)
        #expect(String(decoding: bytes(victim) ?? [], as: UTF8.self) == "keep me")
        #expect(try file.load().0 == changed)
    }

    // MARK: A database behind a symbolic link

    @Test func aLinkedDatabaseIsSavedBesideTheRealFile() throws {
        let dir = StoreFixtures.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/work", withIntermediateDirectories: true)
        let (real, _) = try saved(in: dir + "/real")
        try FileManager.default.createSymbolicLink(atPath: dir + "/work/ideas.db.json", withDestinationPath: "../real/ideas.db.json")

        let file = DatabaseFile(path: dir + "/work/ideas.db.json")
        #expect(file.given == dir + "/work/ideas.db.json")
        #expect(file.path.hasSuffix("/real/ideas.db.json"))
        #expect(file.name.contains(" → "))
        let (db, stamp) = try file.load()
        var next = db
        next.ideas[0].title = "Per nuorodą"
        try file.save(next, expected: stamp)

        // Still a link; the real file has the change and keeps the .bak; nothing in work/.
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/work/ideas.db.json")) == "../real/ideas.db.json")
        #expect(try real.load().0.ideas[0].title == "Per nuorodą")
        #expect(FileManager.default.fileExists(atPath: dir + "/real/ideas.db.json.bak"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/work") == ["ideas.db.json"])
    }

    @Test func aFileReplacedByALinkAfterOpeningIsNotSavedOver() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        let other = dir + "/other.json"
        try FileManager.default.moveItem(atPath: file.path, toPath: other)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: other)
        #expect(throws: StoreError.becameLink(path: file.name)) { try file.save(changed, expected: stamp) }
        #expect(try DatabaseFile(path: other).load().0 == StoreFixtures.valid)
    }

    // MARK: Owner, group and mode

    @Test(.enabled(if: isRoot, "changing owners needs root"))
    func rootKeepsTheOwnerGroupAndMode() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        #expect(chown(file.path, 1001, 100) == 0 && chmod(file.path, 0o660) == 0)
        try file.save(changed, expected: stamp)
        var info = stat()
        #expect(stat(file.path, &info) == 0)
        #expect(info.st_uid == 1001 && info.st_gid == 100 && info.st_mode & 0o7777 == 0o660)
        // .bak is the version replaced, with its owner too.
        #expect(stat(file.backupPath, &info) == 0 && info.st_uid == 1001 && info.st_gid == 100)
    }

    @Test(.enabled(if: isRoot, "needs root to run as other users"))
    func anotherMemberOfTheGroupMayNotTakeTheFileOver() throws {
        let dir = StoreFixtures.tempDir()
        let (file, _) = try saved(in: dir)
        #expect(chown(dir, 1001, 100) == 0 && chmod(dir, 0o2775) == 0)
        #expect(chown(file.path, 1001, 100) == 0 && chmod(file.path, 0o660) == 0)
        let before = bytes(file.path)
        // User 1002 of group 100 may write the file, but a save would make it theirs.
        let other = try runAs(uid: 1002, gid: 100, [file.path, "1", "1", "person-0001"])
        #expect(other.code == 1)
        #expect(other.err.contains("belongs to user 1001, group 100"), "\(other.err)")
        #expect(bytes(file.path) == before)
        // Its owner saves and keeps owner, group and mode.
        let owner = try runAs(uid: 1001, gid: 100, [file.path, "2", "1", "person-0001"])
        #expect(owner.code == 0, "\(owner.err)")
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_uid == 1001 && info.st_gid == 100 && info.st_mode & 0o7777 == 0o660)
        #expect(try file.load().0.ideas.count == StoreFixtures.valid.ideas.count + 1)
    }

    // MARK: Files that must not be replaced

    @Test func aReadOnlyFileIsNotReplaced() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        #expect(chmod(file.path, 0o444) == 0)
        let before = bytes(file.path)
        #expect(throws: StoreError.readOnly(path: file.name)) { try file.save(changed, expected: stamp) }
        #expect(bytes(file.path) == before)
    }

    @Test(.enabled(if: isRoot, "needs root to run as another user"))
    func aFileTheUserMayNotWriteIsNotReplacedThroughAWritableFolder() throws {
        let dir = StoreFixtures.tempDir()
        let (file, _) = try saved(in: dir)
        #expect(chmod(dir, 0o777) == 0 && chmod(file.path, 0o644) == 0)
        let before = bytes(file.path)
        let other = try runAs(uid: 1002, gid: 1002, [file.path, "1", "1", "person-0001"])
        #expect(other.code == 1)
        #expect(other.err.contains("read-only"), "\(other.err)")
        #expect(bytes(file.path) == before)
    }

    @Test func aHardLinkedFileIsNotSplit() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        #expect(link(file.path, dir + "/copy.json") == 0)
        #expect(throws: StoreError.hardLinked(path: file.name, links: 2)) { try file.save(changed, expected: stamp) }
        #expect(bytes(dir + "/copy.json") == bytes(file.path))
    }

    /// A save killed after keeping `.bak` leaves the file and `.bak` as one: not a hard
    /// link of someone else's, so the next save goes on.
    @Test func theBakLinkOfAnInterruptedSaveIsNotAnotherName() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        #expect(link(file.path, file.backupPath) == 0)
        try file.save(changed, expected: stamp)
        #expect(try file.load().0 == changed)
        #expect(try DatabaseFile(path: file.backupPath).load().0 == StoreFixtures.valid)
    }

    @Test(.timeLimit(.minutes(1)))
    func aFifoIsRefusedWithoutWaitingOnIt() throws {
        let dir = StoreFixtures.tempDir()
        #expect(mkfifo(dir + "/ideas.db.json", 0o600) == 0)
        let file = DatabaseFile(path: dir + "/ideas.db.json")
        #expect(throws: StoreError.notAFile(path: file.name, kind: .fifo)) { try file.load() }
        #expect(throws: StoreError.notAFile(path: "/dev/null", kind: .device)) { try DatabaseFile(path: "/dev/null").load() }
    }

    @Test func aFolderInTheWayOfBakStopsTheSave() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        try FileManager.default.createDirectory(atPath: file.backupPath, withIntermediateDirectories: false)
        let before = bytes(file.path)
        #expect(throws: StoreError.noBackup(path: file.name, reason: .folderInTheWay)) {
            try file.save(changed, expected: stamp)
        }
        #expect(bytes(file.path) == before)
    }

    @Test func longNamesSaveWhileTheBakNameFits() throws {
        let dir = StoreFixtures.tempDir()
        let long = String(repeating: "ž", count: 120) + ".json"  // 245 bytes
        #expect(long.utf8.count == 245)
        var (file, stamp) = try saved(in: dir, name: long)
        stamp = try file.save(changed, expected: stamp)
        #expect(try file.load().0 == changed)
        #expect(FileManager.default.fileExists(atPath: file.backupPath))

        let longer = String(repeating: "a", count: 252) + ".js"  // 255 bytes: no room for ".bak"
        (file, stamp) = try saved(in: dir, name: longer)
        #expect(throws: StoreError.noBackup(path: file.name, reason: .nameTooLong)) {
            try file.save(changed, expected: stamp)
        }
    }

    // MARK: Leftover temporary files

    @Test func leftoversAreRemovedButNotALivingSavesFile() throws {
        let dir = StoreFixtures.tempDir()
        let (file, stamp) = try saved(in: dir)
        // Left by a process that died: nobody holds its lock.
        let dead = dir + "/.idea-tui-deadbeef0000.tmp"
        let legacy = file.path + ".tmp-999999"
        _ = FileManager.default.createFile(atPath: dead, contents: Data("half".utf8))
        _ = FileManager.default.createFile(atPath: legacy, contents: Data("half".utf8))
        // One being written right now (its writer holds the lock).
        let live = dir + "/.idea-tui-alive0000000.tmp"
        _ = FileManager.default.createFile(atPath: live, contents: Data())
        let fd = open(live, O_RDONLY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)

        try file.save(changed, expected: stamp)
        #expect(!FileManager.default.fileExists(atPath: dead))
        #expect(!FileManager.default.fileExists(atPath: legacy))
        #expect(FileManager.default.fileExists(atPath: live))
    }

    // MARK: Waiting for a lock

    @Test func aHeldLockIsWaitedForALimitedTimeAndItsHolderNamed() throws {
        let dir = StoreFixtures.tempDir()
        var (file, stamp) = try saved(in: dir)
        let folder = open(dir, O_RDONLY | O_DIRECTORY)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)
        let told = Told()
        file.locking = LockWaiting(timeoutMilliseconds: 300, waiting: { told.holder = $0 })
        do {
            try file.save(changed, expected: stamp)
            Issue.record("saved while the folder was locked")
        } catch {
            guard case .locked(let path, let holder, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(path == file.name)
            #expect(holder?.pid == getpid())
        }
        #expect(told.holder?.pid == getpid())
        #expect(bytes(file.path) == DatabaseCodec.encode(StoreFixtures.valid))

        // A signal (here: a flag) ends the wait at once.
        file.locking = LockWaiting(timeoutMilliseconds: 60_000, cancelled: { true })
        #expect(throws: StoreError.interrupted(path: file.name)) { try file.save(changed, expected: stamp) }

        // Let go, and the save goes through.
        _ = flock(folder, LOCK_UN)
        stamp = try file.save(changed, expected: stamp)
        #expect(try file.load().1 == stamp)
    }

    // MARK: Helpers

    /// Runs the IdeaStress helper as another user and group (setpriv).
    private func runAs(uid: Int, gid: Int, _ arguments: [String]) throws -> (code: Int32, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid", "\(uid)", "--regid", "\(gid)", "--clear-groups", SessionProcessTests.helper] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Names handed out in order, then random ones.
final class NameQueue: @unchecked Sendable {
    private var names: [String]
    private let lock = NSLock()

    init(_ names: [String]) { self.names = names }

    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        return names.isEmpty ? TemporaryFile.randomName() : names.removeFirst()
    }
}

/// What a callback was told, for a test to look at.
final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var value: LockHolder?

    var holder: LockHolder? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
