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
    /// Type a "text contains" filter (a backslash): the list keeps only the rows with that text.
    case startTextFilter
    /// Empty the line being typed (Ctrl-U).
    case clearLine
    /// The last messages of the status line, in full, in a window (`~`).
    case showMessages

    /// A mouse click at a cell (0-based row and column): selects what is there.
    case click(row: Int, col: Int)
    /// A double click: opens what is there.
    case doubleClick(row: Int, col: Int)
    /// The mouse wheel over a cell: negative scrolls up, positive down (in rows).
    case scroll(row: Int, col: Int, by: Int)

    // Changes.
    case undo, redo
    /// The selected idea one stage forward, one back (asks why), or the menu of moves.
    case moveForward, moveBack, moveMenu
    /// The activity log: of the idea on screen, else of everything.
    case activity
    /// Answers of a conflict window.
    case keepMine, keepTheirs, makeRoom
    /// A kept draft: open it again, or throw it away.
    case takeDraft, dropDraft
    /// Answer the open prompt, save the open form, take the picker's choice.
    case submit
    /// Form fields.
    case nextField, previousField
    /// Write a new idea; edit the selected one; the actions menu of the screen.
    case newIdea, editRecord, actions
    /// Mentors: take the selected team on, let one go, open one's home.
    case takeTeam, letGoTeam, mentorHome
    /// In the suggested mentors: apply the ones kept.
    case applySuggestions
    /// The festival grid: place an idea at the cursor, take a slot to move (and drop
    /// it), take one off, pin or unpin it, change the zoom, schedule automatically, make
    /// one a grid step longer or shorter.
    case gridPlace, gridMove, gridRemove, gridPin, gridZoom, gridAuto, gridLonger, gridShorter
    /// Why a ready idea waiting is not on the grid (a window); in it, make the selected change.
    case gridWhy, applyChange
}

extension Action {
    /// Actions that start a change to the data, which needs to know who makes it.
    var changesData: Bool {
        switch self {
        case .undo, .redo, .moveForward, .moveBack, .moveMenu, .newIdea, .editRecord, .actions, .takeTeam, .letGoTeam, .mentorHome,
             .gridPlace, .gridMove, .gridRemove, .gridPin, .gridAuto, .gridLonger, .gridShorter: return true
        default: return false
        }
    }
}

/// What `update` asks the backend to do; the state change itself is already done.
public enum Effect: Equatable, Sendable {
    case none
    /// Stop, restore the terminal and exit with status 0.
    case quit
    /// Clear the terminal and paint every cell again.
    case redrawAll
    /// Make a change to the database (the `Workspace` does, and reports back).
    case edit(EditRequest)
    /// The kept draft was opened again or thrown away: its file can go.
    case forgetDraft
    /// Run long work off the loop and hand its output back (`Workspace.finishWork`).
    case run(Job)
}
