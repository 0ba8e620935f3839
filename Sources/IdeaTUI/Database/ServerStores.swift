#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IdeaModel
import IdeaPostgres
import Synchronization

/// The PostgreSQL stores this process opened, one per address: a command that loads and
/// then saves (and ssh-session, then the app) keeps one connection.
enum ServerStores {
    private static let opened = Mutex<[String: PostgresStore]>([:])

    /// `made` is called once, with the store, when this process first opens the address
    /// (so what it sets is not undone by a later open of the same store).
    static func open(_ address: String, made: (PostgresStore) -> Void = { _ in }) throws(DatabaseServerError) -> PostgresStore {
        if let store = opened.withLock({ $0[address] }) { return store }
        let location = try ServerAddress.location(address)
        let store = try PostgresStore.open(location, credentials: ServerAddress.credentials(for: location),
                                           localCopy: ServerAddress.localCopy(for: location))
        probe(store)
        made(store)
        opened.withLock { $0[address] = store }
        return store
    }

    /// In debug builds, `IDEA_TUI_TEST_KILL_AT=STEP` kills the process with SIGKILL at that
    /// step of a commit (tests: a client killed in a transaction leaves nothing half-done).
    private static func probe(_ store: PostgresStore) {
        #if DEBUG
        guard let raw = getenv("IDEA_TUI_TEST_KILL_AT"),
              let step = PostgresStore.CommitStep(rawValue: String(cString: raw)) else { return }
        store.probeCommits { (reached: PostgresStore.CommitStep) throws(DatabaseServerError) in
            if reached == step { kill(getpid(), SIGKILL) }
        }
        #endif
    }
}
