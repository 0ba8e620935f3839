import IdeaModel
import Testing

/// A database read as two halves (DatabaseCodec+Halves) is the database read whole, and
/// anything wrong in either half, or across them, is refused so the whole is read instead.
@Suite struct DatabaseHalvesTests {
    /// The two halves of `db` as documents in the file's layout.
    static func halves(_ db: Database) -> (first: [UInt8], second: [UInt8]) {
        guard case .object(let fields) = DatabaseCodec.json(db) else { return ([], []) }
        var first = fields, second: [String: JSONValue] = ["schemaVersion": fields["schemaVersion"] ?? .int(1)]
        for key in ["people", "log"] {
            second[key] = fields[key]
            first[key] = nil
        }
        return (JSONWriter().write(.object(first)), JSONWriter().write(.object(second)))
    }

    @Test(arguments: [0, 300, 2000])
    func twoHalvesReadAsTheWhole(ideas: Int) throws {
        let db = ideas == 0 ? Generator.sample(zone: TestZones.vilnius) : Generator.database(ideas: ideas, seed: 7)
        let (first, second) = Self.halves(db)
        #expect(DatabaseCodec.Half.of(.people) == .second && DatabaseCodec.Half.of(.log) == .second)
        #expect(SessionCollection.allCases.filter { DatabaseCodec.Half.of($0) == .second } == [.people, .log])
        let a = try #require(DatabaseCodec.readHalf(first, .first))
        let b = try #require(DatabaseCodec.readHalf(second, .second))
        #expect(DatabaseCodec.joining(a, b) == db)
        // The first half must hold the festival; the second need not.
        #expect(DatabaseCodec.readHalf(second, .first) == nil)
    }

    @Test func aBrokenRecordInEitherHalfOrARuleAcrossThemIsRefused() throws {
        let db = Generator.database(ideas: 50, seed: 3)
        // A record broken on its own, in each half.
        var badIdea = db
        badIdea.ideas[0].title = ""
        #expect(DatabaseCodec.readHalf(Self.halves(badIdea).first, .first) == nil)
        var badPerson = db
        badPerson.people[0].name = ""
        #expect(DatabaseCodec.readHalf(Self.halves(badPerson).second, .second) == nil)
        // Each half fine, but a team's member is nobody: only the join sees it.
        var noSuchPerson = db
        let member = try #require(noSuchPerson.teams.first?.leadId)
        noSuchPerson.people.removeAll { $0.id == member }
        let (first, second) = Self.halves(noSuchPerson)
        let a = try #require(DatabaseCodec.readHalf(first, .first))
        let b = try #require(DatabaseCodec.readHalf(second, .second))
        #expect(DatabaseCodec.joining(a, b) == nil)
        #expect(throws: LoadFailure.self) { try DatabaseCodec.decode(DatabaseCodec.encode(noSuchPerson)) }
    }
}
