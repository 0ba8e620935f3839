import Dispatch
import IdeaModel
import Synchronization

/// A whole database as two documents in the file's layout (`DatabaseCodec.Half`), made
/// from each collection's text as the server sends it, and read on two threads at once.
struct SplitDocument: Sendable {
    var halves: [[UInt8]]

    /// The file's order of the collections.
    private static let order: [SessionCollection] = [.districts, .people, .ideas, .teams, .forums, .tracks, .sessions,
                                                     .sponsors, .venues, .festival, .log]

    /// The collections' texts (each the text of one JSON array; the festival's and the
    /// districts' a value); a collection without records is left out.
    init(_ texts: [SessionCollection: [UInt8]]) {
        halves = DatabaseCodec.Half.allCases.map { half in
            Self.document(Self.order.filter { DatabaseCodec.Half.of($0) == half }, texts)
        }
    }

    init(halves: [[UInt8]]) {
        self.halves = halves
    }

    /// One document of the collections given, in the file's layout.
    static func document(_ collections: [SessionCollection], _ texts: [SessionCollection: [UInt8]]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(collections.reduce(64) { $0 + (texts[$1]?.count ?? 0) + 24 })
        bytes.append(contentsOf: "{\"schemaVersion\": \(Database.schemaVersion)".utf8)
        for collection in collections {
            guard let text = texts[collection] else { continue }
            bytes.append(contentsOf: ", \"\(collection.rawValue)\": ".utf8)
            bytes.append(contentsOf: text)
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// Every collection as one document, for the reader that says what is wrong where.
    static func whole(_ texts: [SessionCollection: [UInt8]]) -> [UInt8] {
        document(order, texts)
    }

    /// Both halves read at once, then joined and checked; nil when either does not read
    /// by the fast pass.
    func read() -> Database? {
        guard halves.count == DatabaseCodec.Half.allCases.count else { return nil }
        let results = Mutex<[Database?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: halves.count) { i in
            let db = DatabaseCodec.readHalf(halves[i], DatabaseCodec.Half.allCases[i])
            results.withLock { $0[i] = db }
        }
        let (first, second) = results.withLock { ($0[0], $0[1]) }
        guard let first, let second else { return nil }
        return DatabaseCodec.joining(first, second)
    }
}
