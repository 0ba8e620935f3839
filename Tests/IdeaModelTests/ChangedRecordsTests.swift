import Testing
@testable import IdeaModel

/// A database brought up to date with only the records changed since (what a database
/// server sends): the same database as reading the whole, and a record that does not
/// decode is named by its path.
@Suite struct ChangedRecordsTests {
    @Test func onlyTheChangedRecordsGiveTheSameDatabaseAsTheWhole() throws {
        let before = Generator.database(ideas: 60, seed: 5)
        try #require(!before.festival.slots.isEmpty)
        var after = before
        after.festival.slots[0].pinned.toggle()
        after.ideas[3].title = "Kiemo kinas Šančiuose"
        let moved = after.venues.remove(at: 0)
        after.venues.append(moved)
        let gone = after.sponsors.remove(at: 1)
        after.festival.title = "100 per 1 dieną"
        after.districts.append("Naujamiestis")
        var entry = after.log[after.log.count - 1]
        entry.id = "log-900001"
        after.log.append(entry)
        let changed: [DatabaseCodec.ChangedRecord] = [
            .init(collection: .ideas, id: after.ideas[3].id, record: after.ideas[3].json, index: 3),
            .init(collection: .venues, id: moved.id, record: moved.json, index: after.venues.count - 1),
            .init(collection: .sponsors, id: gone.id, record: nil, index: nil),
            .init(collection: .festival, id: "", record: SessionCollection.festivalFields(after.festival.json), index: 0),
            .init(collection: .districts, id: "", record: .array(after.districts.map { .string($0) }), index: 0),
            // A slot changed beside the festival's own fields: both kept, in any order.
            .init(collection: .slots, id: after.festival.slots[0].id, record: after.festival.slots[0].json, index: 0),
        ]
        let read = try DatabaseCodec.applying(changed, log: [(after.log.count - 1, entry.json)], to: before)
        #expect(read == after)
    }

    @Test func aRecordThatDoesNotDecodeIsNamedByItsPath() {
        let before = Generator.database(ideas: 5, seed: 6)
        guard case .object(var fields) = before.ideas[0].json else { return }
        fields["stage"] = .string("bogus")
        let changed = [DatabaseCodec.ChangedRecord(collection: .ideas, id: before.ideas[0].id, record: .object(fields), index: 0)]
        do {
            _ = try DatabaseCodec.applying(changed, log: [], to: before)
            Issue.record("a bad stage was taken in")
        } catch {
            #expect(error.problems.contains { $0.path.hasPrefix("ideas[\(before.ideas[0].id)]") }, "\(error.problems)")
        }
    }
}
