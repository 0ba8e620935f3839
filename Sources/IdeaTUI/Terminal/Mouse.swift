import IdeaUI

/// A mouse event as the backend reads it from ncurses, before it becomes an `Action`.
enum MouseEvent: Equatable, Sendable {
    /// The left button went down on a cell (0-based row and column).
    case press(row: Int, col: Int)
    case wheelUp(row: Int, col: Int)
    case wheelDown(row: Int, col: Int)
}

/// Turns mouse events into actions. A press is a click at once; a second press on the same
/// cell within `doubleClickMilliseconds` of the first is a double click (so a double click
/// arrives as `.click` then `.doubleClick`: select, then open). A third press starts over.
///
/// ncurses can detect clicks itself (`mouseinterval` > 0), but then it holds every press
/// back until it has seen whether a release and a second click follow, and a press whose
/// release it never sees (tmux `send-keys`, some terminals) comes late or not as a click.
/// With `mouseinterval(0)` ncurses reports each press as it comes, and timing is done here.
struct MouseDecoder: Sendable {
    static let doubleClickMilliseconds = 400
    /// Rows one wheel notch scrolls.
    static let wheelRows = 3

    /// The double-click time: `IDEA_TUI_DOUBLE_CLICK_MS` when set (100 to 5,000; longer
    /// helps over a slow link, and lets tests be sure of their timing), else 400.
    let interval: Int
    private var lastPress: (row: Int, col: Int, at: Int)?

    init(interval: Int = MouseDecoder.doubleClickMilliseconds) {
        self.interval = interval
    }

    /// The double-click time an environment variable's text asks for, when it is a
    /// number of milliseconds from 100 to 5,000.
    static func interval(from text: String?) -> Int {
        guard let text, let ms = Int(text), (100...5_000).contains(ms) else { return doubleClickMilliseconds }
        return ms
    }

    /// The action for an event that came at `now` (milliseconds, any monotonic clock).
    mutating func action(for event: MouseEvent, at now: Int) -> Action {
        switch event {
        case .press(let row, let col):
            if let last = lastPress, last.row == row, last.col == col,
               now >= last.at, now - last.at <= interval {
                lastPress = nil
                return .doubleClick(row: row, col: col)
            }
            lastPress = (row, col, now)
            return .click(row: row, col: col)
        case .wheelUp(let row, let col):
            lastPress = nil
            return .scroll(row: row, col: col, by: -MouseDecoder.wheelRows)
        case .wheelDown(let row, let col):
            lastPress = nil
            return .scroll(row: row, col: col, by: MouseDecoder.wheelRows)
        }
    }
}
