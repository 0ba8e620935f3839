/// Where the database is kept: the JSON file (`DatabaseFile`, the embedded default) or a
/// database server (the IdeaPostgres target). `EditSession` makes every change through
/// this, so both keep the same rules: a change is made on the version it was read from,
/// and when someone else saved first it is made again on top of theirs (or is a conflict).
public protocol DatabaseStore: Sendable {
    /// What messages call the store: a path, or an address without its password.
    var name: String { get }

    /// The whole database and the version it is at.
    func load() throws(StoreError) -> (Database, StoreStamp)

    /// What the store holds now when it is no longer the version `expected`; nil when it
    /// still is. `known` is the database at `expected`: a store may read only what changed
    /// since and apply it to that.
    func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)?

    /// Keeps other idea-tui sessions from saving while this one looks at the store and
    /// saves one change; released when the change is saved or given up. It is about
    /// progress only: `save` still refuses a version that is not the expected one.
    func holdForChange() throws(StoreError) -> any StoreHold

    /// Saves `next`, made from `base` (what the store held at `expected`), but only when
    /// the store still holds `expected`: otherwise throws `.changedOnDisk` and writes
    /// nothing. All of it or nothing is saved. `saving` keeps what an earlier save
    /// encoded, for a store that can reuse it. Returns the new version's stamp.
    func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp

    /// Tells an open app when others may have saved (`polling`: look now and then
    /// instead of being told, where being told does not work). `now`: milliseconds.
    func watch(polling: Bool, now: Int) -> any StoreWatch

    /// Makes ahead what the next save of `size` bytes needs and keeps it in `saving` (a
    /// file: `SpareFile`); a store that needs nothing does nothing.
    func keepSpare(in saving: SaveCache, size: Int)
}

extension DatabaseStore {
    public func keepSpare(in saving: SaveCache, size: Int) {}
}

/// Asked between keys whether the store may have changed; never waits.
public protocol StoreWatch: AnyObject {
    func check(now: Int) -> Bool
    /// What became of the connection to a database server since last asked (nil: nothing
    /// new), for the app to say; a file has no connection to lose.
    func news() -> StoreNews?
}

extension StoreWatch {
    public func news() -> StoreNews? { nil }
}

/// The connection to a database server, as an open app tells it.
public enum StoreNews: Equatable, Sendable {
    /// Lost: changes cannot be saved until it is back (the location's name).
    case lost(String)
    /// Made again; others' changes of the meantime are being read.
    case back(String)
}

/// What `DatabaseStore.holdForChange` holds.
public protocol StoreHold {
    func release()
}

/// One version of the database as a store holds it: enough to notice any later change.
/// For a file, the size and a hash of its bytes; for a database server, the number of
/// its last committed change (`version`).
public struct StoreStamp: Equatable, Sendable {
    public var size: Int
    public var hash: UInt64
    /// The file as it looked when it held these bytes, when that alone tells later that
    /// it still does (see DatabaseFile+Look.swift); not part of what the stamp is.
    public var seen: FileIdentity?

    public init(size: Int, hash: UInt64, seen: FileIdentity? = nil) {
        self.size = size
        self.hash = hash
        self.seen = seen
    }

    /// A database server's version: the number of its last committed change.
    public init(version: Int64) {
        self.init(size: 0, hash: UInt64(bitPattern: version))
    }

    /// The version number of a database server's stamp (see `init(version:)`).
    public var version: Int64 { Int64(bitPattern: hash) }

    public static func == (a: StoreStamp, b: StoreStamp) -> Bool { a.size == b.size && a.hash == b.hash }
}
