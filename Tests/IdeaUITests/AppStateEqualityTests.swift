import IdeaModel
import Testing
@testable import IdeaUI

/// Two states are equal when everything the user can see or change is: every field
/// counts except the figures drawn from the database (and the language), which follow
/// from it. A field added to `AppState` makes the first test fail until it is listed
/// here, with a change that `==` must notice, or marked `@Derived` and listed as such.
@Suite struct AppStateEqualityTests {
    static let derived: Set<String> = ["index", "stats", "recent", "strings", "searchCache", "mentorRankings", "gridReady"]

    func fresh() -> AppState {
        AppState(database: SampleDatabase.database, path: "ideas.db.json", size: Size(cols: 80, rows: 24))
    }

    /// A change to each field that is compared.
    static let changes: [String: @Sendable (inout AppState) -> Void] = [
        "database": { state in
            var db = state.database
            db.ideas[0].title += "!"
            state.setDatabase(db)
        },
        "path": { $0.path = "other.db.json" },
        "size": { $0.size = Size(cols: 81, rows: 24) },
        "lang": { $0.setLang(.lt) },
        "today": { $0.today = $0.today.adding(days: 1) },
        "zone": { state in
            state = AppState(database: state.database, path: state.path, size: state.size, zone: TestZones.vilnius)
        },
        "stack": { $0.push(.board) },
        "lists": { $0.editList(.ideas) { $0.selected = 3 } },
        "details": { $0.details[.idea("i01")] = DetailState(top: 1) },
        "dashboard": { $0.dashboard.selection = 2 },
        "board": { $0.board.column = 1 },
        "grid": { $0.grid.zoom = 30 },
        "heldForm": { $0.heldForm = IdeaForm.new(author: nil, $0.database, $0.strings) },
        "overlay": { $0.overlay = .help },
        "helpTop": { $0.helpTop = 2 },
        "searchInput": { $0.searchInput = "a" },
        "filterInput": { $0.filterInput = "a" },
        "filterBefore": { $0.filterBefore = "a" },
        "message": { $0.message = "x" },
        "messageLog": { state in
            state.message = "x"
            state.message = nil
        },
        "marks": { $0.marks.mark([.record(.idea("i01"))], at: 0) },
        "actor": { $0.actor = "p-jonas" },
        "isRunning": { $0.isRunning = false },
        "work": { $0.work.offLoop = true },
        "keyMap": { $0.keyMap = KeyMap(Array($0.keyMap.bindings.dropLast())) },
    ]

    @Test func everyFieldIsComparedOrDrawnFromTheDatabase() {
        let fields = Mirror(reflecting: fresh()).children.compactMap(\.label).map { $0.hasPrefix("_") ? String($0.dropFirst()) : $0 }
        #expect(Set(fields) == Set(Self.changes.keys).union(Self.derived))
        #expect(fields.count == Self.changes.count + Self.derived.count)
    }

    @Test func aChangeToAnyComparedFieldMakesTheStatesDiffer() {
        let state = fresh()
        for (field, change) in Self.changes.sorted(by: { $0.key < $1.key }) {
            var changed = state
            change(&changed)
            #expect(changed != state, "a change to \(field) went unnoticed")
        }
    }

    @Test func theFiguresDrawnFromTheDatabaseAreNotCompared() {
        var state = fresh()
        let before = state
        // Made at the first search and when the grid opens; the same database either way.
        state.searchCache = SearchTextCache()
        _ = state.searchTexts(.ideas)
        state.gridReady = []
        #expect(state == before)
    }
}
