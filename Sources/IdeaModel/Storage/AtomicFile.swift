#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a whole file that is not the database (an export) so that readers see the old
/// version or the new one, never a mix, with the same care as the database: the path is
/// followed once if it is a link, the new version goes into an unpredictable temporary
/// file beside the real one, is flushed, takes the old file's owner, group and mode, and
/// is renamed over it, all under the folder's lock.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`. An existing file keeps its owner, group
    /// and permissions (or nothing is written), its permissions unless `forceMode` (a file
    /// with contact details is always its owner's only); a new one gets `mode`. With
    /// `locking` nil the folder is not locked (a draft written while another program holds
    /// the lock).
    public static func write(_ bytes: [UInt8], to path: String, mode newMode: mode_t = 0o600, forceMode: Bool = false,
                             locking: LockWaiting? = LockWaiting()) throws(StoreError) {
        let real = DatabaseFile.resolve(path)
        let folder = DatabaseFile.folder(of: real)
        let lock = try locking.map { waiting throws(StoreError) in try FolderLock(folder, shown: path, waiting: waiting) }
        defer { lock?.release() }
        if lock != nil { TemporaryFile.removeStale(in: folder) }
        try replace(real, shown: path, folder: folder, with: bytes, mode: newMode, forceMode: forceMode, ownerOfFolder: false)
    }

    /// Reads `path` (nil when it does not exist), lets `change` make the new version from
    /// it, and writes that (nothing when `change` returns nil), all under the folder's
    /// lock, so two programs changing the same file one after the other never drop each
    /// other's change (an `authorized_keys` file granted to twice at once). A new file
    /// gets `mode` and, when the folder belongs to someone else and root is writing, the
    /// folder's owner and group: a file written into a user's own folder stays theirs.
    /// `change` may throw; the file is then untouched.
    public static func update(_ path: String, mode newMode: mode_t = 0o600, forceMode: Bool = false,
                              locking: LockWaiting = LockWaiting(),
                              _ change: ([UInt8]?) throws -> [UInt8]?) throws {
        let real = DatabaseFile.resolve(path)
        let folder = DatabaseFile.folder(of: real)
        let lock = try FolderLock(folder, shown: path, waiting: locking)
        defer { lock.release() }
        TemporaryFile.removeStale(in: folder)
        let current: [UInt8]?
        do throws(StoreError) {
            current = try DatabaseFile(path: real).readBytes()
        } catch .missing {
            current = nil
        }
        guard let bytes = try change(current) else { return }
        try replace(real, shown: path, folder: folder, with: bytes, mode: newMode, forceMode: forceMode, ownerOfFolder: true)
    }

    private static func replace(_ real: String, shown path: String, folder: String, with bytes: [UInt8], mode newMode: mode_t,
                                forceMode: Bool, ownerOfFolder: Bool) throws(StoreError) {
        var existing = stat()
        let exists = lstat(real, &existing) == 0
        if exists {
            if existing.st_mode & S_IFMT == S_IFLNK { throw .becameLink(path: path) }
            guard existing.st_mode & S_IFMT == S_IFREG else {
                let what: IOReason = existing.st_mode & S_IFMT == S_IFDIR ? .isFolder : .notRegularFile
                throw .io(path: path, action: .write, reason: what)
            }
            if existing.st_mode & 0o222 == 0 || (faccessat(AT_FDCWD, real, W_OK, AT_EACCESS) != 0 && errno == EACCES) {
                throw .readOnly(path: path)
            }
        } else if errno != ENOENT {
            throw .io(path: path, action: .lookAt, reason: IOReason(errno: errno))
        }
        var owner = stat()
        let adoptFolder = !exists && ownerOfFolder && geteuid() == 0 && stat(folder, &owner) == 0 && owner.st_uid != 0
        let temp = try TemporaryFile.create(in: folder, shown: path)
        do {
            if exists { try temp.adopt(existing, path: path) }
            if adoptFolder {
                owner.st_mode = newMode
                try temp.adopt(owner, path: path)
            }
            if !exists || forceMode { try temp.setMode(newMode, path: path) }
            try temp.write(bytes, path: path)
        } catch {
            temp.discard()
            throw error
        }
        try temp.commit(to: real, path: path)
        DatabaseFile.syncFolder(folder)
    }
}
