import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// Faults, against both stores where they apply: a client killed with SIGKILL in the
/// middle of saving (steered to the exact step, not timed), a store the user may not
/// change; and PostgreSQL's own: the connection lost before or after COMMIT.
@Suite struct StoreFaultTests {
    /// `idea-tui mentors take` as the facilitator, assigning the first team without a mentor.
    static func takeArguments(_ db: Database, _ address: String) throws -> [String] {
        let team = try #require(db.teams.first { $0.mentorIds.isEmpty })
        let mentor = try #require(db.people.first { person in
            guard let profile = person.mentor else { return false }
            return db.teams.filter { $0.mentorIds.contains(person.id) }.count < profile.capacity
        })
        return ["mentors", "take", team.id, "--mentor", mentor.id, "--as", Sample.facilitator, "--db", address]
    }

    @Test(arguments: StoreKind.allCases)
    func aClientKilledInTheMiddleOfSavingLeavesNothingHalfDone(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let (before, stamp) = try under.open().load()
        let arguments = try Self.takeArguments(sample, under.address)
        // Everything written (the temporary file; the rows in the open transaction), then killed.
        let killed = try IdeaBinary.run(arguments, environment: ["IDEA_TUI_TEST_KILL_AT": "written"])
        #expect(killed.signal == SIGKILL, "\(killed.err)")
        let (after, stampAfter) = try under.open().load()
        #expect(after == before && stampAfter == stamp)
        // The same change, not killed, is saved whole.
        let again = try IdeaBinary.run(arguments)
        #expect(again.code == 0, "\(again.err)")
        let (saved, _) = try under.open().load()
        #expect(saved.log.count == before.log.count + 1)
        #expect(saved.teams.filter { !$0.mentorIds.isEmpty }.count == before.teams.filter { !$0.mentorIds.isEmpty }.count + 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aStoreTheUserMayNotChangeRefusesAndKeepsEverything(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let address: String
        switch kind {
        case .file:
            chmod(under.address, 0o444)
            address = under.address
        case .postgres:
            let cluster = try TestCluster.get()
            let database = try #require(under.location?.database)
            let role = "reader_" + database
            try cluster.psql("CREATE ROLE \(role) LOGIN; GRANT USAGE ON SCHEMA idea_tui TO \(role); "
                             + "GRANT SELECT ON ALL TABLES IN SCHEMA idea_tui TO \(role)", database: database)
            address = cluster.socketURL(database: database, user: role)
        }
        let result = try IdeaBinary.run(try Self.takeArguments(sample, address))
        #expect(result.code == (kind == .file ? 74 : 77), "\(result.err)")
        #expect(result.err.contains(kind == .file ? "read-only" : "may read but not change"), "\(result.err)")
        let (after, _) = try under.open().load()
        #expect(after == sample)
    }

    /// The sample in a database of its own, and a store on it.
    static func sampleOnPostgres() throws -> (Database, StoreUnderTest, PostgresStore) {
        let sample = try Sample.database()
        let under = try StoreUnderTest(.postgres, with: sample)
        guard let store = try under.open() as? PostgresStore else { throw TestFailure("not a PostgresStore") }
        return (sample, under, store)
    }

    /// The connection dropped after everything was written but before COMMIT: the server
    /// rolls it back, and the store says "not saved" after finding the change is not there.
    @Test func aConnectionLostBeforeCommitIsNotSaved() throws {
        let (sample, under, store) = try Self.sampleOnPostgres()
        var session = try EditSession.open(store)
        store.probeCommits { step throws(DatabaseServerError) in
            if step == .written { store.connection.close() }
        }
        do {
            _ = try session.apply(StoreContractTests.retitle(sample, 0, "Niekada neišsaugota"), context: Sample.context(), store: store)
            Issue.record("saved on a closed connection")
        } catch {
            #expect(error == .store(.server(.lost(location: store.name))))
        }
        #expect(try under.current() == sample)
        // The store connects again by itself for the next change.
        store.probeCommits(nil)
        let outcome = try session.apply(StoreContractTests.retitle(sample, 0, "Išsaugota"), context: Sample.context(minute: 1), store: store)
        #expect(StoreContractTests.saved(outcome) != nil)
        #expect(try under.current().ideas[0].title == "Išsaugota")
    }

    /// COMMIT done but its answer lost: the store finds its log entry and reports the
    /// change saved, at the version that wrote it.
    @Test func aCommitWhoseAnswerWasLostIsFoundSaved() throws {
        let (sample, _, store) = try Self.sampleOnPostgres()
        var session = try EditSession.open(store)
        store.probeCommits { step throws(DatabaseServerError) in
            guard step == .committed else { return }
            store.connection.close()
            throw .commitUnknown(location: store.name)
        }
        let outcome = try session.apply(StoreContractTests.retitle(sample, 0, "Išsaugota be atsakymo"), context: Sample.context(),
                                        store: store)
        #expect(StoreContractTests.saved(outcome) != nil)
        store.probeCommits(nil)
        let (read, stamp) = try store.load()
        #expect(read.ideas[0].title == "Išsaugota be atsakymo" && read.log.count == sample.log.count + 1)
        #expect(stamp == session.stamp)
    }
}
