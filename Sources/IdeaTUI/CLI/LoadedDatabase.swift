import IdeaModel
import Synchronization

/// A database this process has loaded already, handed to the next command that opens
/// the same store, once: `ssh-session` loads it to find the key's person, and the remote
/// command it then runs would otherwise load it again. A change made from it is checked
/// against the store as usual (its stamp says what was read), so nothing is missed if
/// someone saved in between.
enum LoadedDatabase {
    private static let kept = Mutex<(name: String, database: Database, stamp: StoreStamp)?>(nil)

    static func keep(_ database: Database, stamp: StoreStamp, of store: any DatabaseStore) {
        kept.withLock { $0 = (store.name, database, stamp) }
    }

    /// The kept database when it is of `store`; it is given once.
    static func take(for store: any DatabaseStore) -> (Database, StoreStamp)? {
        kept.withLock { kept in
            guard let held = kept, held.name == store.name else { return nil }
            kept = nil
            return (held.database, held.stamp)
        }
    }
}
