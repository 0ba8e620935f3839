import Foundation
import IdeaModel
import IdeaPostgres
import Testing

/// The two stores an `EditSession` saves through, for the tests that must hold for both:
/// the JSON file in a temporary folder, and a database of its own on the test cluster.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case file, postgres

    var testDescription: String { rawValue }
}

/// One store filled with a database, and how to open more on the same data (each as
/// another person's idea-tui would: its own file handle or its own connection).
struct StoreUnderTest {
    let kind: StoreKind
    /// What `--db` takes to open it: the file's path or the database's address.
    let address: String
    let location: PostgresLocation?
    private let folder: String?

    static let none = Credentials(password: nil)

    init(_ kind: StoreKind, with db: Database) throws {
        self.kind = kind
        switch kind {
        case .file:
            let folder = NSTemporaryDirectory() + "idea-store-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            self.folder = folder
            address = folder + "/ideas.db.json"
            location = nil
            _ = try DatabaseFile(path: address).save(db, expected: nil)
        case .postgres:
            let cluster = try TestCluster.get()
            let location = try cluster.newDatabase()
            _ = try PostgresStore.fill(location, credentials: Self.none, with: db, replace: false, program: "test")
            self.location = location
            address = cluster.socketURL(database: location.database)
            folder = nil
        }
    }

    /// Another store on the same data.
    func open() throws -> any DatabaseStore {
        switch kind {
        case .file: return DatabaseFile(path: address)
        case .postgres:
            guard let location else { throw TestFailure("no location") }
            return try PostgresStore.open(location, credentials: Self.none)
        }
    }

    /// What the store holds now, read by a store of its own.
    func current() throws -> Database { try open().load().0 }

    func remove() {
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The sample database (ideas.db.json at the project's root), and people in it.
enum Sample {
    static let facilitator = "person-00001"
    static let today = Day(year: 2026, month: 5, day: 14) ?? Day(daysSinceEpoch: 0)

    static func database() throws -> Database {
        try DatabaseFile(path: IdeaBinary.sample).load().0
    }

    static func context(_ actor: String = facilitator, minute: Int = 0) -> CommandContext {
        CommandContext(actor: actor, now: Timestamp(day: today, hour: 10, minute: minute), today: today)
    }
}
