import Synchronization

/// The encoder a session saves with (`DatabaseEncoder`: the bytes of every record as last
/// written, so a save encodes only what changed). Shared by the session's copies: a save
/// made on a copy off the key loop, and the warm-up made on another thread after opening
/// (`EditSession.prepareSaving`), serve the session they come back to. What it holds never
/// decides what is written, so it is no part of the session's value.
public final class SaveCache: Sendable, Equatable {
    private let encoder = Mutex(DatabaseEncoder())

    public init() {}

    /// The file's bytes for `db`; one encoding at a time (a save waits for the warm-up).
    func encode(_ db: Database) -> [UInt8] { encoder.withLock { $0.encode(db) } }

    /// Encodes `db` and makes the buffer for the next output: the warm-up.
    func prepare(_ db: Database) {
        encoder.withLock { encoder in
            _ = encoder.encode(db)
            encoder.prepareNext()
        }
    }

    public static func == (a: SaveCache, b: SaveCache) -> Bool { true }
}
