#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// A new file beside the one it will replace, written in full and flushed before it is
/// renamed over the original. Its name is unpredictable (`.idea-tui-XXXXXXXXXXXX.tmp`)
/// and it is created with O_EXCL and O_NOFOLLOW, so nobody sharing the folder can plant a
/// link where it will be written; it is readable by its creator only until it takes the
/// original's owner and mode. While it exists its creator holds a lock on it, so a file
/// of this name that can be locked was left by a process that died.
struct TemporaryFile {
    let fd: Int32
    let path: String

    static let prefix = ".idea-tui-"
    static let suffix = ".tmp"

    /// A random name: 12 letters and digits (60 bits).
    static func randomName() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz234567")
        var random = SystemRandomNumberGenerator()
        return prefix + String((0..<12).map { _ in letters[Int(random.next() % 32)] }) + suffix
    }

    /// Creates one in `folder`, trying other names when one is taken.
    static func create(in folder: String, shown: String, names: () -> String = randomName) throws(StoreError) -> TemporaryFile {
        var code: Int32 = EEXIST
        for _ in 0..<16 {
            let path = folder + "/" + names()
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                _ = flock(fd, LOCK_EX | LOCK_NB)
                return TemporaryFile(fd: fd, path: path)
            }
            code = errno
            if code != EEXIST && code != EINTR { break }
        }
        throw .io(path: shown, action: .createBeside, reason: IOReason(errno: code))
    }

    /// Gives the file the owner, group and mode of `original` (an existing file), before
    /// anything is written. Refuses when the owner or group cannot be kept.
    func adopt(_ original: stat, path shown: String) throws(StoreError) {
        var mine = stat()
        guard fstat(fd, &mine) == 0 else { throw .io(path: shown, action: .lookAt, reason: IOReason(errno: errno)) }
        if mine.st_uid != original.st_uid || mine.st_gid != original.st_gid {
            let uid = mine.st_uid == original.st_uid ? uid_t.max : original.st_uid
            let gid = mine.st_gid == original.st_gid ? gid_t.max : original.st_gid
            guard fchown(fd, uid, gid) == 0 else {
                throw .wouldChangeOwner(path: shown, owner: UInt32(original.st_uid), group: UInt32(original.st_gid),
                                        user: UInt32(geteuid()))
            }
        }
        guard fchmod(fd, original.st_mode & 0o777) == 0 else {
            throw .io(path: shown, action: .keepPermissions, reason: IOReason(errno: errno))
        }
    }

    /// Sets the mode of a new file (no original to copy).
    func setMode(_ mode: mode_t, path shown: String) throws(StoreError) {
        guard fchmod(fd, mode & 0o777) == 0 else {
            throw .io(path: shown, action: .setPermissions, reason: IOReason(errno: errno))
        }
    }

    /// Writes every byte from the start (over what a spare file held, which is cut off
    /// after them) and flushes them to disk; `halfway` (for tests) runs when half
    /// of them are written. `shown` names the file the user knows in errors. `modified`,
    /// when given, becomes the file's modification time before the flush.
    func write(_ bytes: [UInt8], path shown: String, modified: timespec? = nil, halfway: (() -> Void)? = nil) throws(StoreError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            guard lseek(fd, 0, SEEK_SET) == 0 else {
                failure = errno
                return
            }
            var offset = 0
            var pause = halfway == nil ? Int.max : raw.count / 2
            while offset < raw.count {
                let end = min(pause, raw.count)
                let n = systemWrite(fd, raw.baseAddress.map { $0 + offset }, end - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
                if offset >= pause {
                    halfway?()
                    pause = Int.max
                }
            }
        }
        if failure == 0, lseek(fd, 0, SEEK_END) > off_t(bytes.count), ftruncate(fd, off_t(bytes.count)) != 0 { failure = errno }
        if failure == 0, let modified {
            // Best effort: a file system that cannot keep it is told apart later (see
            // DatabaseFile.seenAfterSaving), so a failure here only costs speed.
            // UTIME_OMIT (a macro Swift does not import): the access time stays.
            let times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2), modified]
            _ = futimens(fd, times)
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if failure != 0 { throw .io(path: shown, action: .write, reason: IOReason(errno: failure)) }
    }

    /// What the file is now (inode, size, times); nil when that cannot be told.
    func info() -> stat? {
        var info = stat()
        return fstat(fd, &info) == 0 ? info : nil
    }

    /// Puts the file in place of `target` (atomically) and lets go of it.
    func commit(to target: String, path shown: String) throws(StoreError) {
        guard rename(path, target) == 0 else {
            let reason = IOReason(errno: errno)
            discard()
            throw .io(path: shown, action: .replace, reason: reason)
        }
        close(fd)
    }

    /// Removes the file and lets go of it.
    func discard() {
        unlink(path)
        close(fd)
    }

    /// Removes temporary files that processes which died while saving left in `folder`:
    /// ours by name (and the `NAME.tmp-PID` names of older versions, for the files in
    /// `legacy`), each only when no living process holds its lock.
    static func removeStale(in folder: String, legacy names: [String] = []) {
        guard let dir = opendir(folder) else { return }
        var entries: [String] = []
        while let item = readdir(dir) {
            entries.append(withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        closedir(dir)
        for entry in entries {
            let ours = entry.hasPrefix(prefix) && entry.hasSuffix(suffix)
            let old = names.contains { name in
                [name + ".tmp-", name + ".bak.tmp-"].contains { entry.hasPrefix($0) && Int(entry.dropFirst($0.count)) != nil }
            }
            guard ours || old else { continue }
            let path = folder + "/" + entry
            // Only regular files, never through a link someone planted.
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, flock(fd, LOCK_EX | LOCK_NB) == 0 {
                unlink(path)
            }
            close(fd)
        }
    }
}

/// An exclusive lock on a folder, taken around every save into it: saves and the cleaning
/// of leftover temporary files never overlap, and no lock file is left beside the data.
struct FolderLock {
    private let fd: Int32

    /// `shown` names the file being saved, in errors.
    init(_ folder: String, shown: String, waiting: LockWaiting) throws(StoreError) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: shown, action: .openFolder, reason: IOReason(errno: errno)) }
        do {
            try FileLock.acquire(fd, path: shown, waiting)
        } catch {
            close(fd)
            throw error
        }
    }

    func release() {
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
