#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libpq's password file (`~/.pgpass`, or the file `PGPASSFILE` names): one line per
/// server, `host:port:database:user:password`, `*` matching anything in the first four
/// fields, `\:` and `\\` for a colon or backslash inside a field, `#` starting a comment
/// line. The first line that matches gives the password. As libpq, a file that group or
/// others may read (or that is not a regular file) is not read at all.
public struct PassFile: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var host, port, database, user, password: String

        public init(host: String, port: String, database: String, user: String, password: String) {
            self.host = host
            self.port = port
            self.database = database
            self.user = user
            self.password = password
        }

        func matches(host: String, port: String, database: String, user: String) -> Bool {
            func field(_ pattern: String, _ value: String) -> Bool { pattern == "*" || pattern == value }
            return field(self.host, host) && field(self.port, port) && field(self.database, database)
                && field(self.user, user)
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The file's lines; a line with fewer than five fields is skipped, as libpq does.
    public init(text: String) {
        var entries: [Entry] = []
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            guard !line.hasPrefix("#") else { continue }
            let fields = Self.fields(line)
            guard fields.count >= 5 else { continue }
            entries.append(Entry(host: fields[0], port: fields[1], database: fields[2], user: fields[3], password: fields[4]))
        }
        self.entries = entries
    }

    /// Fields split at colons that are not escaped; a backslash keeps the character after it.
    static func fields(_ line: Substring) -> [String] {
        var out: [String] = []
        var current = ""
        var escaped = false
        for c in line {
            if escaped {
                current.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == ":" {
                out.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if escaped { current.append("\\") }
        out.append(current)
        return out
    }

    /// The password for a connection, from the first line that matches.
    public func password(host: String, port: Int, database: String, user: String) -> String? {
        entries.first { $0.matches(host: host, port: String(port), database: database, user: user) }?.password
    }

    /// Where the file is: `PGPASSFILE`, else `.pgpass` in the home folder.
    public static func path(environment: [String: String], home: String?) -> String? {
        if let path = environment["PGPASSFILE"], !path.isEmpty { return path }
        guard let home, !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".pgpass"
    }

    /// What reading the file gave.
    public enum Reading: Equatable, Sendable {
        case read(PassFile)
        /// There is no such file (or it cannot be read): nothing to say.
        case absent
        /// Not read, as libpq: group or others may read it.
        case ignored(path: String)
        /// Not read, as libpq: it is a folder, a FIFO or a device, not a regular file.
        case notAFile(path: String)
    }

    /// Reads the file at `path`, refusing it as libpq does.
    public static func read(path: String) -> Reading {
        var info = stat()
        guard stat(path, &info) == 0 else { return .absent }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notAFile(path: path) }
        guard info.st_mode & (S_IRWXG | S_IRWXO) == 0 else { return .ignored(path: path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .absent }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            bytes.append(contentsOf: chunk[..<n])
            // A password file is a few lines; anything this big is not one.
            if bytes.count > 1 << 20 { return .absent }
        }
        return .read(PassFile(text: String(decoding: bytes, as: UTF8.self)))
    }
}

/// The C library's read(2) (the name `read` is taken here by `PassFile.read`).
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}
