import ArgumentParser
import Foundation
import IdeaModel
import IdeaPostgres
import IdeaUI

/// `--db PATH` and `--lang`, shared by every subcommand that reads the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database: a file, or a PostgreSQL address postgresql://USER@HOST:PORT/DBNAME "
                                            + "(default: $IDEAS_DB, else ./ideas.db.json).", valueName: "path|url"))
    var db: String?

    @OptionGroup var language: LanguageOption

    /// Every word of the chosen language.
    var strings: Strings { language.strings }

    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["IDEAS_DB"], !env.isEmpty { return env }
        return "ideas.db.json"
    }

    /// The database as messages name it: a PostgreSQL address without its password.
    var shownPath: String {
        guard PostgresLocation.isAddress(path) else { return path }
        return (try? ServerAddress.location(path))?.name ?? PostgresLocation.hidingPassword(path)
    }

    /// The database file: a symbolic link resolved once, here; a lock another program
    /// holds waited for as `IDEA_TUI_LOCK_WAIT` says (seconds, default 10), saying who
    /// holds it on stderr while waiting.
    var file: DatabaseFile {
        var file = DatabaseFile(path: path, probe: Self.killProbe())
        let name = file.name, words = strings
        file.locking = DatabaseOptions.locking(environment: ProcessInfo.processInfo.environment) { holder in
            let line = words.cli.waitingForLock(words.model.lockHolder(holder), name)
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        return file
    }

    /// In debug builds, `IDEA_TUI_TEST_KILL_AT=STEP` kills the process with SIGKILL at that
    /// step of a save (`DatabaseFile.SavePoint`; tests: a save killed half way changes nothing).
    private static func killProbe() -> (@Sendable (DatabaseFile.SavePoint) -> Void)? {
        #if DEBUG
        guard let raw = getenv("IDEA_TUI_TEST_KILL_AT"), let step = DatabaseFile.SavePoint(rawValue: String(cString: raw)) else {
            return nil
        }
        return { reached in if reached == step { kill(getpid(), SIGKILL) } }
        #else
        return nil
        #endif
    }

    /// The lock waiting the environment asks for.
    static func locking(environment: [String: String], waiting: @escaping @Sendable (LockHolder?) -> Void) -> LockWaiting {
        let seconds = environment["IDEA_TUI_LOCK_WAIT"].flatMap(Int.init).map { max(0, min($0, 3600)) }
        return LockWaiting(timeoutMilliseconds: (seconds ?? LockWaiting.defaultTimeoutMilliseconds / 1000) * 1000,
                           waiting: waiting)
    }

    /// Where the database is kept: a PostgreSQL database when `path` is an address
    /// (connected once per process, see `ServerStores`), else the file at `path`.
    var store: any DatabaseStore {
        get throws {
            guard PostgresLocation.isAddress(path) else { return file }
            do {
                // Waiting for another session's change to be committed: said on stderr, as
                // for a file's lock (the app says it on its status line instead).
                let words = strings
                return try ServerStores.open(path) { store in
                    let name = store.name
                    store.waitForTurn(PostgresStore.HoldWaiting(waiting: { holder in
                        let line = words.cli.waitingForLock(words.model.lockHolder(holder), name)
                        FileHandle.standardError.write(Data((line + "\n").utf8))
                    }))
                }
            } catch {
                throw Failure(error, strings)
            }
        }
    }

    /// Loads the database, or prints why not and exits with the matching code.
    func load() throws -> (Database, StoreStamp) {
        let (db, stamp, _) = try open()
        return (db, stamp)
    }

    /// Loads the database and keeps the store it came from, to save it there.
    func open() throws -> (Database, StoreStamp, any DatabaseStore) {
        let store = try self.store
        if let (db, stamp) = LoadedDatabase.take(for: store) { return (db, stamp, store) }
        do {
            let (db, stamp) = try store.load()
            return (db, stamp, store)
        } catch {
            throw Failure(error, strings)
        }
    }
}
