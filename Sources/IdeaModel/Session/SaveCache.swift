#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The encoder a session saves with (`DatabaseEncoder`: the bytes of every record as last
/// written, so a save encodes only what changed). Shared by the session's copies: a save
/// made on a copy off the key loop, and the warm-up made on another thread after opening
/// (`EditSession.prepareSaving`), serve the session they come back to. What it holds never
/// decides what is written, so it is no part of the session's value.
public final class SaveCache: Sendable, Equatable {
    private let encoder = Mutex(DatabaseEncoder())
    /// The file the next save writes into, made ahead (see `SpareFile`).
    private let spare = Mutex<SpareFile?>(nil)
    /// Versions before last that a save set aside instead of removing (DatabaseFile.save).
    private let aside = Mutex<[String]>([])

    public init() {}

    deinit { removeAside() }

    /// The file's bytes for `db`; one encoding at a time (a save waits for the warm-up).
    func encode(_ db: Database) -> [UInt8] { encoder.withLock { $0.encode(db) } }

    /// Encodes `db` and makes the buffer for the next output: the warm-up. Returns the
    /// size of `db`'s bytes.
    @discardableResult
    func prepare(_ db: Database) -> Int {
        encoder.withLock { encoder in
            let size = encoder.encode(db).count
            encoder.prepareNext()
            return size
        }
    }

    /// The spare file, for one save: nobody else gets it.
    func takeSpare() -> SpareFile? { spare.withLock { $0.take() } }

    /// A file a save set aside, removed with the next spare's making (or when the session ends).
    func removeLater(_ path: String) { aside.withLock { $0.append(path) } }

    func removeAside() {
        for path in aside.withLock({ list in defer { list = [] }; return list }) { unlink(path) }
    }

    /// Removes what saves set aside, then makes a spare file with `make` when none is kept
    /// (outside the lock: a save meanwhile goes on without one), and keeps it.
    func keepSpare(_ make: () -> SpareFile?) {
        removeAside()
        guard spare.withLock({ $0 == nil }), let made = make() else { return }
        spare.withLock { kept in
            if kept == nil { kept = made }
        }
    }

    public static func == (a: SaveCache, b: SaveCache) -> Bool { true }
}
