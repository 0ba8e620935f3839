import Synchronization
import Testing
@testable import IdeaModel

/// A store kept in memory, numbered by version as a database server's is: what
/// `EditSession` needs of a store, and nothing of the file's. It checks what the session
/// tells it (the database it says it knows at a version is the one the store held then).
final class MemoryStore: DatabaseStore {
    struct State {
        var versions: [Database]
        var holds = 0
        var released = 0
        var wrongKnown = 0
    }
    let state: Mutex<State>

    init(_ db: Database) { state = Mutex(State(versions: [db])) }

    var name: String { "memory" }
    var current: Database { state.withLock { $0.versions[$0.versions.count - 1] } }
    var version: Int64 { state.withLock { Int64($0.versions.count - 1) } }
    var counts: State { state.withLock { $0 } }

    func load() throws(StoreError) -> (Database, StoreStamp) {
        state.withLock { ($0.versions[$0.versions.count - 1], StoreStamp(version: Int64($0.versions.count - 1))) }
    }

    func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)? {
        state.withLock { s in
            let at = Int(expected.version)
            if at >= 0, at < s.versions.count, s.versions[at] != known { s.wrongKnown += 1 }
            let last = s.versions.count - 1
            return at == last ? nil : (s.versions[last], StoreStamp(version: Int64(last)))
        }
    }

    struct Hold: StoreHold {
        let store: MemoryStore
        func release() { store.state.withLock { $0.released += 1 } }
    }

    func holdForChange() throws(StoreError) -> any StoreHold {
        state.withLock { $0.holds += 1 }
        return Hold(store: self)
    }

    func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp {
        try state.withLock { (s: inout State) throws(StoreError) -> StoreStamp in
            guard Int(expected.version) == s.versions.count - 1 else { throw .changedOnDisk(path: "memory") }
            if s.versions[s.versions.count - 1] != base { s.wrongKnown += 1 }
            s.versions.append(next)
            return StoreStamp(version: Int64(s.versions.count - 1))
        }
    }

    /// Says "maybe changed" when the version moved since the last look.
    final class Watch: StoreWatch {
        let store: MemoryStore
        var seen: Int64
        init(_ store: MemoryStore) { self.store = store; seen = store.version }
        func check(now: Int) -> Bool {
            defer { seen = store.version }
            return store.version != seen
        }
    }

    func watch(polling: Bool, now: Int) -> any StoreWatch { Watch(self) }

    /// Someone else's change, made on the latest version.
    func other(_ command: Command, actor: String = "person-0006") throws {
        var db = current
        try db.apply(command, context: Fx.context(on: Fx.today, actor: actor, hour: 11))
        state.withLock { $0.versions.append(db) }
    }
}

/// EditSession through a store that is not a file: every rule of changing the database
/// (made on the version read, made again on top of others' changes, conflicts, undo) is
/// the session's, not the file's.
@Suite struct StoreProtocolTests {
    @Test func aChangeIsSavedAsTheStoresNextVersion() throws {
        let store = MemoryStore(Fx.base())
        var session = try EditSession.open(store)
        guard case .saved = try session.apply(.addIdea(Fx.draft()), context: Fx.ctx, store: store) else {
            Issue.record("not saved")
            return
        }
        #expect(store.version == 1 && session.stamp == StoreStamp(version: 1))
        #expect(store.current == session.database)
        #expect(store.counts.holds == 1 && store.counts.released == 1)
    }

    @Test func aChangeAfterSomeoneElsesIsMadeOnTopOfTheirs() throws {
        let store = MemoryStore(Fx.base())
        var session = try EditSession.open(store)
        try store.other(.addIdea(Fx.draft("Jų idėja")))
        guard case .saved(let saved) = try session.apply(.addIdea(Fx.draft("Mūsų idėja")), context: Fx.ctx, store: store) else {
            Issue.record("not saved")
            return
        }
        #expect(saved.merged && saved.others.count == 1)
        #expect(store.current.ideas.map(\.title).suffix(2) == ["Jų idėja", "Mūsų idėja"])
        #expect(store.version == 2 && store.counts.wrongKnown == 0)
    }

    @Test func bothEditingOneFieldIsAConflictAndTheStoreKeepsTheirs() throws {
        let store = MemoryStore(Fx.base())
        var session = try EditSession.open(store)
        _ = try session.apply(.addIdea(Fx.draft()), context: Fx.ctx, store: store)
        try store.other(.editIdea(ideaId: "idea-0001", Fx.draft("Jų pavadinimas")))
        let theirs = store.current
        guard case .conflict(let conflict) = try session.apply(.editIdea(ideaId: "idea-0001", Fx.draft("Mūsų pavadinimas")),
                                                               context: Fx.ctx, store: store) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(store.current == theirs)
        _ = try session.keepOurs(conflict, context: Fx.ctx, store: store)
        #expect(store.current.ideas.first { $0.id == "idea-0001" }?.title == "Mūsų pavadinimas")
        #expect(store.counts.holds == store.counts.released && store.counts.wrongKnown == 0)
    }

    @Test func undoAndReloadGoThroughTheStore() throws {
        let store = MemoryStore(Fx.base())
        var session = try EditSession.open(store)
        let before = store.current.records
        _ = try session.apply(.addIdea(Fx.draft()), context: Fx.ctx, store: store)
        _ = try session.undo(context: Fx.ctx, store: store)
        #expect(store.current.records == before && store.version == 2)
        let watch = store.watch(polling: false, now: 0)
        #expect(try session.reloadIfChanged(store) == nil && !watch.check(now: 1))
        try store.other(.addIdea(Fx.draft("Jų idėja")))
        #expect(watch.check(now: 2))
        #expect(try session.reloadIfChanged(store) != nil)
        #expect(session.database == store.current && store.counts.wrongKnown == 0)
    }
}
