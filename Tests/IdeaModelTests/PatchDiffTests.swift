import Testing
@testable import IdeaModel

/// `Patch.diff` compares records in place (and by their bits first) to be quick at tens of
/// thousands of records; it must find exactly what the plain comparison by id found
/// (kept below as the reference): random commands and edits (records added, removed,
/// moved, the log cut), in both directions.
@Suite struct PatchDiffTests {
    @Test(arguments: [11 as UInt64, 12, 13])
    func findsWhatTheComparisonByIdFinds(seed: UInt64) {
        var changes = RandomChanges(seed: seed)
        var db = Generator.database(ideas: 40, seed: seed)
        for step in 0..<60 {
            let before = db
            for _ in 0...changes.draw(3) {
                if changes.draw(3) == 0 { changes.edit(&db) } else { changes.command(&db) }
            }
            #expect(Patch.diff(before, db) == Self.reference(before, db), "step \(step)")
            #expect(Patch.diff(db, before) == Self.reference(db, before), "step \(step), backwards")
        }
        #expect(Patch.diff(db, db).isEmpty)
    }

    /// `Patch.diff` as it was: every record looked up by id.
    static func reference(_ before: Database, _ after: Database) -> Patch {
        var out: [RecordChange] = []
        keyed(before.people, after.people, .people, &out)
        keyed(before.ideas, after.ideas, .ideas, &out)
        keyed(before.teams, after.teams, .teams, &out)
        keyed(before.forums, after.forums, .forums, &out)
        keyed(before.tracks, after.tracks, .tracks, &out)
        keyed(before.sessions, after.sessions, .sessions, &out)
        keyed(before.sponsors, after.sponsors, .sponsors, &out)
        keyed(before.venues, after.venues, .venues, &out)
        keyed(before.festival.slots, after.festival.slots, .slots, &out)
        var fa = before.festival, fb = after.festival
        fa.slots = []
        fb.slots = []
        if fa != fb {
            out.append(RecordChange(collection: .festival, id: "", before: SessionCollection.festivalFields(before.festival.json),
                                    after: SessionCollection.festivalFields(after.festival.json)))
        }
        if before.districts != after.districts {
            out.append(RecordChange(collection: .districts, id: "", before: .array(before.districts.map { .string($0) }),
                                    after: .array(after.districts.map { .string($0) })))
        }
        if before.log != after.log {
            let index = Dictionary(after.log.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
            for (i, entry) in before.log.enumerated() {
                let j = i < after.log.count && after.log[i].id == entry.id ? i : index[entry.id]
                guard let j, after.log[j] != entry else { continue }
                out.append(RecordChange(collection: .log, id: entry.id, before: entry.json, after: after.log[j].json,
                                        beforeIndex: i, afterIndex: j))
            }
        }
        return Patch(out)
    }

    private static func keyed<T: Identifiable & Equatable & JSONEncodable>(
        _ a: [T], _ b: [T], _ collection: SessionCollection, _ out: inout [RecordChange]
    ) where T.ID == String {
        guard a != b else { return }
        var inA: [String: Int] = [:]
        for (i, record) in a.enumerated() { inA[record.id] = inA[record.id] ?? i }
        var seen = Set<String>()
        for (j, record) in b.enumerated() {
            seen.insert(record.id)
            if let i = inA[record.id] {
                if a[i] != record {
                    out.append(RecordChange(collection: collection, id: record.id, before: a[i].json, after: record.json,
                                            beforeIndex: i, afterIndex: j))
                }
            } else {
                out.append(RecordChange(collection: collection, id: record.id, before: nil, after: record.json,
                                        beforeIndex: nil, afterIndex: j))
            }
        }
        for (i, record) in a.enumerated() where !seen.contains(record.id) {
            out.append(RecordChange(collection: collection, id: record.id, before: record.json, after: nil,
                                    beforeIndex: i, afterIndex: nil))
        }
    }
}
