import IdeaModel

/// The figures of the dashboard that lead somewhere. (Being written.)
enum DashboardItems {
    static func count(_ state: AppState) -> Int { 0 }
    static func moveSideways(_ state: inout AppState, _ delta: Int) {}
    static func open(_ state: inout AppState) {}
    static func select(_ state: inout AppState, row: Int, col: Int) -> Bool { false }
}
