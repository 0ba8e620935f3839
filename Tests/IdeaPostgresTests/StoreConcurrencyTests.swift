import Foundation
import IdeaModel
import IdeaPostgres
import Synchronization
import Testing

/// Many people saving at once, each with a store and a session of their own, against the
/// file and against PostgreSQL: every change is saved exactly once, and a limit (a
/// mentor's capacity) holds because the store refuses a change made on an old version,
/// not because the changes happened not to meet.
@Suite struct StoreConcurrencyTests {
    /// What became of one person's change.
    enum Result: Equatable, Sendable {
        case saved, refused, conflict
        case failed(String)
    }

    /// Runs `count` people at once, each applying its command until it is saved, refused
    /// by a rule or a conflict (a store that kept changing is tried again, as a person
    /// would press the key again).
    static func together(_ under: StoreUnderTest, _ count: Int,
                         command: @escaping @Sendable (Int, Database) -> Command) -> [Result] {
        let results = Mutex([Result](repeating: .failed("not run"), count: count))
        let start = DispatchSemaphore(value: 0), done = DispatchGroup()
        for i in 0..<count {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                start.wait()
                let result = Self.person(under, i, command: command)
                results.withLock { $0[i] = result }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        for _ in 0..<count { start.signal() }
        done.wait()
        return results.withLock { $0 }
    }

    private static func person(_ under: StoreUnderTest, _ i: Int,
                               command: @Sendable (Int, Database) -> Command) -> Result {
        do {
            let store = try under.open()
            var session = try EditSession.open(store)
            for attempt in 0..<50 {
                do {
                    switch try session.apply(command(i, session.database), context: Sample.context(minute: attempt), store: store) {
                    case .saved: return .saved
                    case .conflict: return .conflict
                    }
                } catch .busy {
                    continue
                } catch .refused {
                    return .refused
                }
            }
            return .failed("still busy after 50 tries")
        } catch {
            return .failed("\(error)")
        }
    }

    @Test(arguments: StoreKind.allCases)
    func everyonesNewIdeaIsSavedOnce(kind: StoreKind) throws {
        let sample = try Sample.database()
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let count = 8
        let results = Self.together(under, count) { i, _ in
            .addIdea(IdeaDraft(title: "Idėja nr. \(i)", authorId: Sample.facilitator, sectors: [.cultural], district: "Šančiai"))
        }
        #expect(results == Array(repeating: .saved, count: count))
        let read = try under.current()
        #expect(Set(read.ideas.map(\.title)).isSuperset(of: (0..<count).map { "Idėja nr. \($0)" }))
        #expect(read.ideas.count == sample.ideas.count + count)
        #expect(read.log.count == sample.log.count + count)
        #expect(Set(read.log.map(\.id)).count == read.log.count)
        #expect(Validator.problems(in: read).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aMentorsCapacityHoldsWhenManyAssignAtOnce(kind: StoreKind) throws {
        var sample = try Sample.database()
        // A mentor with two free places, and more teams without a mentor than that.
        let mentorIndex = try #require(sample.people.firstIndex { $0.mentor != nil })
        let mentor = sample.people[mentorIndex].id
        let load = sample.teams.filter { $0.mentorIds.contains(mentor) }.count
        sample.people[mentorIndex].mentor?.capacity = load + 2
        let free = sample.teams.filter { $0.mentorIds.isEmpty }.map(\.id)
        let count = min(free.count, 6)
        try #require(count > 2)
        let under = try StoreUnderTest(kind, with: sample)
        defer { under.remove() }
        let results = Self.together(under, count) { i, _ in .assignMentor(teamId: free[i], mentorId: mentor) }
        #expect(results.filter { $0 == .saved }.count == 2)
        #expect(results.allSatisfy { $0 == .saved || $0 == .refused || $0 == .conflict })
        let read = try under.current()
        #expect(read.teams.filter { $0.mentorIds.contains(mentor) }.count == load + 2)
        #expect(Validator.problems(in: read).isEmpty)
    }
}
