import IdeaModel

/// The board: one column per stage. (Being written.)
enum BoardView {
    static func draw(_ state: AppState, into screen: inout Screen) {}
    static func move(_ state: inout AppState, rows: Int) {}
    static func move(_ state: inout AppState, columns: Int) {}
    static func selectedRoute(_ state: AppState) -> Route? { nil }
    static func select(_ state: inout AppState, row: Int, col: Int) -> Bool { false }
}
