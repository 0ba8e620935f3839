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

/// Writing a whole file so that readers see the old version or the new one, never a
/// mix: into a temporary file beside it, flushed to disk, then renamed over the old.
public enum AtomicFile {
    /// Replaces (or creates) `path` with `bytes`. An existing file keeps its permissions
    /// (unless `forceMode`: a file with contact details is always its owner's only); a new
    /// one is readable by its owner only unless `mode` says otherwise.
    public static func write(_ bytes: [UInt8], to path: String, mode newMode: mode_t = 0o600,
                             forceMode: Bool = false) throws(StoreError) {
        var mode = newMode
        var existing = stat()
        if stat(path, &existing) == 0 {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                let what = existing.st_mode & S_IFMT == S_IFDIR ? "it is a folder, not a file" : "it is not a regular file"
                throw .io(path: path, action: "write", reason: what)
            }
            if !forceMode { mode = existing.st_mode & 0o7777 }
        }
        let temp = path + ".tmp-\(getpid())"
        do {
            try writeDurably(bytes, to: temp, mode: mode)
        } catch .io(_, let action, let reason) {
            // Name the file the user asked for, not the temporary one beside it.
            throw .io(path: path, action: action, reason: reason)
        }
        guard rename(temp, path) == 0 else {
            let reason = StoreError.describe(errno)
            unlink(temp)
            throw .io(path: path, action: "replace", reason: reason)
        }
        syncDirectory(of: path)
    }

    /// Writes `bytes` to a new file and flushes it to disk; `halfway` (for tests) runs when
    /// half of the bytes are written.
    static func writeDurably(_ bytes: [UInt8], to file: String, mode: mode_t, halfway: (() -> Void)? = nil) throws(StoreError) {
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: file, action: "create", reason: StoreError.describe(errno)) }
        var failure: Int32 = 0
        _ = fchmod(fd, mode)
        bytes.withUnsafeBytes { raw in
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
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure != 0 {
            unlink(file)
            throw .io(path: file, action: "write", reason: StoreError.describe(failure))
        }
    }

    /// Makes the rename itself durable.
    static func syncDirectory(of path: String) {
        let fd = open(directory(of: path), O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }
}
