#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel

/// PostgreSQL as the store an `EditSession` saves through, with the file's rules: a change
/// is committed only on the version it was made on (the head row, locked in the commit's
/// transaction, is the version), else the session makes it again on top of what changed.
/// A lost connection is made again when the store is next used.
extension PostgresStore: DatabaseStore {
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func load() throws(StoreError) -> (Database, StoreStamp) {
        do {
            try reconnect()
            let (database, version) = try snapshot()
            return (database, StoreStamp(version: Int64(version)))
        } catch {
            throw .server(error)
        }
    }

    /// One row read when nothing changed (as before every change); else only the rows
    /// written since, applied to `known`.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)? {
        do throws(DatabaseServerError) {
            try reconnect()
            let base = Int(expected.version)
            guard try version() != base else { return nil }
            switch try changes(since: base) {
            case .reload:
                let (database, version) = try snapshot()
                return (database, StoreStamp(version: Int64(version)))
            case .changes(let changes):
                guard changes.version != base else { return nil }
                do {
                    return (try RecordRows(known).applying(changes).database(), StoreStamp(version: Int64(changes.version)))
                } catch {
                    throw .invalid(location: name, error)
                }
            }
        } catch {
            throw .server(error)
        }
    }

    /// Nothing to hold: the commit's transaction locks the head row, so two commits never
    /// interleave, and one made on an older version is refused.
    public func holdForChange() throws(StoreError) -> any StoreHold { NothingHeld() }

    @available(*, noasync, message: "blocks the calling thread until the server answers")
    public func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp {
        let change = StoreChange(from: base, to: next)
        do {
            try reconnect()
            return StoreStamp(version: Int64(try commit(change, on: Int(expected.version))))
        } catch {
            switch error {
            case .versionMoved: throw .changedOnDisk(path: name)
            case .commitUnknown:
                let version: Int?
                do {
                    version = try outcome(of: change)
                } catch {
                    throw .server(error)
                }
                // Not there: nothing of it was committed.
                guard let version else { throw .server(.lost(location: name)) }
                return StoreStamp(version: Int64(version))
            default: throw .server(error)
            }
        }
    }

    public func watch(polling: Bool, now: Int) -> any StoreWatch {
        PostgresWatch(location: connection.location, credentials: credentials)
    }

    /// Whether a change whose COMMIT got no answer was committed: the version that wrote
    /// its first log entry, or nil when the entry is not there (so nothing of it is).
    /// Waits up to a few seconds for the server to take connections again; throws
    /// `commitUnknown` when it does not.
    @available(*, noasync, message: "blocks the calling thread until the server answers")
    func outcome(of change: StoreChange) throws(DatabaseServerError) -> Int? {
        guard let id = change.logAppended.first?.recordID else { throw .commitUnknown(location: name) }
        for pause in [0, 200, 500, 1000, 2000] {
            if pause > 0 { usleep(UInt32(pause) * 1000) }
            do {
                let connection = try reconnect()
                return try connection.value("SELECT version FROM idea_tui.log WHERE id = \(id)", as: Int.self)
            } catch {
                switch error {
                case .unavailable, .lost: continue
                default: throw error
                }
            }
        }
        throw .commitUnknown(location: name)
    }
}

/// The hold of a store that needs none.
public struct NothingHeld: StoreHold {
    public init() {}
    public func release() {}
}
