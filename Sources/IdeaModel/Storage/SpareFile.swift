#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file with no name yet in the database's folder, as large as the database file,
/// made by a session ahead of its next save (after opening, and after each save) and
/// kept open by it. The save writes into it and gives it a name, instead of creating a
/// new file: the memory the system keeps the file's bytes in is then memory it has
/// already handed out. On a virtual machine that takes back the memory its guest frees,
/// handing out fresh memory cost a save of 28 MB 100–250 ms more (docs/PERFORMANCE.md).
/// Nobody else can reach a file without a name, and it disappears with its last
/// descriptor: a session that ends or dies leaves nothing behind.
final class SpareFile: Sendable {
    let fd: Int32
    /// The folder it was made in; a save elsewhere does not use it.
    let folder: String

    private init(fd: Int32, folder: String) {
        self.fd = fd
        self.folder = folder
    }

    deinit { close(fd) }

    /// One of `size` bytes in `folder`, or nil where the system makes none (no O_TMPFILE:
    /// not Linux, or a file system without it) or writing it fails (a full disk).
    static func make(in folder: String, size: Int) -> SpareFile? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        // O_TMPFILE (not imported into Swift): __O_TMPFILE | O_DIRECTORY on these machines.
        let fd = open(folder, 0o20_000_000 | O_DIRECTORY | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        let spare = SpareFile(fd: fd, folder: folder)
        // Zeros, written: only writing makes the system give the file its memory.
        let chunk = [UInt8](repeating: 0, count: 1 << 20)
        var left = size
        while left > 0 {
            let n = chunk.withUnsafeBytes { write(fd, $0.baseAddress, min(left, $0.count)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            left -= n
        }
        return spare
        #else
        return nil
        #endif
    }

    /// Gives it a name in its folder (`names` picks one; a taken name is never replaced)
    /// and returns it as the save's temporary file, locked as `TemporaryFile.create` locks
    /// one. Nil when it cannot be named (no /proc): the save then makes a new file.
    func named(_ names: () -> String) -> TemporaryFile? {
        #if os(Linux)
        for _ in 0..<16 {
            let path = folder + "/" + names()
            if linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 {
                let own = fcntl(fd, F_DUPFD_CLOEXEC, 0)
                guard own >= 0 else {
                    unlink(path)
                    return nil
                }
                _ = flock(own, LOCK_EX | LOCK_NB)
                return TemporaryFile(fd: own, path: path)
            }
            if errno != EEXIST { return nil }
        }
        #endif
        return nil
    }
}
