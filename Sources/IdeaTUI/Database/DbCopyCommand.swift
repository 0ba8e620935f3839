import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import IdeaModel
import IdeaPostgres
import IdeaUI

/// `idea-tui db copy FROM TO`: a whole database from a file into PostgreSQL, out of it into
/// a file, or from one PostgreSQL database into another. A file idea-tui wrote comes back
/// out of PostgreSQL as the same bytes. Writing a file is a save (atomic, the previous
/// version kept as .bak); writing a database is one transaction. Either refuses a target
/// that already holds data unless --replace.
struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a database between a file and PostgreSQL, either way (FROM and TO: a path or a postgresql:// address)."
    )

    @Argument(help: ArgumentHelp("Where the database is now: a file or postgresql://…", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where to copy it: a file or postgresql://…", valueName: "to"))
    var to: String

    @Flag(name: .long, help: "Replace what TO holds (a database: in the same transaction; a file: its previous version kept as .bak).")
    var replace = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        try reporting {
            let words = language.strings
            guard PostgresLocation.isAddress(from) || PostgresLocation.isAddress(to) else {
                throw Failure(words.server.twoFiles, code: ExitCodes.usage)
            }
            let source = try read(words)
            if PostgresLocation.isAddress(to) {
                try writeDatabase(source, words)
            } else {
                try writeFile(source, words)
            }
        }
    }

    /// The database FROM holds, and what messages call FROM.
    private func read(_ words: Strings) throws -> (db: Database, name: String) {
        guard PostgresLocation.isAddress(from) else {
            let file = DatabaseFile(path: from)
            do {
                return (try file.load().0, file.name)
            } catch {
                throw Failure(error, words)
            }
        }
        let location: PostgresLocation
        do {
            location = try ServerAddress.location(from)
        } catch {
            throw Failure(error, words)
        }
        if PostgresLocation.isAddress(to), let target = try? ServerAddress.location(to), target.name == location.name {
            throw Failure(words.server.sameDatabase(location.name), code: ExitCodes.usage)
        }
        do throws(DatabaseServerError) {
            let store = try PostgresStore.open(location, credentials: ServerAddress.credentials(for: location))
            defer { store.close() }
            return (try store.snapshot().database, location.name)
        } catch {
            throw Failure(error, words)
        }
    }

    private func writeDatabase(_ source: (db: Database, name: String), _ words: Strings) throws {
        do throws(DatabaseServerError) {
            let location = try ServerAddress.location(to)
            let report = try PostgresStore.fill(location, credentials: ServerAddress.credentials(for: location), with: source.db,
                                                replace: replace, program: ServerAddress.program, probe: Self.testProbe())
            if report.createdSchema { say(words.server.created(location.name, Schema.version)) }
            if let old = report.replaced { say(words.server.replaced(location.name, old.ideas, old.records + old.logEntries)) }
            say(words.server.copied(source.name, location.name, source.db, report.version))
        } catch {
            throw Failure(error, words)
        }
    }

    private func writeFile(_ source: (db: Database, name: String), _ words: Strings) throws {
        let file = DatabaseFile(path: to)
        // A file already there is replaced only when asked, and only when it loads: one that
        // does not is never written over (as with every other command).
        var expected: DatabaseFile.Stamp?
        do {
            _ = try file.readBytes()
            guard replace else { throw Failure(words.server.fileThere(file.name), code: ExitCodes.ioError) }
            expected = try file.load().1
        } catch StoreError.missing {
            expected = nil
        } catch let error as StoreError {
            throw Failure(error, words)
        }
        do {
            try file.save(source.db, expected: expected)
        } catch {
            throw Failure(error, words)
        }
        say(words.server.copied(source.name, file.name, source.db, nil))
    }

    /// In debug builds, `IDEA_TUI_TEST_PG_KILL_AT=STEP` kills the process with SIGKILL at
    /// that step of filling a database (tests: a copy killed half way changes nothing).
    private static func testProbe() -> ((PostgresStore.FillStep) throws(DatabaseServerError) -> Void)? {
        #if DEBUG
        guard let raw = getenv("IDEA_TUI_TEST_PG_KILL_AT"), let step = PostgresStore.FillStep(rawValue: String(cString: raw)) else {
            return nil
        }
        return { (reached: PostgresStore.FillStep) throws(DatabaseServerError) in
            if reached == step { kill(getpid(), SIGKILL) }
        }
        #else
        return nil
        #endif
    }
}
