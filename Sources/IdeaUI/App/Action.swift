/// Everything the user can ask for. Keys and mouse clicks become actions; `update` turns
/// an action into a new state and, when the outside world must act, an `Effect`.
public enum Action: Hashable, Sendable {
    /// Leave the app from anywhere (Q).
    case quit
    /// Go back one screen; at the first screen, quit (Esc, q).
    case back
    /// The terminal now has this size.
    case resize(Size)
    /// Repaint the whole terminal (Ctrl-L), e.g. after another program wrote over it.
    case redraw
    case toggleHelp
    case closeOverlay

    // Moving the selection.
    case up, down, left, right, pageUp, pageDown, first, last
    /// Open what is selected.
    case open

    // Screens.
    case nextTab, previousTab
    case goToTab(Int)

    // Search, filters, sort.
    case startSearch
    case nextMatch, previousMatch
    case openFilters, clearFilters, openSort

    /// A mouse click at a cell (0-based row and column): selects what is there.
    case click(row: Int, col: Int)
    /// A double click: opens what is there.
    case doubleClick(row: Int, col: Int)
    /// The mouse wheel over a cell: negative scrolls up, positive down (in rows).
    case scroll(row: Int, col: Int, by: Int)
}

/// What `update` asks the backend to do; the state change itself is already done.
public enum Effect: Hashable, Sendable {
    case none
    /// Stop, restore the terminal and exit with status 0.
    case quit
    /// Clear the terminal and paint every cell again.
    case redrawAll
}
