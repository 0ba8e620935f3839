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
/// The wait is the file's `LockWaiting`: limited in time, and a signal can end it.
struct EditLock {
    private var fd: Int32 = -1

    /// Waits for the lock; without a file to lock (none yet, unreadable), holds nothing.
    init(_ file: DatabaseFile) throws(StoreError) {
        for _ in 0..<100 {
            let fd = open(file.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return }
            var held = stat()
            guard fstat(fd, &held) == 0, held.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                return
            }
            do {
                try FileLock.acquire(fd, path: file.name, file.locking)
            } catch {
                close(fd)
                throw error
            }
            var now = stat()
            if lstat(file.path, &now) == 0, held.st_ino == now.st_ino, held.st_dev == now.st_dev {
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
