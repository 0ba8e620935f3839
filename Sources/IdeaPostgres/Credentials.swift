#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The password for a location, found where libpq looks, in its order: the address
/// itself, then `PGPASSWORD`, then the password file. Also remembers a password file it
/// did not read (group or others may read it), so a refusal can say why no password was sent.
public struct Credentials: Equatable, Sendable {
    public var password: String?
    /// A password file that was there but not read, for the message when one is missing.
    public var ignoredPassFile: String?
    /// It was not read because it is not a regular file (else: others may read it).
    public var passFileIsNotAFile = false

    public init(password: String?, ignoredPassFile: String? = nil, passFileIsNotAFile: Bool = false) {
        self.password = password
        self.ignoredPassFile = ignoredPassFile
        self.passFileIsNotAFile = passFileIsNotAFile
    }

    /// `readFile` reads a password file (tests give their own).
    public static func find(for location: PostgresLocation, environment: [String: String], home: String?,
                            readFile: (String) -> PassFile.Reading = PassFile.read(path:)) -> Credentials {
        if let password = location.password, !password.isEmpty { return Credentials(password: password) }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return Credentials(password: password) }
        guard let path = PassFile.path(environment: environment, home: home) else { return Credentials(password: nil) }
        switch readFile(path) {
        case .read(let file):
            return Credentials(password: file.password(host: location.passFileHost, port: location.port,
                                                       database: location.database, user: location.user))
        case .absent:
            return Credentials(password: nil)
        case .ignored(let path):
            return Credentials(password: nil, ignoredPassFile: path)
        case .notAFile(let path):
            return Credentials(password: nil, ignoredPassFile: path, passFileIsNotAFile: true)
        }
    }
}

/// What this process knows of its user, as libpq asks it: the login name and home folder
/// of the effective user (the password database), with $HOME first for the home.
public enum LocalUser {
    public static func loginName() -> String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }

    public static func home(environment: [String: String]) -> String? {
        if let home = environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(geteuid()), let dir = entry.pointee.pw_dir else { return nil }
        return String(cString: dir)
    }

    /// The home folder of this process ($HOME, else the password database's).
    public static func processHome() -> String? {
        var environment: [String: String] = [:]
        if let home = getenv("HOME") { environment["HOME"] = String(cString: home) }
        return home(environment: environment)
    }

    /// Where the server's socket is when no host is given: Debian's folder when it is
    /// there (its libpq is built so), else /tmp, where PostgreSQL's own builds put it.
    public static func defaultSocketFolder() -> String {
        var info = stat()
        if stat("/var/run/postgresql", &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return "/var/run/postgresql" }
        return "/tmp"
    }
}
