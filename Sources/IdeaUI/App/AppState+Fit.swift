/// Every cursor and scroll position stays inside what it points into when the screen or
/// the data changes, so no screen is ever drawn or moved from a position that is gone.
extension AppState {
    /// After a resize: each list built so far keeps its selection on screen; the grid's
    /// cursor, the dashboard's figure and the board's cards stay inside. Lists not opened
    /// yet are left unbuilt: they are built, at the new size, when they open.
    mutating func fitToSize(_ newSize: Size) {
        size = newSize
        for kind in lists.keys { editList(kind) { _ in } }
        keepCursorsInside()
    }

    /// After a resize or a change of the data (or the language).
    mutating func keepCursorsInside() {
        keepGridCursorInView()
        keepBoardSelectionInside()
        // The dashboard's figures depend on the size; too small, there are none to keep
        // to, and the selection waits for a size that fits.
        if fits { dashboard.keepInside(dashboardLayout) }
    }
}
