import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// libpq's password file and where a password comes from, without a server.
@Suite struct PassFileTests {
    @Test func fieldsWildcardsAndEscapes() {
        let file = PassFile(text: """
        # a comment line
        db.example.org:5432:ideas:kaunas:first
        db.example.org:5432:ideas:kaunas:second
        *:*:labs:*:any\\:thing\\\\
        host\\:with\\:colons:6000:*:mentor:pw:tail
        short:line
        localhost:5433:*:urte:on socket\r

        """)
        #expect(file.entries.count == 5)
        // The first line that matches wins.
        #expect(file.password(host: "db.example.org", port: 5432, database: "ideas", user: "kaunas") == "first")
        #expect(file.password(host: "db.example.org", port: 5433, database: "ideas", user: "kaunas") == nil)
        // `*` matches anything; `\:` and `\\` are a colon and a backslash.
        #expect(file.password(host: "anywhere", port: 1, database: "labs", user: "who") == "any:thing\\")
        // A password ends at the next unescaped colon.
        #expect(file.password(host: "host:with:colons", port: 6000, database: "x", user: "mentor") == "pw")
        #expect(file.password(host: "localhost", port: 5433, database: "ideas", user: "urte") == "on socket")
    }

    @Test func pathFromPGPASSFILEElseHome() {
        #expect(PassFile.path(environment: ["PGPASSFILE": "/etc/idea/pgpass"], home: "/home/u") == "/etc/idea/pgpass")
        #expect(PassFile.path(environment: [:], home: "/home/u") == "/home/u/.pgpass")
        #expect(PassFile.path(environment: [:], home: "/home/u/") == "/home/u/.pgpass")
        #expect(PassFile.path(environment: [:], home: nil) == nil)
    }

    @Test func passwordOrderAddressThenEnvironmentThenFile() throws {
        let file = PassFile(entries: [PassFile.Entry(host: "localhost", port: "5432", database: "*", user: "urte", password: "from-file")])
        let read: (String) -> PassFile.Reading = { _ in .read(file) }
        let socket = try LocationTests.parse("postgresql:///ideas")
        #expect(Credentials.find(for: socket, environment: [:], home: "/h", readFile: read).password == "from-file")
        #expect(Credentials.find(for: socket, environment: ["PGPASSWORD": "from-env"], home: "/h", readFile: read).password == "from-env")
        let inURL = try LocationTests.parse("postgresql://urte:from-url@/ideas")
        #expect(Credentials.find(for: inURL, environment: ["PGPASSWORD": "from-env"], home: "/h", readFile: read).password == "from-url")
        // An empty password in the address is no password, as in libpq.
        let empty = try LocationTests.parse("postgresql://urte:@/ideas")
        #expect(Credentials.find(for: empty, environment: [:], home: "/h", readFile: read).password == "from-file")
        // A TCP host is matched by its name, not as localhost.
        let tcp = try LocationTests.parse("postgresql://db/ideas")
        #expect(Credentials.find(for: tcp, environment: [:], home: "/h", readFile: read).password == nil)
    }

    @Test func fileReadableByOthersIsNotRead() throws {
        let dir = NSTemporaryDirectory() + "idea-tui-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/pgpass"
        try Data("*:*:*:*:secret\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        #expect(PassFile.read(path: path) == .read(PassFile(entries: [PassFile.Entry(host: "*", port: "*", database: "*", user: "*", password: "secret")])))
        chmod(path, 0o640)
        #expect(PassFile.read(path: path) == .ignored(path: path))
        chmod(path, 0o604)
        #expect(PassFile.read(path: path) == .ignored(path: path))
        #expect(PassFile.read(path: dir + "/none") == .absent)
        // A folder or a FIFO is not a password file (and is never opened), whatever its mode.
        #expect(PassFile.read(path: dir) == .notAFile(path: dir))
        #expect(mkfifo(dir + "/fifo", 0o600) == 0)
        #expect(PassFile.read(path: dir + "/fifo") == .notAFile(path: dir + "/fifo"))
        let location0 = try LocationTests.parse("postgresql:///ideas")
        #expect(Credentials.find(for: location0, environment: ["PGPASSFILE": dir], home: nil)
            == Credentials(password: nil, ignoredPassFile: dir, passFileIsNotAFile: true))

        let location = try LocationTests.parse("postgresql:///ideas")
        let found = Credentials.find(for: location, environment: ["PGPASSFILE": path], home: nil)
        #expect(found == Credentials(password: nil, ignoredPassFile: path))
        chmod(path, 0o600)
        #expect(Credentials.find(for: location, environment: ["PGPASSFILE": path], home: nil) == Credentials(password: "secret"))
    }
}
