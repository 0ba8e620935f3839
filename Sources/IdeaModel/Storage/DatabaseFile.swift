#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The database file on disk. Reading records what was read, so a later save can tell
/// whether someone else changed the file meanwhile; writing is atomic and keeps the
/// previous version beside it as `NAME.bak`. A file that failed to load cannot be saved
/// over, because saving needs the stamp that only a successful load gives.
public struct DatabaseFile: Sendable {
    public let path: String
    /// Called at each step of a save (see `SavePoint`); nil outside tests. It lets a test
    /// stop a saving process at an exact step instead of hoping a random moment hits one.
    public var probe: (@Sendable (SavePoint) -> Void)?

    public init(path: String, probe: (@Sendable (SavePoint) -> Void)? = nil) {
        self.path = path
        self.probe = probe
    }

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

    public var backupPath: String { path + ".bak" }

    /// What was on disk when it was read: enough to notice any later change.
    public struct Stamp: Equatable, Sendable {
        public var size: Int
        public var hash: UInt64
    }

    public func load() throws(StoreError) -> (Database, Stamp) {
        let bytes = try readBytes()
        do {
            let db = try DatabaseCodec.decode(bytes)
            return (db, Stamp(bytes))
        } catch {
            throw .invalid(path: path, error)
        }
    }

    /// Reads the raw bytes, refusing directories, missing and unreadable files in words.
    public func readBytes() throws(StoreError) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            throw .io(path: path, action: "look at", reason: StoreError.describe(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw .io(path: path, action: "read", reason: "it is a folder, not a file")
        }
        if Int(info.st_size) > DatabaseCodec.maxFileBytes {
            throw .invalid(path: path, LoadFailure([Problem(path: "", message: "the file is \(Int(info.st_size) / 1_048_576) MB, more than the \(DatabaseCodec.maxFileBytes / 1_048_576) MB a database may be; is it the right file?")]))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, action: "open", reason: StoreError.describe(errno)) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, action: "read", reason: StoreError.describe(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > DatabaseCodec.maxFileBytes {
                throw .invalid(path: path, LoadFailure([Problem(path: "", message: "the file is larger than the \(DatabaseCodec.maxFileBytes / 1_048_576) MB a database may be")]))
            }
        }
        return bytes
    }

    /// Writes `db` over the file, but only if the file still holds what `expected`
    /// describes (nil: the file must not exist yet). Returns the stamp of what was written.
    @discardableResult
    public func save(_ db: Database, expected: Stamp?) throws(StoreError) -> Stamp {
        try save(bytes: DatabaseCodec.encode(db), expected: expected)
    }

    @discardableResult
    public func save(bytes: [UInt8], expected: Stamp?) throws(StoreError) -> Stamp {
        let lock = try Lock(path: directory)
        defer { lock.release() }
        removeStaleTemporaries()
        probe?(.locked)

        // Someone else may have written since we read: never drop their change silently.
        var mode: mode_t = 0o600
        var existing = stat()
        if stat(path, &existing) == 0 {
            guard let expected else { throw .exists(path: path) }
            let current = try readBytes()
            guard Stamp(current) == expected else { throw .changedOnDisk(path: path) }
            mode = existing.st_mode & 0o7777
        } else if errno != ENOENT {
            throw .io(path: path, action: "look at", reason: StoreError.describe(errno))
        } else if expected != nil {
            throw .changedOnDisk(path: path)
        }

        let temp = path + ".tmp-\(getpid())"
        try AtomicFile.writeDurably(bytes, to: temp, mode: mode, halfway: probe.map { probe in { probe(.halfWritten) } })
        probe?(.written)
        // Keep the version being replaced as .bak: link it under a temporary name, then
        // rename over the old .bak, so .bak is always a whole earlier version.
        if expected != nil {
            let bakTemp = backupPath + ".tmp-\(getpid())"
            unlink(bakTemp)
            if link(path, bakTemp) == 0 {
                _ = rename(bakTemp, backupPath)
            } else if let old = try? readBytes() {
                try? AtomicFile.writeDurably(old, to: bakTemp, mode: mode)
                _ = rename(bakTemp, backupPath)
            }
            // Gone after a rename, except when .bak already was this very file (a save
            // killed after keeping it): then rename does nothing and leaves the name.
            unlink(bakTemp)
        }
        probe?(.backedUp)
        guard rename(temp, path) == 0 else {
            let reason = StoreError.describe(errno)
            unlink(temp)
            throw .io(path: path, action: "replace", reason: reason)
        }
        probe?(.replaced)
        AtomicFile.syncDirectory(of: path)
        probe?(.synced)
        return Stamp(bytes)
    }

    private var directory: String { AtomicFile.directory(of: path) }

    /// Temporary files (`NAME.tmp-PID`, `NAME.bak.tmp-PID`) left by an idea-tui that was
    /// killed while saving: removed once that process is gone. Called under the lock.
    private func removeStaleTemporaries() {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var entries: [String] = []
        while let item = readdir(dir) {
            entries.append(withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) })
        }
        for entry in entries {
            let stem = entry.hasPrefix(name + ".tmp-") ? name + ".tmp-" : entry.hasPrefix(name + ".bak.tmp-") ? name + ".bak.tmp-" : nil
            guard let stem, let pid = Int32(entry.dropFirst(stem.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + entry) }
        }
    }

    /// An advisory lock on the folder that serialises saves between idea-tui processes
    /// without leaving a lock file beside the user's data.
    private struct Lock {
        let fd: Int32

        init(path: String) throws(StoreError) {
            fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .io(path: path, action: "open the folder of", reason: StoreError.describe(errno)) }
            while flock(fd, LOCK_EX) != 0 {
                if errno != EINTR {
                    let reason = StoreError.describe(errno)
                    close(fd)
                    throw .io(path: path, action: "lock the folder of", reason: reason)
                }
            }
        }

        func release() {
            _ = flock(fd, LOCK_UN)
            close(fd)
        }
    }
}

extension DatabaseFile.Stamp {
    public init(_ bytes: [UInt8]) {
        // FNV-1a: cheap, and any edit by another program changes it.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        self.init(size: bytes.count, hash: h)
    }
}

/// Why the database file could not be read or written, with the path and in words.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case invalid(path: String, LoadFailure)
    case io(path: String, action: String, reason: String)
    case exists(path: String)
    case changedOnDisk(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such file. Create one with `idea-tui generate --output \(path)` or pass --db PATH."
        case .invalid(let path, let failure):
            let count = failure.problems.count + failure.dropped
            let head = "\(path): cannot be loaded, \(count == 1 ? "1 problem" : "\(count) problems") found; the file was not changed."
            return ([head] + failure.lines.map { "  \(path): \($0)" }).joined(separator: "\n")
        case .io(let path, let action, let reason):
            return "\(path): could not \(action) the file: \(reason)."
        case .exists(let path):
            return "\(path): a file is already there; it was not overwritten."
        case .changedOnDisk(let path):
            return "\(path): another program changed the file since it was opened; nothing was overwritten."
        }
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "the disk is full"
        case EROFS: return "the disk is read-only"
        case EISDIR: return "it is a folder, not a file"
        case ENOENT: return "the folder does not exist"
        case EDQUOT: return "the disk quota is used up"
        default:
            guard let text = strerror(code) else { return "error \(code)" }
            return String(cString: text).lowercased()
        }
    }
}
