import Foundation
import IdeaModel
import IdeaPostgres
import Synchronization
import Testing

/// The store's operations for a live session, against a real server: the version, a
/// commit (refused on an old version), what changed since a version, and the
/// notification a commit sends.
@Suite struct StoreTests {
    static let none = Credentials(password: nil)

    /// A database in PostgreSQL at version 1, and a store open on it.
    static func filled(_ db: Database) throws -> (PostgresStore, PostgresLocation) {
        let location = try TestCluster.get().newDatabase()
        _ = try PostgresStore.fill(location, credentials: none, with: db, replace: false, program: "test")
        return (try PostgresStore.open(location, credentials: none), location)
    }

    /// A change touching every kind of write: a field changed in place, a record changed and
    /// moved, one added in the middle, a log entry appended and another's idea link cleared.
    /// (A record moved but not changed is no change: Patch.diff compares records by id.)
    static func changed(_ db: Database) -> Database {
        var next = db
        next.ideas[0].title = "Kiemo kinas Šančiuose"
        var venue = next.venues.removeLast()
        venue.name += " (atnaujinta)"
        next.venues.insert(venue, at: 0)
        var sponsor = next.sponsors[0]
        sponsor.id = "sponsor-9001"
        sponsor.name = "UAB Naujas rėmėjas"
        sponsor.pledges = []
        next.sponsors.insert(sponsor, at: 1)
        var entry = next.log[next.log.count - 1]
        entry.id = "log-900001"
        entry.summary = "a change made through PostgreSQL"
        next.log.append(entry)
        if let linked = next.log.firstIndex(where: { $0.ideaId != nil }) { next.log[linked].ideaId = nil }
        next.festival.title = "100 per 1 dieną"
        return next
    }

    /// The lists in which two databases differ, with their ids in order: a failure says
    /// where, not only that.
    static func differing(_ a: Database, _ b: Database) -> [String] {
        let ra = RecordRows(a), rb = RecordRows(b)
        var out: [String] = []
        for collection in SessionCollection.allCases {
            let la = collection == .log ? ra.log : ra.records[collection] ?? []
            let lb = collection == .log ? rb.log : rb.records[collection] ?? []
            if la != lb {
                func ids(_ list: [JSONValue]) -> String {
                    list.map { value -> String in
                        if case .object(let f) = value, case .string(let id)? = f["id"] { return id }
                        return "?"
                    }.joined(separator: ",")
                }
                out.append("\(collection.rawValue): \(ids(la)) | \(ids(lb))")
            }
        }
        return out
    }

    @Test func aCommitIsLoadedBackExactly() throws {
        let before = Generator.database(ideas: 30, seed: 11)
        let (store, _) = try Self.filled(before)
        defer { store.close() }
        #expect(try store.version() == 1)
        let after = Self.changed(before)
        let version = try store.commit(StoreChange(from: before, to: after), on: 1)
        #expect(version == 2)
        #expect(try store.version() == 2)
        let (loaded, at) = try store.snapshot()
        #expect(at == 2)
        #expect(Self.differing(loaded, after) == [])
        #expect(DatabaseCodec.encode(loaded) == DatabaseCodec.encode(after))

        // Then the added record deleted, and two added at the start and the end.
        var third = after
        third.sponsors.remove(at: 1)
        var first = third.sponsors[0], last = third.sponsors[0]
        first.id = "sponsor-9002"
        last.id = "sponsor-9003"
        first.pledges = []
        last.pledges = []
        third.sponsors.insert(first, at: 0)
        third.sponsors.append(last)
        #expect(try store.commit(StoreChange(from: after, to: third), on: 2) == 3)
        #expect(Self.differing(try store.snapshot().database, third) == [])
    }

    @Test func aCommitOnAnOldVersionIsRefusedAndWritesNothing() throws {
        let before = Generator.database(ideas: 12, seed: 12)
        let (store, location) = try Self.filled(before)
        defer { store.close() }
        let ours = Self.changed(before)
        // Someone else commits first, on another connection.
        let other = try PostgresStore.open(location, credentials: Self.none)
        var theirs = before
        theirs.ideas[1].title = "Jų pakeitimas"
        #expect(try other.commit(StoreChange(from: before, to: theirs), on: 1) == 2)
        other.close()
        #expect(throws: DatabaseServerError.versionMoved(location: store.name, expected: 1, found: 2)) {
            try store.commit(StoreChange(from: before, to: ours), on: 1)
        }
        let (loaded, version) = try store.snapshot()
        #expect(version == 2)
        #expect(loaded == theirs)
    }

    @Test func changesSinceAVersionBringAReaderUpToDate() throws {
        let v1 = Generator.database(ideas: 25, seed: 13)
        let (store, location) = try Self.filled(v1)
        defer { store.close() }
        let v2 = Self.changed(v1)
        try store.commit(StoreChange(from: v1, to: v2), on: 1)
        var v3 = v2
        v3.sponsors.remove(at: 1)
        v3.venues[1].name += " (antra)"
        v3.venues.insert(v3.venues.remove(at: 1), at: 3)
        try store.commit(StoreChange(from: v2, to: v3), on: 2)

        guard case .changes(let changes) = try store.changes(since: 1) else {
            Issue.record("a reload was asked for")
            return
        }
        #expect(changes.version == 3)
        // Only what changed travels: the idea, the venues moved, the sponsor (now deleted),
        // the festival, two log entries.
        #expect(changes.records.contains { $0.collection == .sponsors && $0.id == "sponsor-9001" && $0.record == nil })
        #expect(changes.records.filter { $0.collection == .ideas }.map(\.id) == [v1.ideas[0].id])
        #expect(changes.log.count == 2)
        // Decoding only the changed records gives the database committed.
        #expect(Self.differing(try changes.applied(to: v1), v3) == [])
        #expect(try changes.applied(to: v1) == v3)
        guard case .changes(let none) = try store.changes(since: 3) else {
            Issue.record("a reload was asked for")
            return
        }
        #expect(none.records.isEmpty && none.log.isEmpty)

        // After a whole replacement a reader starts again.
        _ = try PostgresStore.fill(location, credentials: Self.none, with: v1, replace: true, program: "test")
        #expect(try store.changes(since: 3) == .reload(version: 4))
    }

    @Test func aCommitNotifiesWithTheNewVersion() throws {
        let before = Generator.database(ideas: 10, seed: 14)
        let (store, location) = try Self.filled(before)
        defer { store.close() }
        let listener = try ServerConnection.open(location, credentials: Self.none)
        defer { listener.close() }
        let inbox = try listener.listen()
        #expect(inbox.next(within: 0) == nil)
        try store.commit(StoreChange(from: before, to: Self.changed(before)), on: 1)
        #expect(inbox.next(within: 30) == "2")
        _ = try PostgresStore.fill(location, credentials: Self.none, with: before, replace: true, program: "test")
        #expect(inbox.next(within: 30) == "3")
    }

    /// A row changed by hand (psql) moves the version and notifies, as a commit does, so a
    /// session reads it in; a commit after it is made on top of it.
    @Test func aChangeByHandIsReadInLikeACommit() throws {
        let before = Generator.database(ideas: 10, seed: 16)
        let (store, location) = try Self.filled(before)
        defer { store.close() }
        let listener = try ServerConnection.open(location, credentials: Self.none)
        defer { listener.close() }
        let inbox = try listener.listen()
        let id = before.ideas[3].id
        try TestCluster.get().psql("UPDATE idea_tui.records SET record = jsonb_set(record, '{title}', '\"Pataisyta ranka\"') "
                                   + "WHERE collection = 'ideas' AND id = '\(id)'", database: location.database)
        #expect(inbox.next(within: 30) == "2")
        let (read, stamp) = try #require(try store.changed(since: StoreStamp(version: 1), known: before))
        #expect(stamp.version == 2)
        #expect(read.ideas[3].title == "Pataisyta ranka")
        #expect(read == (try store.snapshot().database))
        // idea-tui's own commit on top of it is not taken for a change by hand: one version.
        try store.commit(StoreChange(from: read, to: Self.changed(read)), on: 2)
        #expect(try store.version() == 3)
        #expect(inbox.next(within: 30) == "3")
    }

    /// While another session holds the turn for changes (the advisory lock), a change
    /// waits, saying who holds it (the server process and program), and takes it when it
    /// is let go; asked to stop meanwhile (a signal), it stops at once, nothing begun, and
    /// the store connects again for the next change.
    @Test func waitingForTheTurnSaysWhoAndCanBeStopped() throws {
        let before = Generator.database(ideas: 10, seed: 17)
        let (store, location) = try Self.filled(before)
        defer { store.close() }
        let other = try ServerConnection.open(location, credentials: Self.none)
        defer { other.close() }
        let otherPid = try #require(try other.value("SELECT pg_backend_pid()", as: Int.self))
        try other.query("SELECT pg_advisory_lock(1768187233)")

        let seen = WaitSeen()
        store.waitForTurn(PostgresStore.HoldWaiting(cancelled: { seen.stop.load(ordering: .relaxed) },
                                                    waiting: { holder in seen.told.withLock { $0.append(holder) } }))
        // Let go after a moment: the waiting change takes it.
        let letGo = Thread { usleep(300_000); _ = try? other.query("SELECT pg_advisory_unlock(1768187233)") }
        letGo.start()
        let hold = try store.holdForChange()
        #expect(seen.told.withLock { $0 } == [LockHolder(pid: Int32(otherPid), program: "idea-tui")])
        #expect(!(hold is NothingHeld))
        #expect(try other.value("SELECT pg_try_advisory_lock(1768187233)", as: Bool.self) == false)
        hold.release()
        #expect(try store.version() == 1)

        // Held again; the wait is stopped.
        try other.query("SELECT pg_advisory_lock(1768187233)")
        let stopper = Thread { usleep(300_000); seen.stop.store(true, ordering: .relaxed) }
        stopper.start()
        let started = Date()
        #expect(throws: StoreError.interrupted(path: store.name)) { _ = try store.holdForChange() }
        #expect(Date().timeIntervalSince(started) < 5)
        // The server gives up the closed session's wait within a second or so (it looks
        // whether the client is still there), and the store works again.
        var waiting = 1
        for _ in 0..<100 where waiting != 0 {
            waiting = try #require(try other.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                                                   as: Int.self))
            if waiting != 0 { usleep(100_000) }
        }
        #expect(waiting == 0)
        seen.stop.store(false, ordering: .relaxed)
        _ = try other.query("SELECT pg_advisory_unlock(1768187233)")
        #expect(try store.reconnect().isClosed == false)
        #expect(try store.version() == 1)
    }

    @Test func aCommitThatFailsLeavesNothing() throws {
        let before = Generator.database(ideas: 10, seed: 15)
        let (store, _) = try Self.filled(before)
        defer { store.close() }
        var bad = before
        bad.ideas[2].title = "Kiemo\u{0}kinas"
        #expect(throws: DatabaseServerError.unstorable(location: store.name, path: "ideas[\(before.ideas[2].id)].title")) {
            try store.commit(StoreChange(from: before, to: bad), on: 1)
        }
        // A change to the log the trigger refuses rolls the whole change back.
        var rewritten = Self.changed(before)
        rewritten.log[0].summary = "rewritten history"
        #expect(throws: DatabaseServerError.self) { try store.commit(StoreChange(from: before, to: rewritten), on: 1) }
        let (loaded, version) = try store.snapshot()
        #expect(version == 1)
        #expect(loaded == before)
    }
}

/// What a waiting change was told, and the switch that stops it.
final class WaitSeen: Sendable {
    let told = Mutex<[LockHolder?]>([])
    let stop = Atomic<Bool>(false)
}
