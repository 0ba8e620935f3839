#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a database as exactly the bytes `DatabaseCodec.encode` writes, keeping the
/// bytes of every record it wrote: the next time, a record equal to the one written
/// before is copied from the last output instead of being encoded again, so a save after
/// one change encodes that change and copies the rest.
///
/// It is a memo, not a second format: each record is still turned into its `JSONValue`
/// and written by the same `JSONWriter`, at the indentation it has in the file, and only
/// the frame around the records (the top object, the lists) is written here, in the
/// writer's own layout. Reused bytes are those of an equal value, matched by id (a record
/// moved in its list is found), so what it holds never decides what is written, only
/// how much work it takes. Comparing is cheap: a record that was not touched is the same
/// bits as the one kept (its text and lists the same storage), compared without a copy.
///
/// The output before last is kept as the buffer the next one is written into: a fresh
/// buffer of the file's size costs a page fault every 4 KB (about 15 ms at 28 MB here),
/// more than copying the bytes. So it holds two copies of the file's bytes.
public struct DatabaseEncoder: Sendable {
    /// The writer `DatabaseCodec.encode` uses.
    static let writer = JSONWriter(leadingKeys: ["schemaVersion"])

    /// The top object's keys in the writer's order: the leading key, then sorted.
    static let keys: [TopKey] = [.schemaVersion] + TopKey.allCases.filter { $0 != .schemaVersion }.sorted { $0.rawValue < $1.rawValue }

    enum TopKey: String, CaseIterable {
        case schemaVersion, districts, people, ideas, teams, forums, workshopTracks, workshopSessions, sponsors, venues,
             festival, log
    }

    /// The last output; every part below points into it.
    private var last: [UInt8] = []
    /// The output before it, written over the next time.
    private var spare: [UInt8] = []
    private var districts = KeptPart<[String]>()
    private var festival = KeptPart<Festival>()
    private var people = KeptRecords<Person>()
    private var ideas = KeptRecords<Idea>()
    private var teams = KeptRecords<Team>()
    private var forums = KeptRecords<Forum>()
    private var tracks = KeptRecords<WorkshopTrack>()
    private var sessions = KeptRecords<WorkshopSession>()
    private var sponsors = KeptRecords<Sponsor>()
    private var venues = KeptRecords<Venue>()
    private var log = KeptRecords<LogEntry>()

    public init() {}

    /// The file's bytes for `db`, the same as `DatabaseCodec.encode(db)`.
    public mutating func encode(_ db: Database) -> [UInt8] {
        let old = last
        // Written over in place when nobody holds it any more (the save that wrote it is done).
        var out = spare
        spare = []
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(Self.room(for: old.count))
        out.append(UInt8(ascii: "{"))
        for (i, key) in Self.keys.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: "\n  ".utf8)
            JSONWriter.writeString(key.rawValue, into: &out)
            out.append(contentsOf: ": ".utf8)
            switch key {
            case .schemaVersion: out.append(contentsOf: String(Database.schemaVersion).utf8)
            case .districts: districts.write(db.districts, from: old, into: &out) { .array($0.map { .string($0) }) }
            case .festival: festival.write(db.festival, from: old, into: &out) { $0.json }
            case .people: people.write(db.people, from: old, into: &out)
            case .ideas: ideas.write(db.ideas, from: old, into: &out)
            case .teams: teams.write(db.teams, from: old, into: &out)
            case .forums: forums.write(db.forums, from: old, into: &out)
            case .workshopTracks: tracks.write(db.tracks, from: old, into: &out)
            case .workshopSessions: sessions.write(db.sessions, from: old, into: &out)
            case .sponsors: sponsors.write(db.sponsors, from: old, into: &out)
            case .venues: venues.write(db.venues, from: old, into: &out)
            case .log: log.write(db.log, from: old, into: &out)
            }
        }
        out.append(contentsOf: "\n}\n".utf8)
        spare = last
        last = out
        return out
    }

    /// Makes the buffer the next output is written into now, every page of it touched, so
    /// the first save after a warm-up is as quick as the ones after it.
    public mutating func prepareNext() {
        let room = Self.room(for: last.count)
        guard spare.capacity < room else { return }
        var buffer = [UInt8](repeating: 0, count: room)
        buffer.removeAll(keepingCapacity: true)
        spare = buffer
    }

    /// Room for an output after one of `count` bytes: enough for a change, and no more than
    /// the buffer kept has then (growing it would make a fresh one again).
    static func room(for count: Int) -> Int { count + count / 64 + 65_536 }
}

/// One value of the top object written as a whole (at indentation 1), with where its
/// bytes are in the last output.
private struct KeptPart<Value: Equatable & Sendable>: Sendable {
    var value: Value?
    var span = 0..<0

    mutating func write(_ new: Value, from old: [UInt8], into out: inout [UInt8], json: (Value) -> JSONValue) {
        let start = out.count
        if let value, value == new {
            out.append(contentsOf: old[span])
        } else {
            DatabaseEncoder.writer.write(json(new), indent: 1, into: &out)
            value = new
        }
        span = start..<out.count
    }
}

/// A list of records (at indentation 1, each record at 2), with where the list and each
/// record's bytes are in the last output.
private struct KeptRecords<Record: Identifiable & Equatable & JSONEncodable & Sendable>: Sendable where Record.ID == String {
    var records: [Record] = []
    /// Each record's bytes, counted from the start of the list.
    var spans: [Range<Int>] = []
    /// The whole list, "[" to "]", in the last output; nil before the first write.
    var list: Range<Int>?

    mutating func write(_ new: [Record], from old: [UInt8], into out: inout [UInt8]) {
        let start = out.count
        defer { list = start..<out.count }
        // The very same list (storage shared with the one kept): its bytes at once.
        if let list, Self.same(new, records) {
            out.append(contentsOf: old[list])
            return
        }
        let base = list?.lowerBound ?? 0
        var made: [Range<Int>] = []
        made.reserveCapacity(new.count)
        if new.isEmpty {
            out.append(contentsOf: "[]".utf8)
        } else {
            out.append(UInt8(ascii: "["))
            // Through the buffers: a record is compared where it lies, not copied first.
            new.withUnsafeBufferPointer { new in
                records.withUnsafeBufferPointer { kept in
                    var finder = KeptIndex(kept)
                    for i in new.indices {
                        if i > 0 { out.append(UInt8(ascii: ",")) }
                        out.append(contentsOf: "\n    ".utf8)
                        let from = out.count
                        if list != nil, let j = finder.match(new, i) {
                            let span = spans[j]
                            out.append(contentsOf: old[(base + span.lowerBound)..<(base + span.upperBound)])
                        } else {
                            DatabaseEncoder.writer.write(new[i].json, indent: 2, into: &out)
                        }
                        made.append((from - start)..<(out.count - start))
                    }
                }
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        records = new
        spans = made
    }
}

extension KeptRecords {
    /// True when both are the same storage (or both empty): equal without a look at them.
    /// Equal lists in other storage are compared record by record, as any other.
    static func same(_ a: [Record], _ b: [Record]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.count == b.count && (a.isEmpty || a.baseAddress == b.baseAddress) } }
    }
}

/// Finds the kept record equal to a new one: first where the list so far says it should be
/// (records inserted or removed shift the rest by the same amount), else by its id through
/// an index made when first needed.
private struct KeptIndex<Record: Identifiable & Equatable> where Record.ID == String {
    let records: UnsafeBufferPointer<Record>
    var shift = 0
    var byId: [String: Int]?

    init(_ records: UnsafeBufferPointer<Record>) { self.records = records }

    mutating func match(_ new: UnsafeBufferPointer<Record>, _ i: Int) -> Int? {
        let guess = i + shift
        if guess >= 0, guess < records.count, sameBits(records, guess, new, i) { return guess }
        guard let j = index(of: new[i].id, near: i), records[j] == new[i] else { return nil }
        return j
    }

    private mutating func index(of id: String, near i: Int) -> Int? {
        let guess = i + shift
        // Past the end: a record added there (an entry appended to the log), most likely;
        // looking it up would cost an index of every record to find nothing.
        guard guess < records.count else { return nil }
        if guess >= 0, records[guess].id == id { return guess }
        if byId == nil {
            var index: [String: Int] = [:]
            index.reserveCapacity(records.count)
            for (j, record) in records.enumerated() where index[record.id] == nil { index[record.id] = j }
            byId = index
        }
        guard let j = byId?[id] else { return nil }
        shift = j - i
        return j
    }
}

/// True when `a[i]` and `b[j]` are the same bits: the same value, its text and lists the
/// very same storage (which is never changed while shared), so it is written the same.
/// Equal values in other storage answer false; they are compared as values. Much cheaper
/// than `==`, which copies a record (a retain of each of its parts) to compare it.
@usableFromInline
func sameBits<T>(_ a: UnsafeBufferPointer<T>, _ i: Int, _ b: UnsafeBufferPointer<T>, _ j: Int) -> Bool {
    guard let p = a.baseAddress, let q = b.baseAddress else { return false }
    return memcmp(p + i, q + j, MemoryLayout<T>.size) == 0
}
