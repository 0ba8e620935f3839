import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// The local copy `load()` keeps (docs/POSTGRES.md, "The local copy"): opening again reads
/// the copy and only what changed since; anything that makes it doubtful (another
/// database, a hand edit, a replacement, too far behind, a file or folder someone else
/// could have written) and the whole database is read from the server instead.
///
/// To see which was read, a test writes a copy, then changes an idea's title inside the
/// copy's bytes (still a valid copy): a load that shows that title read the copy.
@Suite struct LocalCopyTests {
    static let none = Credentials(password: nil)
    static let planted = "Title only the local copy holds"

    /// A database with the sample in it, a folder for copies, and the copy's place.
    static func setUp() throws -> (location: PostgresLocation, folder: String, copy: LocalCopy, db: Database) {
        let location = try TestCluster.get().newDatabase()
        let db = try Sample.database()
        _ = try PostgresStore.fill(location, credentials: none, with: db, replace: false, program: "test")
        let folder = try IdeaBinary.folder()
        return (location, folder, LocalCopy(folder: folder + "/copies", address: location.name), db)
    }

    static func load(_ location: PostgresLocation, _ copy: LocalCopy?) throws -> (Database, StoreStamp) {
        let store = try PostgresStore.open(location, credentials: none, localCopy: copy)
        defer { store.close() }
        return try store.load()
    }

    /// Writes a copy (by loading), then plants a title in it; returns the first idea's id.
    static func plantTitle(_ location: PostgresLocation, _ copy: LocalCopy) throws -> String {
        let (db, _) = try load(location, copy)
        let idea = try #require(db.ideas.first)
        var text = String(decoding: try #require(FileManager.default.contents(atPath: copy.path)), as: UTF8.self)
        let title = String(decoding: JSONWriter().write(.string(idea.title)).dropLast(), as: UTF8.self)
        let range = try #require(text.range(of: title))
        text.replaceSubrange(range, with: String(decoding: JSONWriter().write(.string(planted)).dropLast(), as: UTF8.self))
        // The halves' lengths are in the header: the first (the ideas are in it) grows.
        let bytes = Data(fixLengths(text, grownBy: planted.utf8.count - idea.title.utf8.count).utf8)
        try bytes.write(to: URL(fileURLWithPath: copy.path))
        chmod(copy.path, 0o600)
        return idea.id
    }

    /// The header's first half length grown by `delta` (the planted title is in the first half).
    static func fixLengths(_ text: String, grownBy delta: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"halves\"") }),
              index + 1 < lines.count,
              let first = Int(lines[index + 1].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))) else { return text }
        lines[index + 1] = lines[index + 1].replacingOccurrences(of: String(first), with: String(first + delta))
        // The header's own length (second line) grows by the digits added.
        let headerGrowth = String(first + delta).count - String(first).count
        if let length = Int(lines[1]) { lines[1] = String(length + headerGrowth) }
        return lines.joined(separator: "\n")
    }

    @Test func aCopyAtTheServersVersionIsReadAndOnlyOursMayRead() throws {
        let (location, folder, copy, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (first, stamp) = try Self.load(location, copy)
        #expect(first == db)
        var info = stat()
        #expect(stat(copy.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(copy.folder, &info) == 0 && info.st_mode & 0o777 == 0o700)

        let id = try Self.plantTitle(location, copy)
        let (again, againStamp) = try Self.load(location, copy)
        #expect(again.ideas.first { $0.id == id }?.title == Self.planted)
        #expect(againStamp == stamp)
        // Without a copy, the server's.
        #expect(try Self.load(location, nil).0 == db)
    }

    @Test func changesSinceTheCopyAreReadIn() throws {
        let (location, folder, copy, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try Self.plantTitle(location, copy)
        // Someone else commits a change to another idea.
        let other = try PostgresStore.open(location, credentials: Self.none)
        defer { other.close() }
        var next = db
        next.ideas[1].title = "Changed by someone else"
        #expect(try other.commit(StoreChange(from: db, to: next), on: 1) == 2)

        let (read, stamp) = try Self.load(location, copy)
        #expect(stamp.version == 2)
        #expect(read.ideas[1].title == "Changed by someone else")
        // The rest is the copy's (its planted title): only the change was read.
        #expect(read.ideas.first { $0.id == id }?.title == Self.planted)
    }

    @Test func aHandEditMovesTheVersionAndIsSeen() throws {
        let (location, folder, copy, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cluster = try TestCluster.get()
        let id = try Self.plantTitle(location, copy)
        try cluster.psql("UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', '\"Edited by hand\"') "
                         + "WHERE collection = 'ideas' AND id = '\(id)'", database: location.database)
        #expect(try cluster.psql("SELECT version FROM idea_tui.head", database: location.database) == "2")
        let (read, stamp) = try Self.load(location, copy)
        #expect(stamp.version == 2)
        #expect(read.ideas.first { $0.id == id }?.title == "Edited by hand")
        #expect(read == (try Self.load(location, nil).0))

        // A row deleted by hand: everyone reads everything again; the copy is written anew.
        let sponsor = try #require(read.sponsors.last?.id)
        try cluster.psql("DELETE FROM idea_tui.records WHERE collection = 'sponsors' AND id = '\(sponsor)'",
                         database: location.database)
        #expect(try cluster.psql("SELECT version, replaced_at FROM idea_tui.head", database: location.database) == "3|3")
        let (after, afterStamp) = try Self.load(location, copy)
        #expect(afterStamp.version == 3)
        #expect(!after.sponsors.contains { $0.id == sponsor })
        #expect(after == (try Self.load(location, nil).0))
    }

    /// A hand edit that gives its row a version ahead of the head's (as if it were a
    /// commit's), or empties the table at once (TRUNCATE, which row triggers do not see),
    /// still moves the version: neither a copy nor an open app may keep showing what the
    /// server no longer holds.
    @Test func aHandEditCannotSlipPastTheVersion() throws {
        let (location, folder, copy, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cluster = try TestCluster.get()
        let id = try Self.plantTitle(location, copy)
        for version in ["2", "1000"] {
            try cluster.psql("UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', '\"Version \(version)\"'), "
                             + "version = \(version) WHERE collection = 'ideas' AND id = '\(id)'", database: location.database)
            let (read, _) = try Self.load(location, copy)
            #expect(read.ideas.first { $0.id == id }?.title == "Version \(version)")
            let same = read == (try Self.load(location, nil).0)
            #expect(same)
        }
        // Emptied, the database has no festival and does not load, from the copy neither
        // (one written anew, at the version the server is at before the TRUNCATE).
        try FileManager.default.removeItem(atPath: copy.path)
        _ = try Self.plantTitle(location, copy)
        try cluster.psql("TRUNCATE idea_tui.records", database: location.database)
        #expect(throws: StoreError.self) { try Self.load(location, copy) }
    }

    @Test func aCopyOfAnotherDatabaseOrBeforeAReplacementIsNotUsed() throws {
        let (location, folder, copy, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cluster = try TestCluster.get()
        let id = try Self.plantTitle(location, copy)
        // Replaced by a copy of the same data (db copy --replace): the version moves on.
        _ = try PostgresStore.fill(location, credentials: Self.none, with: db, replace: true, program: "test")
        #expect(try Self.load(location, copy).0.ideas.first { $0.id == id }?.title != Self.planted)

        // Dropped and made again under the same name, brought to the copy's version (2,
        // replaced at 1) by one change by hand, with the same log: only which database it
        // is tells them apart.
        let id2 = try Self.plantTitle(location, copy)
        try cluster.psql("DROP DATABASE \(location.database) WITH (FORCE)", database: "postgres")
        try cluster.psql("CREATE DATABASE \(location.database)", database: "postgres")
        _ = try PostgresStore.fill(location, credentials: Self.none, with: db, replace: false, program: "test")
        try cluster.psql("UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', '\"Another database\"') "
                         + "WHERE collection = 'ideas' AND position = 1", database: location.database)
        #expect(try cluster.psql("SELECT version, replaced_at FROM idea_tui.head", database: location.database) == "2|1")
        let read = try Self.load(location, copy).0
        #expect(read.ideas[0].title == "Another database")
        #expect(read.ideas.first { $0.id == id2 }?.title != Self.planted)
    }

    /// Two servers made alike (a container made again from the same script, at the same
    /// address) give their databases and tables the same object ids; with the same
    /// version and log, only when idea-tui's schema was made tells their copies apart.
    /// Such a copy is made here from another database's, its ids put in.
    @Test func aCopyOfAnotherServerWhoseIdsCoincideIsNotUsed() throws {
        let (location, folder, copy, db) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cluster = try TestCluster.get()
        let id = try Self.plantTitle(location, copy)
        let other = try cluster.newDatabase()
        _ = try PostgresStore.fill(other, credentials: Self.none, with: db, replace: false, program: "test")
        let ids = { (name: String) throws -> String in
            try cluster.psql("SELECT (SELECT oid FROM pg_database WHERE datname = current_database()) || ',' || "
                             + "'idea_tui.head'::regclass::oid", database: name)
        }
        let (mine, theirs) = (try ids(location.database).split(separator: ","), try ids(other.database).split(separator: ","))
        let bytes = try #require(FileManager.default.contents(atPath: copy.path))
        var text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let length = try #require(Int(lines[1]))
        let header = String(decoding: Array(lines[2].utf8).prefix(length), as: UTF8.self)
        let rest = String(decoding: Array(lines[2].utf8).dropFirst(length), as: UTF8.self)
        let forged = header.replacingOccurrences(of: location.name, with: other.name)
            .replacingOccurrences(of: "\"database\": \(mine[0])", with: "\"database\": \(theirs[0])")
            .replacingOccurrences(of: "\"table\": \(mine[1])", with: "\"table\": \(theirs[1])")
        #expect(forged.contains("\"database\": \(theirs[0])") && forged.contains("\"table\": \(theirs[1])"))
        lines[1] = String(forged.utf8.count)
        lines[2] = forged + rest
        text = lines.joined(separator: "\n")
        let copyOfOther = LocalCopy(folder: copy.folder, address: other.name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: copyOfOther.path))
        chmod(copyOfOther.path, 0o600)
        let read = try Self.load(other, copyOfOther).0
        #expect(read.ideas.first { $0.id == id }?.title != Self.planted)
        let same = read == db
        #expect(same)
    }

    /// A writer killed between making its new copy and renaming it leaves the new file
    /// behind; the next write clears such files once they are old (a fresh one may be
    /// another process's, about to be renamed), and only those.
    @Test func temporaryFilesAKilledWriterLeftAreCleared() throws {
        let (location, folder, copy, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.load(location, copy)
        let old = [copy.path + ".k1x2.tmp", copy.folder + "/db-00000000000000ab.copy.zz9.tmp"]
        let kept = [copy.path + ".n3w.tmp", copy.folder + "/notes.tmp", copy.folder + "/db-00000000000000ab.copy"]
        for path in old + kept { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        let hourAgo = Date(timeIntervalSinceNow: -3600)
        for path in old + kept.dropFirst() {
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: path)
        }
        // Only a whole read writes the copy: this one is set aside first.
        try FileManager.default.removeItem(atPath: copy.path)
        _ = try Self.load(location, copy)
        #expect(FileManager.default.fileExists(atPath: copy.path))
        for path in old { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
        for path in kept { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    @Test func aCopyFarBehindIsReadAgainWhole() throws {
        let (location, folder, copy, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try Self.plantTitle(location, copy)
        // Every person touched by hand: one version each, more than the copy is brought up by.
        let cluster = try TestCluster.get()
        try cluster.psql("UPDATE idea_tui.records SET record = record WHERE collection = 'people'", database: location.database)
        let version = try #require(Int(try cluster.psql("SELECT version FROM idea_tui.head", database: location.database)))
        #expect(version > 1 + LocalCopy.mostBehind)
        let (read, stamp) = try Self.load(location, copy)
        #expect(stamp.version == version)
        #expect(read.ideas.first { $0.id == id }?.title != Self.planted)
        // And the copy was written anew at that version: a title planted now is read.
        _ = try Self.plantTitle(location, copy)
        #expect(try Self.load(location, copy).0.ideas.first { $0.id == id }?.title == Self.planted)
    }

    /// A copy or folder someone else could have written is not read (nor written).
    @Test(arguments: ["copy readable by others", "folder writable by others", "copy is a link", "copy is a FIFO",
                      "copy cut short", "copy of another address", "folder is a link"])
    func aCopyNotSurelyOursIsNotRead(_ case: String) throws {
        let (location, folder, copy, _) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let id = try Self.plantTitle(location, copy)
        var used = copy
        switch `case` {
        case "copy readable by others":
            chmod(copy.path, 0o644)
        case "folder writable by others":
            chmod(copy.folder, 0o777)
        case "copy is a link":
            try FileManager.default.moveItem(atPath: copy.path, toPath: folder + "/elsewhere")
            symlink(folder + "/elsewhere", copy.path)
        case "copy is a FIFO":
            try FileManager.default.removeItem(atPath: copy.path)
            mkfifo(copy.path, 0o600)
        case "copy cut short":
            let bytes = try #require(FileManager.default.contents(atPath: copy.path))
            try bytes.prefix(bytes.count - 10).write(to: URL(fileURLWithPath: copy.path))
        case "copy of another address":
            used = LocalCopy(folder: copy.folder, address: location.name + "x")
            try FileManager.default.moveItem(atPath: copy.path, toPath: used.path)
        default:
            try FileManager.default.moveItem(atPath: copy.folder, toPath: folder + "/real")
            symlink(folder + "/real", copy.folder)
            used = copy
        }
        let read = try Self.load(location, used).0
        #expect(read.ideas.first { $0.id == id }?.title != Self.planted)
        #expect(read == (try Self.load(location, nil).0))
    }

    @Test func whereCopiesAreKept() throws {
        let location = try PostgresLocation.parse("postgresql://kaunas@db.example.org/ideas", environment: [:],
                                                  loginName: "kaunas", socketFolder: "/tmp")
        #expect(LocalCopy.place(for: location, environment: [:], home: "/home/kaunas")?.folder == "/home/kaunas/.cache/idea-tui")
        #expect(LocalCopy.place(for: location, environment: ["XDG_CACHE_HOME": "/var/cache/k"], home: "/home/kaunas")?.folder
            == "/var/cache/k/idea-tui")
        // A relative XDG_CACHE_HOME is ignored, as the spec says.
        #expect(LocalCopy.place(for: location, environment: ["XDG_CACHE_HOME": "cache"], home: "/home/kaunas")?.folder
            == "/home/kaunas/.cache/idea-tui")
        #expect(LocalCopy.place(for: location, environment: ["IDEA_TUI_LOCAL_COPY": "off"], home: "/home/kaunas") == nil)
        #expect(LocalCopy.place(for: location, environment: [:], home: nil) == nil)
        // The address is in the copy, not in its name.
        let place = try #require(LocalCopy.place(for: location, environment: [:], home: "/home/kaunas"))
        #expect(!place.path.contains("example"))
        #expect(place.address == location.name)
    }
}
