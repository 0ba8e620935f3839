#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the database file could not be read or written, as values: the path, what was
/// being done and why it failed. Every case means nothing was changed on disk. The
/// command line and the screens say it in their language (IdeaUI's `Strings.model`).
public enum StoreError: Error, Equatable, Sendable {
    case missing(path: String)
    case invalid(path: String, LoadFailure)
    case io(path: String, action: FileAction, reason: IOReason)
    case exists(path: String)
    case changedOnDisk(path: String)
    /// Not a regular file (a FIFO, a device, a socket): never opened, so never waited on.
    case notAFile(path: String, kind: FileKind)
    /// The file says it may not be written (no write permission, or marked read-only).
    case readOnly(path: String)
    /// The file has other names (hard links); a save would leave them with the old data.
    case hardLinked(path: String, links: Int)
    /// Saving would change who owns the file or its group (another user's file).
    case wouldChangeOwner(path: String, owner: UInt32, group: UInt32, user: UInt32)
    /// The previous version cannot be kept as `NAME.bak`.
    case noBackup(path: String, reason: BackupProblem)
    /// The file the path led to was replaced by a symbolic link after it was opened.
    case becameLink(path: String)
    /// Another process holds the lock longer than idea-tui waits.
    case locked(path: String, holder: LockHolder?, seconds: Int)
    /// A signal asked to stop while waiting for the lock.
    case interrupted(path: String)
    /// A database server could not be used (docs/POSTGRES.md): what it said, where.
    case server(DatabaseServerError)

    /// The last component of a path.
    public static func name(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }
}

/// What idea-tui was doing with a file when it failed.
public enum FileAction: String, CaseIterable, Equatable, Sendable {
    case open, read, write, lookAt, lock, replace
    /// Creating the temporary file in the folder of the file.
    case createBeside
    case keepPermissions, setPermissions
    case openFolder
}

/// Why reading or writing failed: the error the system gave, in words a facilitator
/// understands when it is a usual one.
public enum IOReason: Equatable, Sendable {
    case permissionDenied, diskFull, readOnlyDisk, isFolder, notRegularFile, noFolder, quotaUsedUp, nameTooLong
    /// Too many levels of symbolic links (a link that leads back to itself?).
    case linkLoop
    /// The file descriptor is closed (standard output closed by the caller).
    case closed
    /// Any other error: its number and the system's own words for it.
    case other(code: Int32, text: String)

    /// The reason an errno value gives.
    public init(errno code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOSPC: self = .diskFull
        case EROFS: self = .readOnlyDisk
        case EISDIR: self = .isFolder
        case ENOENT: self = .noFolder
        case EDQUOT: self = .quotaUsedUp
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .linkLoop
        case EBADF: self = .closed
        default: self = .other(code: code, text: strerror(code).map { String(cString: $0).lowercased() } ?? "")
        }
    }

    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case permissionDenied, diskFull, readOnlyDisk, isFolder, notRegularFile, noFolder, quotaUsedUp, nameTooLong,
             linkLoop, closed, other
    }

    public var kind: Kind {
        switch self {
        case .permissionDenied: return .permissionDenied
        case .diskFull: return .diskFull
        case .readOnlyDisk: return .readOnlyDisk
        case .isFolder: return .isFolder
        case .notRegularFile: return .notRegularFile
        case .noFolder: return .noFolder
        case .quotaUsedUp: return .quotaUsedUp
        case .nameTooLong: return .nameTooLong
        case .linkLoop: return .linkLoop
        case .closed: return .closed
        case .other: return .other
        }
    }

    public static func example(of kind: Kind) -> Self {
        switch kind {
        case .permissionDenied: return .permissionDenied
        case .diskFull: return .diskFull
        case .readOnlyDisk: return .readOnlyDisk
        case .isFolder: return .isFolder
        case .notRegularFile: return .notRegularFile
        case .noFolder: return .noFolder
        case .quotaUsedUp: return .quotaUsedUp
        case .nameTooLong: return .nameTooLong
        case .linkLoop: return .linkLoop
        case .closed: return .closed
        case .other: return .other(code: 5, text: "")
        }
    }
}

/// Why the previous version cannot be kept as `NAME.bak`.
public enum BackupProblem: Equatable, Sendable {
    /// NAME.bak would be longer than a file name may be.
    case nameTooLong
    /// A folder called NAME.bak is in the way.
    case folderInTheWay
    /// Something that is not a file is called NAME.bak.
    case somethingInTheWay
    case io(IOReason)

    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case nameTooLong, folderInTheWay, somethingInTheWay, io
    }

    public var kind: Kind {
        switch self {
        case .nameTooLong: return .nameTooLong
        case .folderInTheWay: return .folderInTheWay
        case .somethingInTheWay: return .somethingInTheWay
        case .io: return .io
        }
    }

    public static func example(of kind: Kind) -> Self {
        switch kind {
        case .nameTooLong: return .nameTooLong
        case .folderInTheWay: return .folderInTheWay
        case .somethingInTheWay: return .somethingInTheWay
        case .io: return .io(.permissionDenied)
        }
    }
}

/// What a path that is not a regular file is.
public enum FileKind: String, CaseIterable, Equatable, Sendable {
    case fifo, device, socket, other
}

extension StoreError {
    /// Which case it is, without its data: one per case, so a test can take each in turn.
    public enum Kind: String, CaseIterable, Sendable {
        case missing, invalid, io, exists, changedOnDisk, notAFile, readOnly, hardLinked, wouldChangeOwner, noBackup,
             becameLink, locked, interrupted, server
    }

    public var kind: Kind {
        switch self {
        case .missing: return .missing
        case .invalid: return .invalid
        case .io: return .io
        case .exists: return .exists
        case .changedOnDisk: return .changedOnDisk
        case .notAFile: return .notAFile
        case .readOnly: return .readOnly
        case .hardLinked: return .hardLinked
        case .wouldChangeOwner: return .wouldChangeOwner
        case .noBackup: return .noBackup
        case .becameLink: return .becameLink
        case .locked: return .locked
        case .interrupted: return .interrupted
        case .server: return .server
        }
    }

    public static func example(of kind: Kind) -> Self {
        let path = "ideas.db.json"
        switch kind {
        case .missing: return .missing(path: path)
        case .invalid: return .invalid(path: path, LoadFailure([Problem(path: "ideas[3].stage", message: "„x“")], dropped: 2))
        case .io: return .io(path: path, action: .write, reason: .diskFull)
        case .exists: return .exists(path: path)
        case .changedOnDisk: return .changedOnDisk(path: path)
        case .notAFile: return .notAFile(path: path, kind: .fifo)
        case .readOnly: return .readOnly(path: path)
        case .hardLinked: return .hardLinked(path: path, links: 2)
        case .wouldChangeOwner: return .wouldChangeOwner(path: path, owner: 1001, group: 100, user: 1002)
        case .noBackup: return .noBackup(path: path, reason: .folderInTheWay)
        case .becameLink: return .becameLink(path: path)
        case .locked: return .locked(path: path, holder: LockHolder(pid: 123, program: "flock"), seconds: 10)
        case .interrupted: return .interrupted(path: path)
        case .server: return .server(.lost(location: "postgresql://kaunas@db.example/ideas"))
        }
    }
}

/// A process that holds a lock on the file, as /proc/locks tells.
public struct LockHolder: Equatable, Sendable {
    public var pid: Int32
    /// The program's name (/proc/PID/comm), when it could be read.
    public var program: String?

    public init(pid: Int32, program: String?) {
        self.pid = pid
        self.program = program
    }

}
