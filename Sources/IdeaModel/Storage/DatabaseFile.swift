#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database file on disk. Reading records what was read, so a later save can tell
/// whether someone else changed the file meanwhile; writing is atomic and keeps the
/// previous version beside it as `NAME.bak`. A file that failed to load cannot be saved
/// over, because saving needs the stamp that only a successful load gives.
///
/// The folder may be shared with careless or hostile people (docs/STORAGE.md): a path
/// that is a symbolic link is followed once, when the value is made, and everything
/// after happens beside the real file without following links again; a save keeps the
/// file's owner, group and mode or refuses, and refuses read-only and hard-linked files;
/// temporary files have unpredictable names; locks are waited for a limited time.
public struct DatabaseFile: Sendable {
    /// The real file: where it is read, written, locked and backed up.
    public let path: String
    /// The path as the user gave it (a symbolic link, perhaps).
    public let given: String
    /// Called at each step of a save (see `SavePoint`); nil outside tests. It lets a test
    /// stop a saving process at an exact step instead of hoping a random moment hits one.
    public var probe: (@Sendable (SavePoint) -> Void)?
    /// How long to wait for a lock another process holds, and what to do meanwhile.
    public var locking = LockWaiting()
    /// Names for temporary files (tests plant files where the next one would go).
    var temporaryNames: @Sendable () -> String = TemporaryFile.randomName

    /// The file at `path`; a symbolic link there is resolved now, once.
    public init(path given: String, probe: (@Sendable (SavePoint) -> Void)? = nil) {
        self.given = given
        self.path = DatabaseFile.resolve(given)
        self.probe = probe
    }

    /// What messages call the file: the path given, and the real file when it is a link.
    public var name: String { path == given ? given : "\(given) → \(path)" }

    public var backupPath: String { path + ".bak" }

    /// The steps of a save, in order.
    public enum SavePoint: String, CaseIterable, Sendable {
        /// The folder is locked; nothing is written yet.
        case locked
        /// Half of the new version is in the temporary file.
        case halfWritten
        /// The whole new version is in the temporary file, on disk.
        case written
        /// The version being replaced is kept as `.bak`.
        case backedUp
        /// The new version has replaced the file.
        case replaced
        /// The rename is on disk too; the lock is still held.
        case synced
    }

    /// What was on disk when it was read: enough to notice any later change.
    public typealias Stamp = StoreStamp

    public func load() throws(StoreError) -> (Database, Stamp) {
        let (bytes, stamp) = try readStamped()
        do {
            let db = try DatabaseCodec.decode(bytes)
            return (db, stamp)
        } catch {
            throw .invalid(path: name, error)
        }
    }

    /// Reads the raw bytes. Refuses, before opening anything, what is not a regular file
    /// (a FIFO would block, a device never end) and a link that appeared since the start.
    public func readBytes() throws(StoreError) -> [UInt8] {
        let fd = try openExisting()
        defer { close(fd) }
        return try readAll(fd)
    }

    /// The real file, opened for reading without following a link.
    func openExisting() throws(StoreError) -> Int32 {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: name) }
            throw .io(path: name, action: .lookAt, reason: IOReason(errno: code))
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            // A link the path given still leads through (dangling, or a loop) or a new one.
            var target = stat()
            if stat(path, &target) != 0 {
                let code = errno
                if code == ENOENT { throw .missing(path: name) }
                throw .io(path: name, action: .lookAt, reason: IOReason(errno: code))
            }
            throw .becameLink(path: name)
        }
        try Self.requireRegular(info, name)
        if Int(info.st_size) > DatabaseCodec.maxFileBytes {
            throw .invalid(path: name, LoadFailure([Problem(path: "", message: "the file is \(Int(info.st_size) / 1_048_576) MB, more than the \(DatabaseCodec.maxFileBytes / 1_048_576) MB a database may be; is it the right file?")]))
        }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: name, action: .open, reason: IOReason(errno: errno)) }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else {
            let code = errno
            close(fd)
            throw .io(path: name, action: .lookAt, reason: IOReason(errno: code))
        }
        do {
            try Self.requireRegular(opened, name)
        } catch {
            close(fd)
            throw error
        }
        return fd
    }

    func readAll(_ fd: Int32) throws(StoreError) -> [UInt8] {
        var info = stat()
        _ = fstat(fd, &info)
        // Straight into one buffer of the file's size (and a byte more, to meet the end);
        // only a file that grew meanwhile is read on in chunks.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: max(0, Int(info.st_size)) + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let n = read(fd, base + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { throw .io(path: name, action: .read, reason: IOReason(errno: failure)) }
        if bytes.count < max(0, Int(info.st_size)) + 1 { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: name, action: .read, reason: IOReason(errno: errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > DatabaseCodec.maxFileBytes {
                throw .invalid(path: name, LoadFailure([Problem(path: "", message: "the file is larger than the \(DatabaseCodec.maxFileBytes / 1_048_576) MB a database may be")]))
            }
        }
        return bytes
    }

    static func requireRegular(_ info: stat, _ name: String) throws(StoreError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .io(path: name, action: .read, reason: .isFolder)
        case S_IFIFO: throw .notAFile(path: name, kind: .fifo)
        case S_IFCHR, S_IFBLK: throw .notAFile(path: name, kind: .device)
        case S_IFSOCK: throw .notAFile(path: name, kind: .socket)
        default: throw .notAFile(path: name, kind: .other)
        }
    }

    /// Writes `db` over the file, but only if the file still holds what `expected`
    /// describes (nil: the file must not exist yet). Returns the stamp of what was written.
    @discardableResult
    public func save(_ db: Database, expected: Stamp?) throws(StoreError) -> Stamp {
        // Record by record: the same bytes as `DatabaseCodec.encode`, without a tree of them all.
        var encoder = DatabaseEncoder()
        return try save(bytes: encoder.encode(db), expected: expected)
    }

    @discardableResult
    public func save(bytes: [UInt8], expected: Stamp?) throws(StoreError) -> Stamp {
        try save(bytes: bytes, expected: expected, ahead: nil)
    }

    /// `ahead`: what a session made ready for this save. Its spare file (`SpareFile`) is
    /// written into instead of a new one, when it was made in this folder and can be
    /// named there; and then the version before last, which `.bak` lets go, is not
    /// removed here (removing 28 MB took 7–16 ms of the save) but set aside under a
    /// temporary name and handed to `ahead`, which removes it with the next spare's making.
    @discardableResult
    func save(bytes: [UInt8], expected: Stamp?, ahead: SaveCache?) throws(StoreError) -> Stamp {
        let spare = ahead?.takeSpare()
        let lock = try FolderLock(folder, shown: name, waiting: locking)
        defer { lock.release() }
        TemporaryFile.removeStale(in: folder, legacy: [StoreError.name(of: path)])
        probe?(.locked)

        // Someone else may have written since we read: never drop their change silently.
        let current = try currentFile(unlessSeen: expected?.seen)
        if let current {
            guard let expected else { throw .exists(path: name) }
            // No bytes: the file looks exactly as when it held what `expected` describes.
            if let bytes = current.bytes, Stamp(bytes) != expected { throw .changedOnDisk(path: name) }
            try checkReplaceable(current.info)
        } else if expected != nil {
            throw .changedOnDisk(path: name)
        }

        let temp: TemporaryFile
        let prepared = spare.flatMap { $0.folder == folder ? $0.named(temporaryNames) : nil }
        if let prepared {
            temp = prepared
        } else {
            temp = try TemporaryFile.create(in: folder, shown: name, names: temporaryNames)
        }
        let mark = Self.modificationMark()
        let written: stat?
        do {
            if let current { try temp.adopt(current.info, path: name) } else { try temp.setMode(0o600, path: name) }
            try temp.write(bytes, path: name, modified: mark, halfway: probe.map { probe in { probe(.halfWritten) } })
            written = temp.info()
            probe?(.written)
            if let current, let expected, let aside = try keepBackup(current, expected, setAside: prepared != nil) {
                ahead?.removeLater(aside)
            }
            probe?(.backedUp)
        } catch {
            temp.discard()
            throw error
        }
        try temp.commit(to: path, path: name)
        var stamp = Stamp(bytes)
        stamp.seen = seenAfterSaving(written, mark: mark)
        probe?(.replaced)
        Self.syncFolder(folder)
        probe?(.synced)
        return stamp
    }

    /// The file as it is now (info, and bytes unless it looks exactly as `seen`), read
    /// without following a link; nil when there is none.
    private func currentFile(unlessSeen seen: FileIdentity?) throws(StoreError) -> (info: stat, bytes: [UInt8]?)? {
        let fd: Int32
        do {
            fd = try openExisting()
        } catch .missing {
            // A link to nothing is not a place to create the file.
            var info = stat()
            if lstat(path, &info) == 0 { throw .becameLink(path: name) }
            return nil
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(path: name, action: .lookAt, reason: IOReason(errno: errno)) }
        if let seen, FileIdentity(info) == seen { return (info, nil) }
        return (info, try readAll(fd))
    }

    /// Refuses to replace a file the user may not write, one with other names (hard
    /// links, other than our own `.bak`), and one whose `.bak` cannot be kept.
    private func checkReplaceable(_ info: stat) throws(StoreError) {
        if info.st_mode & 0o222 == 0 { throw .readOnly(path: name) }
        if faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0 {
            let code = errno
            if code == EACCES || code == EPERM { throw .readOnly(path: name) }
            if code == EROFS { throw .io(path: name, action: .write, reason: IOReason(errno: code)) }
        }
        var bak = stat()
        let hasBak = lstat(backupPath, &bak) == 0
        let shared = hasBak && bak.st_dev == info.st_dev && bak.st_ino == info.st_ino
        let links = Int(info.st_nlink) - (shared ? 1 : 0)
        if links > 1 { throw .hardLinked(path: name, links: links) }
        if StoreError.name(of: backupPath).utf8.count > 255 {
            throw .noBackup(path: name, reason: .nameTooLong)
        }
        if hasBak {
            switch bak.st_mode & S_IFMT {
            case S_IFREG, S_IFLNK: break
            case S_IFDIR: throw .noBackup(path: name, reason: .folderInTheWay)
            default: throw .noBackup(path: name, reason: .somethingInTheWay)
            }
        }
    }

    /// Keeps the version being replaced as `.bak`: a second name for it, renamed over the
    /// old `.bak`, so `.bak` is always a whole version; a copy where links are not allowed.
    /// `setAside`: the `.bak` being replaced keeps a temporary name (returned) instead of
    /// being removed with its last name.
    private func keepBackup(_ current: (info: stat, bytes: [UInt8]?), _ expected: Stamp, setAside: Bool) throws(StoreError) -> String? {
        for _ in 0..<16 {
            let second = folder + "/" + temporaryNames()
            if link(path, second) == 0 {
                var aside: String?
                if setAside {
                    let other = folder + "/" + temporaryNames()
                    if link(backupPath, other) == 0 { aside = other }
                }
                let moved = rename(second, backupPath) == 0
                let code = errno
                // Still there when .bak already was this very file (a save killed after
                // keeping it): rename then does nothing.
                unlink(second)
                guard moved else {
                    if let aside { unlink(aside) }
                    throw .noBackup(path: name, reason: .io(IOReason(errno: code)))
                }
                return aside
            }
            if errno != EEXIST { break }
        }
        // The version being replaced, read now when it was known without reading it.
        let old: [UInt8]
        if let bytes = current.bytes { old = bytes } else { old = try readUnchanged(expected) }
        let copy = try TemporaryFile.create(in: folder, shown: name, names: temporaryNames)
        do {
            try copy.adopt(current.info, path: name)
            try copy.write(old, path: name)
        } catch {
            copy.discard()
            if case .io(_, _, let reason) = error { throw .noBackup(path: name, reason: .io(reason)) }
            throw error
        }
        do {
            try copy.commit(to: backupPath, path: name)
        } catch {
            if case .io(_, _, let reason) = error { throw .noBackup(path: name, reason: .io(reason)) }
            throw error
        }
        return nil
    }

    var folder: String { Self.folder(of: path) }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// Makes a rename durable.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    /// The real file behind `given` when it is a symbolic link; else `given` itself.
    static func resolve(_ given: String) -> String {
        var info = stat()
        guard lstat(given, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              let real = realpath(given, nil) else { return given }
        defer { free(real) }
        return String(cString: real)
    }
}

extension StoreStamp {
    /// The stamp of a file that holds `bytes`.
    public init(_ bytes: [UInt8]) {
        // FNV-1a's step on eight bytes at a time, with a shift to carry the high bits down:
        // cheap, and any edit by another program changes it. Each step is a bijection of its
        // lane, so a change confined to one word always shows. (A stamp is only compared
        // within one process, never kept, so its function may change.)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            // Four lanes over 32 bytes at a time keep the multiplier busy, then fold into one.
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (h, h ^ 1, h ^ 2, h ^ 3)
            func step(_ lane: inout UInt64, _ word: UInt64) {
                lane = (lane ^ word) &* 0x100_0000_01b3
                lane ^= lane >> 29
            }
            var i = 0
            while i + 32 <= raw.count {
                step(&lanes.0, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                step(&lanes.1, raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                step(&lanes.2, raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                step(&lanes.3, raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
            h = lanes.0
            step(&h, lanes.1)
            step(&h, lanes.2)
            step(&h, lanes.3)
            while i + 8 <= raw.count {
                step(&h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x100_0000_01b3
                i += 1
            }
        }
        self.init(size: bytes.count, hash: h)
    }
}
