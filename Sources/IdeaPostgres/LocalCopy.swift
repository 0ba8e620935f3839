#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif

/// A copy of a database kept on this computer, at a version, so that opening it again
/// reads only what changed since instead of the whole database over the network
/// (docs/POSTGRES.md, "The local copy"). It is a cache: any doubt (another database,
/// replaced since, too far behind, unreadable, not ours) and it is set aside and the
/// whole database read from the server, which writes a new one.
///
/// It holds people's data, so it is kept as carefully as they are: in a folder of the
/// user's own (`$XDG_CACHE_HOME/idea-tui`, else `~/.cache/idea-tui`), mode 0700, each
/// copy 0600; a copy or folder that is a link, belongs to someone else, or others may
/// read or write, is not used. `IDEA_TUI_LOCAL_COPY=off` keeps none.
public struct LocalCopy: Sendable {
    /// The folder the copies are in.
    public let folder: String
    /// The database it is a copy of (its address without a password).
    public let address: String

    public var path: String { folder + "/" + Self.fileName(address) }

    static let magic = "idea-tui local copy 1\n"

    /// A copy further behind than this many changes is read again whole (and written
    /// anew) rather than brought up to date change by change.
    public static let mostBehind = 200

    public init(folder: String, address: String) {
        self.folder = folder
        self.address = address
    }

    /// Where copies of `location` are kept for this user; nil when the environment turns
    /// copies off or there is no home folder to keep them in.
    public static func place(for location: PostgresLocation, environment: [String: String], home: String?) -> LocalCopy? {
        if let setting = environment["IDEA_TUI_LOCAL_COPY"], ["off", "0", "no", "false"].contains(setting.lowercased()) {
            return nil
        }
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home, home.hasPrefix("/") {
            base = (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/.cache"
        } else {
            return nil
        }
        return LocalCopy(folder: base + "/idea-tui", address: location.name)
    }

    /// A copy's file name: the address hashed (FNV-1a, 64 bits), so no address can name a
    /// path; the address itself is in the copy and compared when it is read.
    static func fileName(_ address: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in address.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "db-" + String(repeating: "0", count: 16 - hex.count) + hex + ".copy"
    }

    /// What a copy is a copy of, and at which version.
    struct Stamp: Equatable, Sendable {
        /// Which database (`PostgresStore.Identity`).
        var identity: PostgresStore.Identity
        var version: Int
        /// How many log entries the copy holds and the last one's id: a database taken
        /// back to an earlier state and changed again on another path has another entry
        /// there.
        var logCount: Int
        var lastLogID: String
    }

    /// The copy, when there is one this user can trust as theirs; nil otherwise.
    func read() -> (Stamp, SplitDocument)? {
        guard folderIsSafe(create: false) else { return nil }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
              info.st_mode & 0o077 == 0, info.st_size > 0, Int(info.st_size) <= 2 * DatabaseCodec.maxFileBytes else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return Self.parse(bytes, address: address)
    }

    /// The stamp and the halves out of a copy's bytes; nil when it is not whole or is a
    /// copy of another address.
    static func parse(_ bytes: [UInt8], address: String) -> (Stamp, SplitDocument)? {
        // The magic line, the header's length in bytes on a line, the header, the halves.
        let magic = Array(Self.magic.utf8)
        guard bytes.starts(with: magic), let line = bytes[magic.count...].firstIndex(of: UInt8(ascii: "\n")),
              let length = Int(String(decoding: bytes[magic.count..<line], as: UTF8.self)), length > 0,
              length <= bytes.count - line - 1 else { return nil }
        let end = line + 1 + length
        guard case .object(let header)? = try? JSONParser.parse(Array(bytes[(line + 1)..<end])),
              header["address"] == .string(address),
              case .int(let database)? = header["database"], case .int(let table)? = header["table"],
              case .int(let schemaMade)? = header["schemaMade"],
              case .int(let version)? = header["version"], case .int(let logCount)? = header["logCount"],
              case .string(let lastLogID)? = header["lastLog"], case .array(let lengths)? = header["halves"] else { return nil }
        var halves: [[UInt8]] = []
        var at = end
        for length in lengths {
            guard case .int(let count) = length, count >= 0, count <= bytes.count - at else { return nil }
            halves.append(Array(bytes[at..<(at + count)]))
            at += count
        }
        guard at == bytes.count else { return nil }
        return (Stamp(identity: PostgresStore.Identity(database: database, table: table, schemaMade: schemaMade),
                      version: version, logCount: logCount, lastLogID: lastLogID),
                SplitDocument(halves: halves))
    }

    /// The bytes of a copy.
    static func bytes(_ stamp: Stamp, _ document: SplitDocument, address: String) -> [UInt8] {
        let header: JSONValue = .object(["address": .string(address), "database": .int(stamp.identity.database),
                                         "table": .int(stamp.identity.table), "schemaMade": .int(stamp.identity.schemaMade), "version": .int(stamp.version),
                                         "logCount": .int(stamp.logCount), "lastLog": .string(stamp.lastLogID),
                                         "halves": .array(document.halves.map { .int($0.count) })])
        let text = JSONWriter().write(header)
        var out = Array(Self.magic.utf8)
        out.append(contentsOf: "\(text.count)\n".utf8)
        out.append(contentsOf: text)
        for half in document.halves { out.append(contentsOf: half) }
        return out
    }

    /// Writes the copy: a new file renamed over the old, so a reader never sees half of
    /// one. Not flushed to disk (a copy lost in a power cut costs only a slower open).
    /// Returns false when it could not be written; nothing else depends on it.
    @discardableResult
    func write(_ stamp: Stamp, _ document: SplitDocument) -> Bool {
        guard folderIsSafe(create: true) else { return false }
        clearLeftovers()
        var random = SystemRandomNumberGenerator()
        let temporary = path + ".\(String(random.next() % 1_000_000_000, radix: 36)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let bytes = Self.bytes(stamp, document, address: address)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress.map { $0 + done }, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        let closed = close(fd) == 0
        guard done == bytes.count, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// A new copy is older than this (seconds) only when its writer was stopped before
    /// renaming it: writing one takes seconds at most.
    static let leftoverSeconds = 600

    /// Removes new copies (`db-<hash>.copy.<random>.tmp`) that writers killed before their
    /// rename left behind, else they would gather forever; only this user's regular files,
    /// and only old ones (a younger one may be another process's, about to be renamed).
    /// The folder is checked first (`folderIsSafe`): nobody else can put names in it.
    private func clearLeftovers() {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        let now = time(nil)
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            let stem = "db-0123456789abcdef.copy.".count
            guard name.count > stem + 4, name.hasPrefix("db-"), name.hasSuffix(".tmp"),
                  name.dropFirst(stem - 6).hasPrefix(".copy.") else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
                  now - Self.modified(info) > Self.leftoverSeconds else { continue }
            unlink(path)
        }
    }

    private static func modified(_ info: stat) -> Int {
        #if canImport(Darwin)
        Int(info.st_mtimespec.tv_sec)
        #else
        Int(info.st_mtim.tv_sec)
        #endif
    }

    /// Sets the copy aside (it is behind beyond use, or of something else).
    public func remove() {
        guard folderIsSafe(create: false) else { return }
        unlink(path)
    }

    /// The folder is a real folder of this user's that nobody else may write in (made,
    /// mode 0700, when `create` and it is missing; its parent too).
    private func folderIsSafe(create: Bool) -> Bool {
        var info = stat()
        if lstat(folder, &info) != 0 {
            guard create, errno == ENOENT else { return false }
            let parent = String(folder[..<(folder.lastIndex(of: "/") ?? folder.endIndex)])
            if !parent.isEmpty { mkdir(parent, 0o700) }
            guard mkdir(folder, 0o700) == 0 || errno == EEXIST, lstat(folder, &info) == 0 else { return false }
        }
        return (info.st_mode & S_IFMT) == S_IFDIR && info.st_uid == geteuid() && info.st_mode & 0o077 == 0
    }
}
