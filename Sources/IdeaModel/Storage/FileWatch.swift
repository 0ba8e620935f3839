#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices that the database file may have changed on disk, without ever blocking: the
/// app's key loop asks between keys (it wakes every 200 ms anyway), so an idle app does no
/// work beyond that.
///
/// On Linux it uses inotify on the file's folder, not on the file: a save renames a new
/// file over the old one (docs/STORAGE.md), so a watch on the file itself would keep
/// watching the old, unlinked one. Events for other names in the folder (the `.bak`,
/// temporary files, drafts) are left out. Beside inotify it looks at the file's size,
/// times and inode once a second (`safetyInterval`), for network folders; where inotify
/// is not available (another system, no watches left, a folder that went away) it looks
/// every `pollInterval` milliseconds instead.
///
/// "May have changed" includes the app's own saves: the caller compares what it reads
/// with what it last wrote (`EditSession.reloadIfChanged`).
public final class FileWatch {
    /// How changes are noticed.
    public enum Method: Equatable, Sendable {
        case inotify
        case polling
    }

    public private(set) var method: Method
    /// Milliseconds between two looks at the file when polling.
    public static let pollInterval = 500

    private let path: String
    private let folder: String
    private let name: [UInt8]
    private var fd: Int32 = -1
    private var seen: FileIdentity?
    private var nextLook = 0

    /// Watches `path` (the real file, `DatabaseFile.path`); `polling` skips inotify.
    /// `now` is a monotonic clock in milliseconds, the same one later calls pass.
    public init(path: String, polling: Bool = false, now: Int) {
        self.path = path
        folder = DatabaseFile.folder(of: path)
        name = Array(StoreError.name(of: path).utf8)
        method = .polling
        if !polling, startInotify() { method = .inotify }
        seen = FileIdentity(path: path)
        nextLook = now + Self.pollInterval
    }

    deinit { stopInotify() }

    private func startInotify() -> Bool {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return false }
        guard inotify_add_watch(fd, folder, InotifyEvent.watched) >= 0 else {
            close(fd)
            return false
        }
        self.fd = fd
        return true
        #else
        return false
        #endif
    }

    private func stopInotify() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// True when the file may have changed since the last call. Never waits.
    ///
    /// With inotify the file is still looked at once a second: on a network file system
    /// (NFS, SMB) inotify sees only this machine's writes, not another machine's.
    public func check(now: Int) -> Bool {
        switch method {
        case .inotify:
            if drainEvents() {
                seen = FileIdentity(path: path)
                // (The folder may have gone: then polling goes on from here.)
                nextLook = now + (method == .inotify ? Self.safetyInterval : Self.pollInterval)
                return true
            }
            return look(now: now, every: Self.safetyInterval)
        case .polling:
            return look(now: now, every: Self.pollInterval)
        }
    }

    /// Milliseconds between two looks at the file beside inotify.
    public static let safetyInterval = 1_000

    /// Reads every queued event; true when one was about the file (or events were lost).
    private func drainEvents() -> Bool {
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var changed = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            for event in InotifyEvent.parse(buffer[0..<n]) {
                switch event.meaning(for: name) {
                case .file: changed = true
                case .other: break
                case .watchGone:
                    // The folder was removed or moved: inotify cannot follow; polling can
                    // tell when a file is back at the path.
                    stopInotify()
                    method = .polling
                    return true
                }
            }
        }
        return changed
        #else
        return false
        #endif
    }

    private func look(now: Int, every interval: Int) -> Bool {
        guard now >= nextLook else { return false }
        nextLook = now + interval
        let current = FileIdentity(path: path)
        defer { seen = current }
        return current != seen
    }
}

/// What polling compares: a new file renamed over the old has a new inode; one edited in
/// place has a new size or modification time (ctime catches a write within the same
/// nanosecond tick on coarse file systems).
public struct FileIdentity: Equatable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    public var modified: Int64
    public var changed: Int64

    /// The file as it is now, without following a link; nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}

#if os(Linux)
/// One inotify event as the kernel writes it: a 16-byte header (watch, mask, cookie,
/// name length) and the name, padded with NULs.
struct InotifyEvent: Equatable {
    var mask: UInt32
    var name: [UInt8]

    enum Meaning: Equatable {
        /// About the watched file's name, or events were lost: look at the file.
        case file
        case other
        /// The folder itself went away.
        case watchGone
    }

    /// The events that can mean the file has new content: a new file renamed over it or
    /// created as it, a writer closing it, or it going away; and the folder going away.
    static let watched = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

    func meaning(for file: [UInt8]) -> Meaning {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .file }
        if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 { return .watchGone }
        return name == file && mask & Self.watched != 0 ? .file : .other
    }

    /// The events in what one `read` returned; a cut-off last event is left out.
    static func parse(_ bytes: ArraySlice<UInt8>) -> [InotifyEvent] {
        var out: [InotifyEvent] = []
        var at = bytes.startIndex
        // The kernel writes the header in the machine's own byte order.
        func word(_ i: Int) -> UInt32 {
            bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i - bytes.startIndex, as: UInt32.self) }
        }
        while bytes.endIndex - at >= 16 {
            let mask = word(at + 4), length = Int(word(at + 12))
            let end = at + 16 + length
            guard end <= bytes.endIndex else { break }
            let name = bytes[(at + 16)..<end].prefix { $0 != 0 }
            out.append(InotifyEvent(mask: mask, name: Array(name)))
            at = end
        }
        return out
    }
}
#endif
