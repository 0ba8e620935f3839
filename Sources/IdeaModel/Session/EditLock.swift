#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps other idea-tui sessions from saving between this session's reading of the file
/// and its writing of the change made on top, so a busy file cannot starve a session
/// that keeps finding it changed. It is only about progress: a program that ignores it
/// (an editor) is still caught by the stamp `DatabaseFile.save` checks.
///
/// The lock is on the database file itself. Saving replaces the file by renaming a new one
/// over it, so a lock is only good while it is on the file now at the path: after waiting,
/// the lock checks that and, when the file was replaced meanwhile, locks the new one.
struct EditLock {
    private var fd: Int32 = -1

    /// Waits for the lock; without a file to lock (none yet, unreadable), holds nothing.
    init(path: String) {
        for _ in 0..<100 {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return }
            var locked = flock(fd, LOCK_EX)
            while locked != 0 && errno == EINTR { locked = flock(fd, LOCK_EX) }
            guard locked == 0 else {
                close(fd)
                return
            }
            var held = stat(), now = stat()
            if fstat(fd, &held) == 0, stat(path, &now) == 0, held.st_ino == now.st_ino, held.st_dev == now.st_dev {
                self.fd = fd
                return
            }
            _ = flock(fd, LOCK_UN)
            close(fd)
        }
    }

    func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
    }
}
