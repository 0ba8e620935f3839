#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the database file could not be read or written, with the path and in words.
/// Every case means nothing was changed on disk.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case invalid(path: String, LoadFailure)
    case io(path: String, action: String, reason: String)
    case exists(path: String)
    case changedOnDisk(path: String)
    /// Not a regular file (a FIFO, a device, a socket): never opened, so never waited on.
    case notAFile(path: String, kind: String)
    /// The file says it may not be written (no write permission, or marked read-only).
    case readOnly(path: String)
    /// The file has other names (hard links); a save would leave them with the old data.
    case hardLinked(path: String, links: Int)
    /// Saving would change who owns the file or its group (another user's file).
    case wouldChangeOwner(path: String, owner: UInt32, group: UInt32, user: UInt32)
    /// The previous version cannot be kept as `NAME.bak`.
    case noBackup(path: String, reason: String)
    /// The file the path led to was replaced by a symbolic link after it was opened.
    case becameLink(path: String)
    /// Another process holds the lock longer than idea-tui waits.
    case locked(path: String, holder: LockHolder?, seconds: Int)
    /// A signal asked to stop while waiting for the lock.
    case interrupted(path: String)

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
        case .notAFile(let path, let kind):
            return "\(path): it is \(kind), not a file; idea-tui reads and writes only regular files."
        case .readOnly(let path):
            return "\(path): the file is read-only; nothing was saved. Give yourself write permission (chmod u+w) if it should change."
        case .hardLinked(let path, let links):
            return "\(path): the file has \(links) names (hard links); saving would leave the other \(links == 2 ? "name" : "names") "
                + "with the old data, so nothing was saved. Remove the other links, or use a symbolic link instead."
        case .wouldChangeOwner(let path, let owner, let group, let user):
            return "\(path): the file belongs to user \(owner), group \(group); saving it as user \(user) would change that "
                + "and could lock others out, so nothing was saved. Save it as its owner, or as a member of group \(group) "
                + "when the owner is you."
        case .noBackup(let path, let reason):
            return "\(path): the previous version cannot be kept as \(Self.name(of: path)).bak (\(reason)); nothing was saved."
        case .becameLink(let path):
            return "\(path): the file was replaced by a symbolic link after idea-tui opened it; nothing was saved. Open it again."
        case .locked(let path, let holder, let seconds):
            let who = holder.map { "by \($0.description)" } ?? "by another program"
            return "\(path): the file is locked \(who); waited \(seconds) s and gave up, nothing was saved. Try again in a moment."
        case .interrupted(let path):
            return "\(path): stopped while waiting for the lock; nothing was saved."
        }
    }

    /// The last component of a path.
    static func name(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    /// An errno value in words a facilitator understands.
    public static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "the disk is full"
        case EROFS: return "the disk is read-only"
        case EISDIR: return "it is a folder, not a file"
        case ENOENT: return "the folder does not exist"
        case EDQUOT: return "the disk quota is used up"
        case ENAMETOOLONG: return "the name is too long"
        case ELOOP: return "too many levels of symbolic links (a link that leads back to itself?)"
        default:
            guard let text = strerror(code) else { return "error \(code)" }
            return String(cString: text).lowercased()
        }
    }
}

/// A process that holds a lock on the file, as /proc/locks tells.
public struct LockHolder: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    /// The program's name (/proc/PID/comm), when it could be read.
    public var program: String?

    public init(pid: Int32, program: String?) {
        self.pid = pid
        self.program = program
    }

    /// "another idea-tui (pid 123)", "flock (pid 9)".
    public var description: String {
        guard let program else { return "process \(pid)" }
        return program == "idea-tui" ? "another idea-tui (pid \(pid))" : "\(program) (pid \(pid))"
    }
}
