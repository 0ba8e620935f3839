import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// What must hold for every store an `EditSession` saves through, run against the JSON
/// file and against PostgreSQL through the one protocol: a change saved is what another
/// reader gets; a change made after someone else's is made on top of it; one field changed
/// by both is a conflict that keeps theirs until ours is chosen; undo and reload go
/// through the store; and an open app is told of others' changes.
@Suite struct StoreContractTests {
    /// The sample's first idea with a new title, by the facilitator.
    static func retitle(_ db: Database, _ index: Int, _ title: String) -> Command {
        var draft = IdeaDraft(db.ideas[index])
        draft.title = title
        return .editIdea(ideaId: db.ideas[index].id, draft)
    }

    static func saved(_ outcome: EditSession.Outcome) -> EditSession.Saved? {
        if case .saved(let saved) = outcome { return saved }
        return nil
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeSavedIsWhatAnotherReaderGets(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let store = try under.open()
        var session = try EditSession.open(store)
        let outcome = try session.apply(Self.retitle(sample, 0, "Kiemo kinas Šančiuose"), context: Sample.context(), store: store)
        #expect(Self.saved(outcome) != nil)
        let (read, stamp) = try under.open().load()
        #expect(read.ideas[0].title == "Kiemo kinas Šančiuose")
        #expect(read.log.count == sample.log.count + 1)
        #expect(stamp == session.stamp)
        #expect(read == session.database)
    }

    @Test(arguments: StoreKind.allCases)
    func aChangeAfterSomeoneElsesIsMadeOnTopOfTheirs(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let ours = try under.open(), theirs = try under.open()
        var us = try EditSession.open(ours), them = try EditSession.open(theirs)
        #expect(Self.saved(try them.apply(Self.retitle(sample, 1, "Jų pavadinimas"), context: Sample.context("person-00002"),
                                          store: theirs)) != nil)
        let outcome = try us.apply(Self.retitle(sample, 0, "Mūsų pavadinimas"), context: Sample.context(minute: 1), store: ours)
        let saved = try #require(Self.saved(outcome))
        #expect(saved.merged && saved.others.count == 1)
        let read = try under.current()
        #expect(read.ideas[0].title == "Mūsų pavadinimas" && read.ideas[1].title == "Jų pavadinimas")
        #expect(read.log.count == sample.log.count + 2)
        #expect(read == us.database)
    }

    @Test(arguments: StoreKind.allCases)
    func oneFieldChangedByBothIsAConflictThatKeepsTheirsUntilOursIsChosen(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let ours = try under.open(), theirs = try under.open()
        var us = try EditSession.open(ours), them = try EditSession.open(theirs)
        _ = try them.apply(Self.retitle(sample, 0, "Jų pavadinimas"), context: Sample.context("person-00002"), store: theirs)
        let afterThem = try under.current()
        guard case .conflict(let conflict) = try us.apply(Self.retitle(sample, 0, "Mūsų pavadinimas"), context: Sample.context(),
                                                          store: ours) else {
            Issue.record("expected a conflict")
            return
        }
        #expect(try under.current() == afterThem)
        #expect(Self.saved(try us.keepOurs(conflict, context: Sample.context(minute: 2), store: ours)) != nil)
        #expect(try under.current().ideas[0].title == "Mūsų pavadinimas")
    }

    @Test(arguments: StoreKind.allCases)
    func undoReloadAndTheWatchGoThroughTheStore(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let store = try under.open(), other = try under.open()
        var session = try EditSession.open(store)
        let watch = store.watch(polling: true, now: 0)
        _ = try session.apply(Self.retitle(sample, 0, "Laikinas pavadinimas"), context: Sample.context(), store: store)
        _ = try session.undo(context: Sample.context(minute: 1), store: store)
        #expect(try under.current().ideas[0].title == sample.ideas[0].title)
        #expect(try session.reloadIfChanged(store) == nil)
        var them = try EditSession.open(other)
        _ = try them.apply(Self.retitle(sample, 2, "Jų pavadinimas"), context: Sample.context("person-00002"), store: other)
        // The watch is told (inotify, a poll, or a notification on the server): waited for
        // patiently, as the app would, without a timing asserted.
        #expect(Self.eventually { watch.check(now: Self.milliseconds()) })
        #expect(try session.reloadIfChanged(store) != nil)
        let now = try under.current()
        #expect(session.database.ideas[2].title == "Jų pavadinimas" && session.database == now)
    }

    /// True once `condition` holds, looking every 50 ms for at most 30 s.
    static func eventually(_ condition: () -> Bool) -> Bool {
        let end = milliseconds() + 30_000
        while milliseconds() < end {
            if condition() { return true }
            usleep(50_000)
        }
        return false
    }

    static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
