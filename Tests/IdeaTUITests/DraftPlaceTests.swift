import Foundation
@testable import IdeaTUI
import IdeaModel
import IdeaUI
import Testing

/// A store that is not a file, for where drafts go: only its name is asked.
private final class ServerStore: DatabaseStore {
    let name: String
    init(name: String) { self.name = name }
    func load() throws(StoreError) -> (Database, StoreStamp) { throw .changedOnDisk(path: name) }
    func changed(since expected: StoreStamp, known: Database) throws(StoreError) -> (Database, StoreStamp)? { nil }
    func holdForChange() throws(StoreError) -> any StoreHold { throw .changedOnDisk(path: name) }
    func save(_ next: Database, from base: Database, expected: StoreStamp, saving: SaveCache) throws(StoreError) -> StoreStamp {
        throw .changedOnDisk(path: name)
    }
    func watch(polling: Bool, now: Int) -> any StoreWatch { Quiet() }

    final class Quiet: StoreWatch {
        func check(now: Int) -> Bool { false }
    }
}

/// Where a kept draft goes: beside a file; for a database server, in the account's
/// state folder, made for its owner only.
struct DraftPlaceTests {
    @Test func besideTheRealFile() {
        let drafts = Drafts(for: DatabaseFile(path: "/srv/ideas/ideas.db.json"), environment: ["HOME": "/home/x"])
        #expect(drafts.path(for: "person-0001") == "/srv/ideas/ideas.db.json.draft-person-0001")
        #expect(drafts.folder == nil)
    }

    @Test func inTheStateFolderForAServer() throws {
        let root = NSTemporaryDirectory() + "drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = ServerStore(name: "postgresql://ideas@db.example:5432/kaunas")
        let drafts = Drafts(for: store, environment: ["XDG_STATE_HOME": root + "/state", "HOME": "/nowhere"])
        #expect(drafts.path(for: "person-0001")
                == root + "/state/idea-tui/postgresql%3a%2f%2fideas%40db.example%3a5432%2fkaunas.draft-person-0001")
        let draft = try #require(Draft(bytes: Array(#"{"savedAt":"2026-11-26T10:00:00Z","form":["newIdea"],"title":"Nauja idėja","fields":{"title":"Žalias kiemas"},"person":"person-0001"}"#.utf8)))
        drafts.write(draft)
        #expect(drafts.read(for: "person-0001") == draft)
        let mode = try FileManager.default.attributesOfItem(atPath: root + "/state/idea-tui")[.posixPermissions] as? Int
        #expect(mode == 0o700)
        drafts.remove(for: "person-0001")
        #expect(drafts.read(for: "person-0001") == nil)
    }

    @Test func homeWhenNoStateFolderIsSetAndNeverARelativeOne() {
        let store = ServerStore(name: "db")
        #expect(Drafts(for: store, environment: ["HOME": "/home/ruta"]).base == "/home/ruta/.local/state/idea-tui/db.draft-")
        #expect(Drafts(for: store, environment: ["XDG_STATE_HOME": "rel", "HOME": "/home/ruta"]).base
                == "/home/ruta/.local/state/idea-tui/db.draft-")
    }
}
