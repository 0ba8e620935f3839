import Foundation
import IdeaModel
@testable import IdeaUI

/// A workspace on a temporary copy of the sample database, with a fixed clock: key
/// sequences go in, the screen and the saved file come out.
struct EditBench {
    var workspace: Workspace
    let path: String

    static let now = Timestamp(day: SampleDatabase.day.adding(days: -30), hour: 10)

    init(_ db: Database = SampleDatabase.database, actor: String? = "p-ruta", size: Size = Size(cols: 100, rows: 30),
         lang: Lang = .en) throws {
        let dir = NSTemporaryDirectory() + "idea-tui-edit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        path = dir + "/ideas.db.json"
        let file = DatabaseFile(path: path)
        let stamp = try file.save(db, expected: nil)
        let today = EditBench.now.day
        let state = AppState(database: db, path: path, size: size, lang: lang, today: today, actor: actor)
        workspace = Workspace(state: state, session: EditSession(database: db, stamp: stamp), store: file,
                              clock: { (EditBench.now, today) })
    }

    var state: AppState { workspace.state }
    var screen: Screen { render(workspace.state) }
    var onDisk: Database? { try? DatabaseFile(path: path).load().0 }

    /// Sends keys: single characters as typed, or named keys.
    mutating func press(_ keys: Key...) { for key in keys { workspace.handle(key) } }

    mutating func type(_ text: String) { for c in text { workspace.handle(.char(c)) } }

    func idea(_ id: String) -> Idea? { onDisk?.ideas.first { $0.id == id } }

    /// Goes to the ideas list and selects the idea with this id.
    mutating func select(idea id: String) {
        workspace.update(.goToTab(2))
        let rows = state.list(.ideas).rows
        guard let at = rows.firstIndex(where: { state.database.ideas[$0].id == id }) else { return }
        workspace.update(.first)
        for _ in 0..<at { workspace.update(.down) }
    }
}

extension Screen {
    /// Every row, one per line.
    var text: String { lines.joined(separator: "\n") }
}
